import { and, eq, sql } from 'drizzle-orm';
import type { AuditInput } from '../audit/actions';
import { appendAudit } from './audit-store';
import type { Database } from './database';
import { byKey, type RecordKey } from './records';

const writebackKey = (key: RecordKey) =>
  and(eq(writeback.recordType, key.recordType), eq(writeback.recordId, key.recordId));
import { syncRecord, writeback } from './schema';

export type WritebackRow = typeof writeback.$inferSelect;
export type WritebackJob = WritebackRow & { record: typeof syncRecord.$inferSelect };

/** Leases due writebacks, with the record state each one will carry. */
export async function claimDueWritebacks(
  database: Database,
  options: { owner: string; nowMs: number; leaseMs: number; limit: number },
): Promise<WritebackJob[]> {
  const { owner, nowMs, leaseMs, limit } = options;
  const rows = await database.write((tx) =>
    tx
      .update(writeback)
      .set({ leaseOwner: owner, leaseUntilMs: nowMs + leaseMs })
      .where(
        sql`rowid in (select rowid from writeback
        where due_at_ms <= ${nowMs} and (lease_until_ms is null or lease_until_ms < ${nowMs})
        order by due_at_ms limit ${limit})`,
      )
      .returning(),
  );
  const jobs: WritebackJob[] = [];
  for (const row of rows) {
    const [record] = await database.db.select().from(syncRecord).where(byKey(row));
    if (record) jobs.push({ ...row, record });
  }
  return jobs;
}

/**
 * Done: removed unless a newer state was queued meanwhile (then it stays for the next pass). With
 * `shownHash`, the hash of the sync-state body NetSuite now holds is kept on the record.
 */
export async function completeWriteback(
  database: Database,
  job: WritebackRow,
  done: { audit: AuditInput | null; shownHash?: string },
): Promise<void> {
  const { audit, shownHash } = done;
  await database.write(async (tx) => {
    if (shownHash !== undefined) await tx.update(syncRecord).set({ shownHash }).where(byKey(job));
    await tx
      .delete(writeback)
      .where(
        and(
          writebackKey(job),
          eq(writeback.generation, job.generation),
          eq(writeback.leaseOwner, job.leaseOwner ?? ''),
        ),
      );
    await tx
      .update(writeback)
      .set({ leaseOwner: null, leaseUntilMs: null })
      .where(and(writebackKey(job), eq(writeback.leaseOwner, job.leaseOwner ?? '')));
    if (audit) await appendAudit(tx, audit);
  });
}

export async function retryWriteback(
  database: Database,
  job: WritebackRow,
  retry: { delayMs: number; error: string; audit: AuditInput },
  options: { nowMs: number },
): Promise<void> {
  await database.write(async (tx) => {
    await tx
      .update(writeback)
      .set({
        attempts: job.attempts + 1,
        lastError: retry.error,
        dueAtMs: options.nowMs + retry.delayMs,
        leaseOwner: null,
        leaseUntilMs: null,
      })
      .where(and(writebackKey(job), eq(writeback.leaseOwner, job.leaseOwner ?? '')));
    await appendAudit(tx, retry.audit);
  });
}

/** When the earliest queued state write falls due (epoch ms), or null when none waits. */
export async function nextDueWritebackAt(database: Database): Promise<number | null> {
  const [row] = await database.db
    .select({ due: sql<number | null>`min(max(${writeback.dueAtMs}, coalesce(${writeback.leaseUntilMs}, 0)))` })
    .from(writeback);
  return row?.due ?? null;
}

export async function pendingWritebacks(database: Database): Promise<RecordKey[]> {
  return database.db.select({ recordType: writeback.recordType, recordId: writeback.recordId }).from(writeback);
}
