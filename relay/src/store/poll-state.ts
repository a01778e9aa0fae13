import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from './database';
import type { Executor } from './executor';
import { transactionSnapshot } from './record-columns';
import { backfillRun, pollCursor, syncRecord } from './schema';

// What the poller keeps between runs: keyset cursors and backfill runs.

export interface KeysetCursor {
  /** NetSuite wall time `YYYY-MM-DDTHH:MM:SS`. */
  lastModified: string;
  recordId: string;
}

export async function readCursor(db: Executor, name: string): Promise<KeysetCursor | null> {
  const [row] = await db.select().from(pollCursor).where(eq(pollCursor.name, name));
  return row ? { lastModified: row.lastModified, recordId: row.recordId } : null;
}

export async function saveCursor(database: Database, name: string, cursor: KeysetCursor, now: Date): Promise<void> {
  const values = { ...cursor, updatedAt: now.toISOString() };
  await database.write((tx) =>
    tx
      .insert(pollCursor)
      .values({ name, ...values })
      .onConflictDoUpdate({ target: pollCursor.name, set: values }),
  );
}

/** The version (snapshot.lastModified) the relay already holds for each of these records. */
export async function knownVersions(db: Executor, recordType: string, ids: string[]): Promise<Map<string, string>> {
  const known = new Map<string, string>();
  for (let start = 0; start < ids.length; start += 500) {
    const rows = await db
      .select({ recordId: syncRecord.recordId, lastModified: syncRecord.versionLastModified })
      .from(syncRecord)
      .where(and(eq(syncRecord.recordType, recordType), inArray(syncRecord.recordId, ids.slice(start, start + 500))));
    for (const row of rows) if (row.lastModified !== null) known.set(row.recordId, row.lastModified);
  }
  return known;
}

export type BackfillStatus = 'running' | 'done' | 'failed';

export interface ScopeProgress {
  done: boolean;
  /** Rows read from NetSuite (re-reads after a restart count again). */
  scanned: number;
  /** New events handed to the inbox (in a dry run: that would be). */
  accepted: number;
  /** Dry run only: those events per predicted outcome (`would_write`, `needs_mapping`, …). */
  outcomes?: Record<string, number>;
  /** Dry run only: per `<outcome>:<reason code>`, e.g. `needs_mapping:unmapped_department`. */
  reasons?: Record<string, number>;
}

export interface BackfillRun {
  id: number;
  since: string;
  status: BackfillStatus;
  dryRun: boolean;
  progress: Record<string, ScopeProgress>;
  /** Dry run with predictions: the scopes' outcome and reason counts added up. */
  outcomes?: Record<string, number>;
  reasons?: Record<string, number>;
  message: string | null;
  requestedBy: string;
  startedAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

function toRun(row: typeof backfillRun.$inferSelect): BackfillRun {
  const progress = JSON.parse(row.progress) as Record<string, ScopeProgress>;
  const scopes = Object.values(progress);
  const predicted = scopes.some((scope) => scope.outcomes);
  return {
    ...row,
    status: row.status as BackfillStatus,
    progress,
    ...(predicted
      ? {
          outcomes: sumCounts(scopes.map((scope) => scope.outcomes)),
          reasons: sumCounts(scopes.map((scope) => scope.reasons)),
        }
      : {}),
  };
}

function sumCounts(all: (Record<string, number> | undefined)[]): Record<string, number> {
  const sum: Record<string, number> = {};
  for (const counts of all) for (const [key, count] of Object.entries(counts ?? {})) sum[key] = (sum[key] ?? 0) + count;
  return sum;
}

export async function latestBackfill(db: Executor): Promise<BackfillRun | null> {
  const [row] = await db.select().from(backfillRun).orderBy(desc(backfillRun.id)).limit(1);
  return row ? toRun(row) : null;
}

export async function createBackfill(
  database: Database,
  input: { since: string; dryRun: boolean; requestedBy: string; scopes: readonly string[] },
  now: Date,
): Promise<BackfillRun> {
  const progress = Object.fromEntries(input.scopes.map((scope) => [scope, { done: false, scanned: 0, accepted: 0 }]));
  const at = now.toISOString();
  const [row] = await database.write((tx) =>
    tx
      .insert(backfillRun)
      .values({
        since: input.since,
        status: 'running',
        dryRun: input.dryRun,
        progress: JSON.stringify(progress),
        requestedBy: input.requestedBy,
        startedAt: at,
        updatedAt: at,
      })
      .returning(),
  );
  if (!row) throw new Error('the backfill run was not stored');
  return toRun(row);
}

export async function updateBackfill(
  database: Database,
  id: number,
  changes: { status?: BackfillStatus; progress?: Record<string, ScopeProgress>; message?: string | null },
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  await database.write((tx) =>
    tx
      .update(backfillRun)
      .set({
        ...(changes.status ? { status: changes.status } : {}),
        ...(changes.progress ? { progress: JSON.stringify(changes.progress) } : {}),
        ...(changes.message !== undefined ? { message: changes.message } : {}),
        ...(changes.status && changes.status !== 'running' ? { finishedAt: at } : {}),
        updatedAt: at,
      })
      .where(eq(backfillRun.id, id)),
  );
}

/** A backfill page is done: its cursor and the run's counts move together. */
export async function saveBackfillStep(
  database: Database,
  step: { runId: number; cursorName: string; cursor: KeysetCursor; progress: Record<string, ScopeProgress> },
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  const values = { ...step.cursor, updatedAt: at };
  await database.write(async (tx) => {
    await tx
      .insert(pollCursor)
      .values({ name: step.cursorName, ...values })
      .onConflictDoUpdate({ target: pollCursor.name, set: values });
    await tx
      .update(backfillRun)
      .set({ progress: JSON.stringify(step.progress), updatedAt: at })
      .where(eq(backfillRun.id, step.runId));
  });
}

/**
 * The bills the relay holds whose latest snapshot lists one of these vendor payments or bill credits,
 * with their version: a voided or deleted payment no longer links to the bills it paid, so the relay
 * finds them in what NetSuite told it before.
 */
export async function billsListingPayments(
  db: Executor,
  paymentIds: string[],
): Promise<Map<string, { version: string; payments: { id: string; amount: string }[] }>> {
  const found = new Map<string, { version: string; payments: { id: string; amount: string }[] }>();
  const wanted = new Set(paymentIds);
  for (let start = 0; start < paymentIds.length; start += 500) {
    const ids = paymentIds.slice(start, start + 500);
    const rows = await db
      .select({
        recordType: syncRecord.recordType,
        recordId: syncRecord.recordId,
        lastModified: syncRecord.versionLastModified,
        snapshot: syncRecord.snapshot,
      })
      .from(syncRecord)
      .where(
        and(
          eq(syncRecord.recordType, 'vendorbill'),
          sql`exists (select 1 from json_each(${syncRecord.snapshot}, '$.payments') as p
            where json_extract(p.value, '$.id') in (${sql.join(
              ids.map((id) => sql`${id}`),
              sql`, `,
            )}))`,
        ),
      );
    for (const row of rows) {
      const snapshot = transactionSnapshot(row);
      if (row.lastModified === null || snapshot === null) continue;
      const listed = snapshot.payments ?? [];
      found.set(row.recordId, {
        version: row.lastModified,
        payments: listed
          .filter((payment) => wanted.has(payment.id))
          .map((payment) => ({ id: payment.id, amount: payment.amount })),
      });
    }
  }
  return found;
}
