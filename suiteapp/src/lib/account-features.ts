// The optional NetSuite features a snapshot depends on. Without one, the account has none of its
// fields, so the snapshot leaves them out (null) instead of reading them; the relay's poller builds
// the same snapshot from SuiteQL with the same features (relay/src/netsuite/features.ts).

export interface AccountFeatures {
  /** DEPARTMENTS */
  departments: boolean;
  /** LOCATIONS */
  locations: boolean;
  /** SUBSIDIARIES (NetSuite OneWorld) */
  oneWorld: boolean;
  /** MULTICURRENCY: without it there is no currency field; everything is in the base currency, id 1. */
  multiCurrency: boolean;
}

export const ALL_FEATURES: Readonly<AccountFeatures> = Object.freeze({
  departments: true,
  locations: true,
  oneWorld: true,
  multiCurrency: true,
});

/** Feature ids as runtime.isFeatureInEffect takes them (Oracle's Feature Names and IDs). */
export const FEATURE_IDS = {
  departments: 'DEPARTMENTS',
  locations: 'LOCATIONS',
  oneWorld: 'SUBSIDIARIES',
  multiCurrency: 'MULTICURRENCY',
} as const satisfies Record<keyof AccountFeatures, string>;
