import type { Config } from '../config';
import { pingDatabase, type Database } from '../store/database';

export type CheckResult = { ok: true } | { ok: false; reason: string };
export type ReadinessCheck = () => Promise<CheckResult>;

export function databaseCheck(database: Database): ReadinessCheck {
  return async () => {
    try {
      await pingDatabase(database);
      return { ok: true };
    } catch {
      return { ok: false, reason: 'the database does not answer' };
    }
  };
}

/** Names the settings still missing for one system; passes once all are present. */
export function settingsCheck(required: Record<string, unknown>): ReadinessCheck {
  return async () => {
    const missing = Object.entries(required)
      .filter(([, value]) => value === undefined)
      .map(([name]) => name);
    return missing.length === 0 ? { ok: true } : { ok: false, reason: `not configured: ${missing.join(', ')}` };
  };
}

export function netsuiteSettingsCheck(config: Config): ReadinessCheck {
  return settingsCheck({
    NETSUITE_ACCOUNT_ID: config.netsuite.accountId,
    NETSUITE_CLIENT_ID: config.netsuite.clientId,
    NETSUITE_CERTIFICATE_ID: config.netsuite.certificateId,
    NETSUITE_PRIVATE_KEY: config.netsuite.privateKey,
  });
}

export function procurifySettingsCheck(config: Config): ReadinessCheck {
  return settingsCheck({
    PROCURIFY_BASE_URL: config.procurify.baseUrl,
    PROCURIFY_CLIENT_ID: config.procurify.clientId,
    PROCURIFY_CLIENT_SECRET: config.procurify.clientSecret,
  });
}

/** Runs every check at once; a check that throws counts as not ready. */
export async function runChecks(checks: Record<string, ReadinessCheck>): Promise<Record<string, CheckResult>> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]): Promise<[string, CheckResult]> => {
      try {
        return [name, await check()];
      } catch {
        return [name, { ok: false, reason: 'the check failed unexpectedly' }];
      }
    }),
  );
  return Object.fromEntries(entries);
}
