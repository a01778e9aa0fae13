import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AuditInput } from '../audit/actions';
import { appendAudit } from './audit-store';
import type { Database } from './database';
import { byKey, type RecordKey } from './records';
import { syncRecord } from './schema';

/**
 * Makes records pending again so the worker processes their latest snapshot once more: a replay
 * from the admin API, or records a mapping change may have fixed. Deleted records replay their
 * delete. Returns the keys that were queued.
 *
 * Attempts add up: an accountant reading "3 attempts" after a third replay expects three tries, not
 * a count that starts over. `attemptsBefore` gives back what a replay's fresh version reset.
 */
export async function requeueRecords(
  database: Database,
  keys: readonly RecordKey[],
  audit: (key: RecordKey) => AuditInput,
  options: { nowMs: number; attemptsBefore?: (key: RecordKey) => number | undefined },
): Promise<RecordKey[]> {
  return database.write(async (tx) => {
    const queued: RecordKey[] = [];
    for (const key of keys) {
      const [row] = await tx.select().from(syncRecord).where(byKey(key));
      if (!row) continue;
      await tx
        .update(syncRecord)
        .set({
          status: 'pending',
          dirty: true,
          attempts: Math.max(row.attempts, options.attemptsBefore?.(key) ?? 0),
          failingSinceMs: null,
          nextAttemptAtMs: options.nowMs,
          updatedAt: new Date(options.nowMs).toISOString(),
        })
        .where(byKey(key));
      queued.push(key);
    }
    await appendAudit(tx, queued.map(audit));
    return queued;
  });
}

/** Every record in the given states (e.g. all `needs_mapping` bills), for a requeue after a mapping change. */
export async function recordsInStates(
  database: Database,
  states: string[],
  recordTypes?: string[],
): Promise<RecordKey[]> {
  const conditions = [inArray(syncRecord.status, states)];
  if (recordTypes) conditions.push(inArray(syncRecord.recordType, recordTypes));
  return database.db
    .select({ recordType: syncRecord.recordType, recordId: syncRecord.recordId })
    .from(syncRecord)
    .where(and(...conditions, eq(syncRecord.dirty, false)));
}

/** Bills that wait for this vendor (`needs_mapping` with `vendor_not_synced`). */
export async function billsAwaitingVendor(database: Database, netsuiteVendorId: string): Promise<RecordKey[]> {
  return database.db
    .select({ recordType: syncRecord.recordType, recordId: syncRecord.recordId })
    .from(syncRecord)
    .where(
      and(
        eq(syncRecord.recordType, 'vendorbill'),
        eq(syncRecord.status, 'needs_mapping'),
        sql`${syncRecord.issues} like '%"vendor_not_synced"%'`,
        sql`json_extract(${syncRecord.snapshot}, '$.entity.id') = ${netsuiteVendorId}`,
      ),
    );
}
