import type { ConnectionHealth } from '../connections/connection-health';
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

/** A connection is ready when its credentials are complete and were not refused the last time they were used. */
export function connectionCheck(
  system: 'procurify' | 'netsuite',
  missing: readonly string[],
  health: ConnectionHealth,
): ReadinessCheck {
  return async () => {
    if (missing.length > 0) return { ok: false, reason: `not configured: ${missing.join(', ')}` };
    const seen = health.get(system);
    if (seen.credentialsRefused) {
      return { ok: false, reason: `the credentials were refused at ${seen.lastFailureAt} (${seen.lastFailure})` };
    }
    return { ok: true };
  };
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
