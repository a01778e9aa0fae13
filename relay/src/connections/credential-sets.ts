import type { Config, Secret } from '../config';
import { loadCredentials, saveCredentials } from '../store/credentials';
import type { Database } from '../store/database';

// Both credential sets live sealed in the database. Values given in the environment replace the
// sealed ones at start (docs/architecture.md "Settings"); `mlc credentials set` writes them too.

export const PROCURIFY_FIELDS = ['baseUrl', 'tokenUrl', 'clientId', 'clientSecret'] as const;
export const NETSUITE_FIELDS = ['accountId', 'baseUrl', 'clientId', 'certificateId', 'privateKey'] as const;

export type ProcurifyCredentials = Record<(typeof PROCURIFY_FIELDS)[number], string>;
export type NetSuiteCredentials = Record<(typeof NETSUITE_FIELDS)[number], string>;

function fromEnvironment(config: Config) {
  return {
    procurify: defined({
      baseUrl: config.procurify.baseUrl,
      tokenUrl: config.procurify.tokenUrl,
      clientId: config.procurify.clientId,
      clientSecret: config.procurify.clientSecret?.reveal(),
    }),
    netsuite: defined({
      accountId: config.netsuite.accountId,
      baseUrl: config.netsuite.baseUrl,
      clientId: config.netsuite.clientId,
      certificateId: config.netsuite.certificateId,
      privateKey: config.netsuite.privateKey?.reveal(),
    }),
  };
}

/** Seals what the environment gives (only when it changed, so restarts do not fill the audit trail). */
export async function sealEnvironmentCredentials(config: Config, database: Database, masterKey: Secret): Promise<void> {
  const given = fromEnvironment(config);
  for (const system of ['procurify', 'netsuite'] as const) {
    const values = given[system];
    if (Object.keys(values).length === 0) continue;
    const stored = (await loadCredentials(database.db, system, masterKey))?.values ?? {};
    const merged = { ...stored, ...values };
    if (JSON.stringify(merged) !== JSON.stringify(stored)) {
      await saveCredentials(database, system, merged, masterKey, 'environment');
    }
  }
}

export async function readCredentialSets(
  database: Database,
  masterKey: Secret,
): Promise<{ procurify?: ProcurifyCredentials; netsuite?: NetSuiteCredentials; missing: Record<string, string[]> }> {
  const procurify = (await loadCredentials(database.db, 'procurify', masterKey))?.values ?? {};
  const netsuite = (await loadCredentials(database.db, 'netsuite', masterKey))?.values ?? {};
  const missingProcurify = PROCURIFY_FIELDS.filter((field) => !procurify[field]);
  const missingNetSuite = NETSUITE_FIELDS.filter((field) => !netsuite[field]);
  // Derived URLs come with the value they derive from: name only the one to set.
  const named = (system: 'PROCURIFY' | 'NETSUITE', fields: readonly string[], derived: [string, string]) =>
    fields
      .filter((field) => !(field === derived[1] && fields.includes(derived[0])))
      .map((field) => `${system}_${field.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase()}`);
  return {
    procurify: missingProcurify.length === 0 ? (procurify as ProcurifyCredentials) : undefined,
    netsuite: missingNetSuite.length === 0 ? (netsuite as NetSuiteCredentials) : undefined,
    missing: {
      procurify: named('PROCURIFY', missingProcurify, ['baseUrl', 'tokenUrl']),
      netsuite: named('NETSUITE', missingNetSuite, ['accountId', 'baseUrl']),
    },
  };
}

function defined(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}
