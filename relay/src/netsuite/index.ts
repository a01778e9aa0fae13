export {
  createNetSuiteClient,
  type NetSuiteClient,
  type NetSuiteClientOptions,
  type SuiteQlPage,
  type SuiteQlRow,
} from './client';
export {
  assertionAlgorithm,
  signClientAssertion,
  ASSERTION_LIFETIME_S,
  type AssertionAlgorithm,
} from './client-assertion';
export { createSemaphore, type Semaphore } from './semaphore';
export { quoteLiteral, idList, timestampLiteral } from './suiteql-literal';
export { generateNetSuiteKeyPair, type NetSuiteKeyPair } from './keygen';
