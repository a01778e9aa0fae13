export { ConnectionError, HttpError, PermanentError, ResponseShapeError, TimeoutError } from './errors';
export type { RemoteSystem, RequestTarget } from './errors';
export {
  classifyFailure,
  isNetSuiteAuthFailure,
  NETSUITE_AUTH_FAILED,
  netSuiteErrorCodes,
  type FailureDecision,
} from './classify-failure';
export {
  backoffAfter,
  backoffDelay,
  DEFAULT_BACKOFF_BASE_MS,
  DEFAULT_BACKOFF_MAX_MS,
  type BackoffOptions,
} from './backoff';
export { parseRetryAfter } from './retry-after';
export type { RequestRecord } from './request-record';
