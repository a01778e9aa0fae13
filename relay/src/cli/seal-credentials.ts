import { netsuiteHost, type Secret } from '../config';
import { NETSUITE_FIELDS, PROCURIFY_FIELDS } from '../connections/credential-sets';
import { auditKeyOf } from '../crypto/derived-key';
import { loadCredentials, saveCredentials } from '../store/credentials';
import { toolAudit } from '../store/audit-scope';
import { migrateDatabase, openDatabase, type Database } from '../store/database';
import type { CliContext } from './context';
import { loadCliConfig, masterKeyOf } from './settings';

// Sealing one system's credentials into the database, for `mlc credentials set` and `mlc setup`:
// given values replace the stored ones, the others are kept, and the change is audited as `cli`.

export type CredentialSystem = 'procurify' | 'netsuite';

/** Seals `given` over what is stored; answers the fields still missing afterwards. */
export async function sealCredentials(
  context: CliContext,
  system: CredentialSystem,
  given: Record<string, string>,
): Promise<{ missing: string[] }> {
  const config = loadCliConfig(context);
  const masterKey = masterKeyOf(config)!;
  const database = await openDatabase({ ...config.database, audit: toolAudit(auditKeyOf(masterKey)) });
  try {
    await migrateDatabase(database);
    return await sealInto(database, masterKey, system, given);
  } finally {
    database.close();
  }
}

/** The same, into a database already open. */
export async function sealInto(
  database: Database,
  masterKey: Secret,
  system: CredentialSystem,
  given: Record<string, string>,
): Promise<{ missing: string[] }> {
  const stored = (await loadCredentials(database.db, system, masterKey))?.values ?? {};
  const merged = { ...stored, ...given };
  await saveCredentials(database, system, merged, masterKey, 'cli');
  const fields: readonly string[] = system === 'procurify' ? PROCURIFY_FIELDS : NETSUITE_FIELDS;
  return { missing: fields.filter((field) => !merged[field] && !derivable(system, field, merged)) };
}

/** Why a URL answer is not one (undefined when it is). */
export function urlProblem(value: string): string | undefined {
  return /^https?:\/\/[^\s]+$/.test(value) ? undefined : 'must be an http(s) URL';
}

export function accountIdProblem(value: string): string | undefined {
  return /^[A-Za-z0-9_-]+$/.test(value) ? undefined : 'must look like 1234567 or 1234567_SB1';
}

/** The token URL from Procurify's base URL, and NetSuite's REST host from the account id, unless given. */
export function withDerivedUrls(system: CredentialSystem, values: Record<string, string>): Record<string, string> {
  if (system === 'procurify' && values.baseUrl && !values.tokenUrl) values.tokenUrl = `${values.baseUrl}/oauth/token`;
  if (system === 'netsuite' && values.accountId) values.baseUrl ??= `https://${netsuiteHost(values.accountId)}`;
  return values;
}

/** Derived URLs need not be set by hand (the relay derives them the same way). */
function derivable(system: CredentialSystem, field: string, values: Record<string, string>): boolean {
  if (system === 'procurify' && field === 'tokenUrl') return !!values.baseUrl;
  return false;
}
