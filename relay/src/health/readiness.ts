import type { ConnectionHealth } from '../connections/connection-health';
import type { Database } from '../store/database';
import { writeHeartbeat } from '../store/heartbeat';
import { describeDatabaseError } from '../store/database-error';

export type CheckResult = { ok: true } | { ok: false; reason: string; code?: string };
export type ReadinessCheck = () => Promise<CheckResult>;

/**
 * Ready only if the database file is still the one opened and takes a real write: a relay whose
 * file was deleted, or whose disk turned read-only, must not look ready while it answers 202.
 */
export function databaseCheck(database: Database): ReadinessCheck {
  return async () => {
    const problem = database.fileProblem();
    if (problem) return { ok: false, reason: problem };
    try {
      await writeHeartbeat(database, database.clock.now());
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: `the database does not take writes (${describeDatabaseError(error)})` };
    }
  };
}

/** Readiness turned off for good: the relay is draining before it stops. */
export function stoppingCheck(isStopping: () => boolean): ReadinessCheck {
  return async () => (isStopping() ? { ok: false, reason: 'the relay is stopping' } : { ok: true });
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
      const reason = `the credentials were refused at ${seen.lastFailureAt} (${seen.lastFailure})`;
      if (!seen.refusalCode) return { ok: false, reason };
      // The records wait meanwhile (retried, not failed): say so, and where to look.
      const waiting = '; records wait until they work again (run mlc doctor)';
      return { ok: false, code: seen.refusalCode, reason: `${seen.refusalCode}: ${reason}${waiting}` };
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
