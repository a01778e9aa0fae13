import { HttpError } from '../transport/errors';
import type { NetSuiteClient } from './client';

// Which optional NetSuite features the account has, learnt by asking SuiteQL for one column each.
//
// SuiteTalk REST has no endpoint that lists an account's features (SuiteScript has
// runtime.isFeatureInEffect, which the SuiteApp uses: https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_4296530135.html).
// What REST offers instead is the analytics data source itself: SuiteQL exposes the fields the
// Records Catalog lists for the account (https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_157909186990.html),
// and a field that belongs to a feature is there only while the feature is on (Records Catalog
// field notes: "displayed only with the Departments feature enabled"). A query naming a field the
// account lacks is refused with 400 and "Search error occurred: Field 'department' for record
// 'transactionLine' was not found. Reason: NOT_EXPOSED - Not available for channel SEARCH";
// a query that runs means the feature is on. Any other failure is not an answer, and is thrown.

export interface NetSuiteFeatures {
  /** Departments (DEPARTMENTS): `department` columns and table. */
  departments: boolean;
  /** Locations (LOCATIONS): `location` columns and table. */
  locations: boolean;
  /** Classes (CLASSES): `class` columns. */
  classes: boolean;
  /** NetSuite OneWorld (SUBSIDIARIES): `subsidiary` columns and table. */
  oneWorld: boolean;
  /** Multiple Currencies (MULTICURRENCY): `currency` and `exchangerate` columns, the currency table. */
  multiCurrency: boolean;
}

export type FeatureName = keyof NetSuiteFeatures;

export const ALL_FEATURES: NetSuiteFeatures = Object.freeze({
  departments: true,
  locations: true,
  classes: true,
  oneWorld: true,
  multiCurrency: true,
});

/** Names as Setup > Company > Enable Features shows them, for doctor and the logs. */
export const FEATURE_LABELS: Record<FeatureName, string> = {
  departments: 'Departments',
  locations: 'Locations',
  classes: 'Classes',
  oneWorld: 'OneWorld (subsidiaries)',
  multiCurrency: 'Multiple Currencies',
};

const PROBES: Record<FeatureName, string> = {
  departments: 'SELECT tl.department FROM transactionline tl FETCH FIRST 1 ROWS ONLY',
  locations: 'SELECT tl.location FROM transactionline tl FETCH FIRST 1 ROWS ONLY',
  classes: 'SELECT tl.class FROM transactionline tl FETCH FIRST 1 ROWS ONLY',
  oneWorld: 'SELECT tl.subsidiary FROM transactionline tl FETCH FIRST 1 ROWS ONLY',
  multiCurrency: 'SELECT t.currency FROM transaction t FETCH FIRST 1 ROWS ONLY',
};

/** Whether an error is SuiteQL refusing a field or record the account does not have. */
export function isMissingFieldError(error: unknown): boolean {
  if (!(error instanceof HttpError) || error.status !== 400) return false;
  const text = typeof error.body === 'string' ? error.body : JSON.stringify(error.body ?? '');
  return /was not found|NOT_EXPOSED/i.test(text);
}

async function probe(client: NetSuiteClient, query: string): Promise<boolean> {
  try {
    await client.suiteql(query, { limit: 1 });
    return true;
  } catch (error) {
    if (isMissingFieldError(error)) return false;
    throw error;
  }
}

/** Five SuiteQL queries, one per feature, one after another (the account's concurrency budget is small). */
export async function detectNetSuiteFeatures(client: NetSuiteClient): Promise<NetSuiteFeatures> {
  const features = { ...ALL_FEATURES };
  for (const name of Object.keys(PROBES) as FeatureName[]) features[name] = await probe(client, PROBES[name]);
  return Object.freeze(features);
}

const detected = new WeakMap<NetSuiteClient, Promise<NetSuiteFeatures>>();

/**
 * The account's features, detected once per client (at the relay's first poll or reference
 * refresh, both at start) and kept in memory; a failed detection is tried again next time.
 * Turning a feature on or off in NetSuite takes a relay restart to be seen.
 */
export function accountFeatures(client: NetSuiteClient): Promise<NetSuiteFeatures> {
  let features = detected.get(client);
  if (!features) {
    features = detectNetSuiteFeatures(client);
    detected.set(client, features);
    features.catch(() => detected.delete(client));
  }
  return features;
}

/** "Departments on, Locations off, …" */
export function describeFeatures(features: NetSuiteFeatures): string {
  return (Object.keys(FEATURE_LABELS) as FeatureName[])
    .map((name) => `${FEATURE_LABELS[name]} ${features[name] ? 'on' : 'off'}`)
    .join(', ');
}
