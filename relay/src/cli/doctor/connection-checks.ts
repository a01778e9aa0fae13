import { Secret } from '../../config';
import {
  NETSUITE_FIELDS,
  PROCURIFY_FIELDS,
  type NetSuiteCredentials,
  type ProcurifyCredentials,
} from '../../connections/credential-sets';
import { createNetSuiteClient, type NetSuiteClient } from '../../netsuite';
import type { NetSuiteFeatures } from '../../netsuite/features';
import { createProcurifyClient, type ProcurifyClient } from '../../procurify';
import { print, type CliContext } from '../context';
import type { CheckResult } from './check';
import { missingSettings } from './credentials-view';
import { checkNetSuite } from './netsuite-checks';
import { checkProcurify } from './procurify-checks';

// One connection checked as `mlc doctor` checks it, from the credentials the relay would use:
// the settings still missing, else a client and every check's result. `mlc setup` runs the same
// checks after each step. The caller closes the client.

export interface ConnectionCheck<Client> {
  results: CheckResult[];
  counts: Record<string, number>;
  /** Absent when the credentials are incomplete. */
  client?: Client;
}

export async function checkProcurifyConnection(
  values: Partial<ProcurifyCredentials>,
  timeoutMs: number,
): Promise<ConnectionCheck<ProcurifyClient>> {
  const missing = missingSettings('PROCURIFY', values, PROCURIFY_FIELDS);
  if (missing.length > 0) return { results: [notConfigured(missing, 'procurify')], counts: {} };
  const complete = values as ProcurifyCredentials;
  const client = createProcurifyClient({ ...complete, clientSecret: new Secret(complete.clientSecret), timeoutMs });
  const { results, counts } = await checkProcurify(client, new URL(complete.tokenUrl).pathname);
  return { results, counts, client };
}

export async function checkNetSuiteConnection(
  values: Partial<NetSuiteCredentials>,
  options: { concurrency: number; timeoutMs: number },
): Promise<ConnectionCheck<NetSuiteClient> & { features?: NetSuiteFeatures }> {
  const missing = missingSettings('NETSUITE', values, NETSUITE_FIELDS);
  if (missing.length > 0) return { results: [notConfigured(missing, 'netsuite')], counts: {} };
  const complete = values as NetSuiteCredentials;
  const client = createNetSuiteClient({ ...complete, privateKey: new Secret(complete.privateKey), ...options });
  const tokenPath = new URL(`${complete.baseUrl.replace(/\/+$/, '')}/services/rest/auth/oauth2/v1/token`).pathname;
  const checked = await checkNetSuite(client, {
    tokenPath,
    certificateId: complete.certificateId,
    clientId: complete.clientId,
  });
  return { ...checked, client };
}

function notConfigured(missing: string[], system: string): CheckResult {
  return {
    name: 'configured',
    ok: false,
    detail: `not configured: set ${missing.join(', ')} (in the environment or .env), or run \`mlc credentials set ${system}\`.`,
  };
}

/** Prints the results as doctor does; answers whether any failed. */
export function printResults(context: CliContext, results: readonly CheckResult[]): boolean {
  for (const result of results) print(context, `  ${result.ok ? 'ok  ' : 'FAIL'}  ${result.name}: ${result.detail}`);
  return results.some((result) => !result.ok);
}
