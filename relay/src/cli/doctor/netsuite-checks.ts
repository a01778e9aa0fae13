import type { NetSuiteClient } from '../../netsuite';
import {
  ALL_FEATURES,
  describeFeatures,
  detectNetSuiteFeatures,
  FEATURE_LABELS,
  type FeatureName,
  type NetSuiteFeatures,
} from '../../netsuite/features';
import { NETSUITE_AUTH_FAILED } from '../../transport/classify-failure';
import { HttpError } from '../../transport/errors';
import { check, errorText, transportProblem, type CheckResult } from './check';

// NetSuite: the M2M token, SuiteQL on every table the relay reads, and the record API on each
// record type it writes back to. After the token, the account's optional features: a table that
// belongs to a feature the account lacks is not there to read, and the relay does not ask for it.

const TABLES: readonly (readonly [string, string, FeatureName?])[] = [
  ['vendors', 'SELECT id FROM vendor ORDER BY id'],
  ['vendor bills', "SELECT id FROM transaction WHERE type = 'VendBill' ORDER BY id"],
  ['purchase orders', "SELECT id FROM transaction WHERE type = 'PurchOrd' ORDER BY id"],
  ['GL accounts', 'SELECT id FROM account ORDER BY id'],
  ['departments', 'SELECT id FROM department ORDER BY id', 'departments'],
  ['subsidiaries', 'SELECT id FROM subsidiary ORDER BY id', 'oneWorld'],
  ['terms', 'SELECT id FROM term ORDER BY id'],
  ['currencies', 'SELECT id FROM currency ORDER BY id', 'multiCurrency'],
];

const RECORD_TYPES = [
  ['vendor', 'vendors'],
  ['vendorBill', 'vendor bills'],
  ['purchaseOrder', 'purchase orders'],
] as const;

export async function checkNetSuite(
  client: NetSuiteClient,
  details: { tokenPath: string; certificateId: string; clientId: string },
): Promise<{ results: CheckResult[]; counts: Record<string, number>; features?: NetSuiteFeatures }> {
  const counts: Record<string, number> = {};
  let features: NetSuiteFeatures = ALL_FEATURES;
  let detected: NetSuiteFeatures | undefined;
  const firstIds: Record<string, string | undefined> = {};
  const explain = (error: unknown) => explainNetSuite(error, details);
  const results: CheckResult[] = [];
  for (const [index, [name, query, feature]] of TABLES.entries()) {
    if (feature !== undefined && !features[feature]) {
      results.push({
        name: `SuiteQL ${name}`,
        ok: true,
        detail: `not in this account (${FEATURE_LABELS[feature]} off)`,
      });
      continue;
    }
    const result = await check(
      `SuiteQL ${name}`,
      async () => {
        const page = await client.suiteql(query, { limit: 1 });
        counts[name] = page.totalResults ?? page.count;
        firstIds[name] = page.items[0]?.id == null ? undefined : String(page.items[0].id);
        return `${counts[name]} found`;
      },
      explain,
    );
    // The first call fetches the token: its outcome is the token's.
    if (index === 0) {
      results.push({ name: 'token', ok: result.ok, detail: result.ok ? 'client assertion accepted' : result.detail });
      if (!result.ok) return { results, counts };
      const found = await check(
        'features',
        async () => {
          detected = await detectNetSuiteFeatures(client);
          return describeFeatures(detected);
        },
        explain,
      );
      results.push(found);
      if (detected) features = detected;
    }
    results.push(result);
  }
  for (const [type, name] of RECORD_TYPES) {
    const id = firstIds[name];
    if (id === undefined) {
      results.push({ name: `record API ${type}`, ok: true, detail: `no ${name} to read yet` });
      continue;
    }
    results.push(
      await check(
        `record API ${type}`,
        async () => {
          await client.getRecord(type, id);
          return `read ${type} ${id}`;
        },
        explain,
      ),
    );
  }
  return { results, counts, features: detected };
}

function explainNetSuite(
  error: unknown,
  details: { tokenPath: string; certificateId: string; clientId: string },
): string {
  const transport = transportProblem('NetSuite', error);
  if (transport) return transport;
  if (error instanceof HttpError && error.target.path === details.tokenPath) {
    const code = (error.body as { error?: string } | undefined)?.error ?? `HTTP ${error.status}`;
    if (code === 'invalid_grant') {
      return `${NETSUITE_AUTH_FAILED}: NetSuite refused the token request (invalid_grant): the integration record of client id "${details.clientId}" lacks the REST Web Services scope. Check it at Setup > Integration > Manage Integrations, then run \`mlc doctor\` again.`;
    }
    if (code === 'invalid_client' || error.status === 400 || error.status === 401) {
      return `${NETSUITE_AUTH_FAILED}: NetSuite refused the token request (${code}): the certificate uploaded for certificate id "${details.certificateId}" does not match the private key, or the certificate id or client id "${details.clientId}" is wrong, revoked or expired. Re-upload the certificate that belongs to NETSUITE_PRIVATE_KEY at Setup > Integration > OAuth 2.0 Client Credentials (M2M) Setup, or run \`mlc netsuite keygen\` and start over. NetSuite's Login Audit Trail shows the exact reason.`;
    }
  }
  if (error instanceof HttpError && error.status === 401) {
    return `${NETSUITE_AUTH_FAILED}: NetSuite refused the relay's token even after a refresh (HTTP 401): the role mapped to this certificate changed or lost Log in using OAuth 2.0 Access Tokens or REST Web Services, or the employee's access was removed.`;
  }
  if (error instanceof HttpError && error.status === 403) {
    return `NetSuite refused access (HTTP ${error.status}): the role mapped to this certificate lacks the permission (REST Web Services, SuiteAnalytics Workbook for SuiteQL, and the record type).`;
  }
  if (error instanceof HttpError && error.status === 400) {
    return `NetSuite refused the query (HTTP 400): the role may not see this table. ${describeBody(error.body)}`;
  }
  return errorText(error);
}

function describeBody(body: unknown): string {
  const detail = (body as { 'o:errorDetails'?: { detail?: string }[] } | undefined)?.['o:errorDetails']?.[0]?.detail;
  return detail ? `NetSuite says: ${detail}` : '';
}
