import type { Config, Secret } from '../../config';
import type { NetSuiteCredentials, ProcurifyCredentials } from '../../connections/credential-sets';
import { loadCredentials } from '../../store/credentials';
import type { Database } from '../../store/database';

// The credentials the relay would use: the sealed ones, with what the environment gives on top
// (as the relay seals them at start), without writing anything.

export interface CredentialsView {
  procurify: Partial<ProcurifyCredentials>;
  netsuite: Partial<NetSuiteCredentials>;
}

export async function effectiveCredentials(
  config: Config,
  database: Database,
  masterKey: Secret | undefined,
): Promise<CredentialsView> {
  const sealed = async (system: 'procurify' | 'netsuite') =>
    masterKey ? ((await loadCredentials(database.db, system, masterKey))?.values ?? {}) : {};
  return {
    procurify: {
      ...(await sealed('procurify')),
      ...defined({
        baseUrl: config.procurify.baseUrl,
        tokenUrl: config.procurify.tokenUrl,
        clientId: config.procurify.clientId,
        clientSecret: config.procurify.clientSecret?.reveal(),
      }),
    },
    netsuite: {
      ...(await sealed('netsuite')),
      ...defined({
        accountId: config.netsuite.accountId,
        baseUrl: config.netsuite.baseUrl,
        clientId: config.netsuite.clientId,
        certificateId: config.netsuite.certificateId,
        privateKey: config.netsuite.privateKey?.reveal(),
      }),
    },
  };
}

/** The setting names of the fields still missing. */
export function missingSettings(
  system: 'PROCURIFY' | 'NETSUITE',
  values: Record<string, string | undefined>,
  fields: readonly string[],
): string[] {
  return fields
    .filter((field) => !values[field])
    .map((field) => `${system}_${field.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase()}`);
}

function defined(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}
