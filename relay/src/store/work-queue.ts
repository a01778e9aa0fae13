import { and, eq, sql } from 'drizzle-orm';
import type { AuditInput } from '../audit/actions';
import { canTransition, isRecordState, type RecordState } from '../domain/record-states';
import { countsAsSync, netSuiteViewChanged } from '../domain/netsuite-view';
import { appendAudit } from './audit-store';
import type { Database } from './database';
import type { Tx } from './executor';
import { byKey, type RecordKey, type SyncRecordRow } from './records';
import { syncRecord, writeback } from './schema';

// The worker's side of sync_record: leases in the database, so any number of relay processes can
// share one database without processing a record twice at the same time.

export async function claimDueRecords(
  database: Database,
  options: { owner: string; nowMs: number; leaseMs: number; limit: number },
): Promise<SyncRecordRow[]> {
  const { owner, nowMs, leaseMs, limit } = options;
  return database.write((tx) =>
    tx
      .update(syncRecord)
      .set({ leaseOwner: owner, leaseUntilMs: nowMs + leaseMs })
      .where(
        sql`rowid in (select rowid from sync_record
        where dirty = 1 and next_attempt_at_ms <= ${nowMs}
          and (lease_until_ms is null or lease_until_ms < ${nowMs})
        order by write_progress is null, next_attempt_at_ms limit ${limit})`,
      )
      .returning()
      // A write that has begun finishes before new ones start (the worker ranks requests in this order).
      .then((rows) => rows.sort((a, b) => rank(a) - rank(b) || a.nextAttemptAtMs - b.nextAttemptAtMs)),
  );
}

const rank = (row: SyncRecordRow) => (row.writeProgress === null ? 1 : 0);

/** Saves how far a multi-step write got, while the lease is still ours; false when it was lost. */
export async function saveWriteProgress(
  database: Database,
  claimed: RecordKey,
  owner: string,
  progress: string | null,
): Promise<boolean> {
  const updated = await database.write((tx) =>
    tx
      .update(syncRecord)
      .set({ writeProgress: progress })
      .where(and(byKey(claimed), eq(syncRecord.leaseOwner, owner)))
      .returning({ recordId: syncRecord.recordId }),
  );
  return updated.length > 0;
}

export interface Outcome {
  status: RecordState;
  message: string;
  procurifyId?: string | null;
  issues?: { code: string; [detail: string]: unknown }[];
  detail?: unknown;
  /** Hash of the body now in Procurify (see sync_record.written_hash); undefined keeps the old one. */
  writtenHash?: string | null;
  /** The progress of a multi-step write (null once it is complete or abandoned); undefined keeps it. */
  writeProgress?: string | null;
  /** Steps taken while processing (requests made, mapping results), audited with the outcome. */
  audit?: AuditInput[];
}

/**
 * Records the outcome of processing `claimed` and releases the lease, in one transaction with its
 * audit rows and the writeback it calls for. Returns false when the lease was lost (another
 * worker took the record over), in which case nothing is written.
 */
export async function finishRecord(
  database: Database,
  claimed: SyncRecordRow,
  owner: string,
  outcome: Outcome,
  options: { nowMs: number },
): Promise<boolean> {
  return database.write(async (tx) => {
    const current = await leased(tx, claimed, owner);
    if (!current) return false;
    const from = isRecordState(current.status) ? current.status : 'pending';
    if (!canTransition(from, outcome.status)) throw new Error(`invalid transition ${from} → ${outcome.status}`);
    // A newer version that arrived while we worked keeps the record dirty for another pass; one
    // whose content equals what we processed (a re-save) does not.
    const sameVersion =
      current.action === claimed.action && (sameMarkers(current, claimed) || sameContent(current, claimed));
    const now = new Date(options.nowMs).toISOString();
    await tx
      .update(syncRecord)
      .set({
        status: sameVersion ? outcome.status : 'pending',
        message: outcome.message,
        issues: JSON.stringify(outcome.issues ?? []),
        detail: outcome.detail === undefined ? current.detail : JSON.stringify(outcome.detail),
        procurifyId: outcome.procurifyId === undefined ? current.procurifyId : outcome.procurifyId,
        writtenHash: outcome.writtenHash === undefined ? current.writtenHash : outcome.writtenHash,
        writeProgress: outcome.writeProgress === undefined ? current.writeProgress : outcome.writeProgress,
        processedLastModified: claimed.versionLastModified,
        dirty: !sameVersion,
        attempts: current.attempts + 1,
        failingSinceMs: null,
        uncertainWrite: false,
        nextAttemptAtMs: options.nowMs,
        leaseOwner: null,
        leaseUntilMs: null,
        lastSyncedAt: countsAsSync(outcome.status) ? now : current.lastSyncedAt,
        updatedAt: now,
      })
      .where(byKey(claimed));
    const [after] = await tx.select().from(syncRecord).where(byKey(claimed));
    if (netSuiteViewChanged(current, after)) await enqueueWriteback(tx, claimed, options.nowMs);
    await appendAudit(tx, [
      ...(outcome.audit ?? []),
      {
        action: 'state_changed',
        actor: 'worker',
        recordType: claimed.recordType,
        recordId: claimed.recordId,
        detail: { from, to: outcome.status, message: outcome.message, issues: outcome.issues ?? [] },
      },
    ]);
    return true;
  });
}

function sameMarkers(a: SyncRecordRow, b: SyncRecordRow): boolean {
  return a.versionLastModified === b.versionLastModified && a.versionOccurredAt === b.versionOccurredAt;
}

function sameContent(a: SyncRecordRow, b: SyncRecordRow): boolean {
  return a.contentHash !== null && a.contentHash === b.contentHash;
}

/** Keeps the record dirty and tries again later; the steps taken so far are audited. */
export async function scheduleRetry(
  database: Database,
  claimed: SyncRecordRow,
  owner: string,
  retry: { delayMs: number; message: string; uncertainWrite: boolean; audit?: AuditInput[] },
  options: { nowMs: number },
): Promise<boolean> {
  return database.write(async (tx) => {
    const current = await leased(tx, claimed, owner);
    if (!current) return false;
    const nextAttemptAtMs = options.nowMs + retry.delayMs;
    await tx
      .update(syncRecord)
      .set({
        message: retry.message,
        attempts: current.attempts + 1,
        failingSinceMs: current.failingSinceMs ?? options.nowMs,
        uncertainWrite: current.uncertainWrite || retry.uncertainWrite,
        nextAttemptAtMs,
        leaseOwner: null,
        leaseUntilMs: null,
        updatedAt: new Date(options.nowMs).toISOString(),
      })
      .where(byKey(claimed));
    await appendAudit(tx, [
      ...(retry.audit ?? []),
      {
        action: 'retry_scheduled',
        actor: 'worker',
        recordType: claimed.recordType,
        recordId: claimed.recordId,
        detail: {
          attempt: current.attempts + 1,
          retryAt: new Date(nextAttemptAtMs).toISOString(),
          reason: retry.message,
        },
      },
    ]);
    return true;
  });
}

/** When the earliest dirty record falls due (epoch ms), or null when none waits: an idle worker sleeps until then. */
export async function nextDueRecordAt(database: Database): Promise<number | null> {
  const [row] = await database.db
    .select({
      due: sql<number | null>`min(max(${syncRecord.nextAttemptAtMs}, coalesce(${syncRecord.leaseUntilMs}, 0)))`,
    })
    .from(syncRecord)
    .where(eq(syncRecord.dirty, true));
  return row?.due ?? null;
}

async function leased(tx: Tx, key: RecordKey, owner: string): Promise<SyncRecordRow | undefined> {
  const [row] = await tx
    .select()
    .from(syncRecord)
    .where(and(byKey(key), eq(syncRecord.leaseOwner, owner)));
  return row;
}

export async function enqueueWriteback(tx: Tx, key: RecordKey, nowMs: number): Promise<void> {
  await tx
    .insert(writeback)
    .values({ recordType: key.recordType, recordId: key.recordId, dueAtMs: nowMs, generation: 1 })
    .onConflictDoUpdate({
      target: [writeback.recordType, writeback.recordId],
      set: { dueAtMs: nowMs, attempts: 0, lastError: null, generation: sql`${writeback.generation} + 1` },
    });
}
