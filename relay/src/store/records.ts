import { and, asc, eq, gt, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from './executor';
import { syncRecord } from './schema';

export type SyncRecordRow = typeof syncRecord.$inferSelect;

export interface RecordKey {
  recordType: string;
  recordId: string;
}

export function byKey(key: RecordKey): SQL {
  return and(eq(syncRecord.recordType, key.recordType), eq(syncRecord.recordId, key.recordId))!;
}

export async function getRecord(db: Executor, key: RecordKey): Promise<SyncRecordRow | undefined> {
  const [row] = await db.select().from(syncRecord).where(byKey(key));
  return row;
}

export interface RecordPage {
  items: SyncRecordRow[];
  nextCursor: string | null;
}

/** Keyset pages in (recordType, recordId) order; the cursor is opaque to clients. */
export async function listRecords(
  db: Executor,
  filter: { status?: string; recordType?: string; limit: number; cursor?: string },
): Promise<RecordPage> {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(syncRecord.status, filter.status));
  if (filter.recordType) conditions.push(eq(syncRecord.recordType, filter.recordType));
  const after = filter.cursor ? decodeCursor(filter.cursor) : undefined;
  if (after) {
    conditions.push(
      or(
        gt(syncRecord.recordType, after.recordType),
        and(eq(syncRecord.recordType, after.recordType), gt(syncRecord.recordId, after.recordId)),
      )!,
    );
  }
  const rows = await db
    .select()
    .from(syncRecord)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(asc(syncRecord.recordType), asc(syncRecord.recordId))
    .limit(filter.limit + 1);
  const items = rows.slice(0, filter.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > filter.limit && last ? encodeCursor(last) : null };
}

function encodeCursor(key: RecordKey): string {
  return Buffer.from(JSON.stringify([key.recordType, key.recordId])).toString('base64url');
}

export function decodeCursor(cursor: string): RecordKey | undefined {
  try {
    const [recordType, recordId] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof recordType === 'string' && typeof recordId === 'string') return { recordType, recordId };
  } catch {
    // fall through: an unreadable cursor is reported by the caller
  }
  return undefined;
}

/** Counts per state, for the dashboard and metrics. */
export async function countByStatus(db: Executor): Promise<Record<string, number>> {
  const rows = await db.all<{ status: string; n: number }>(
    sql`select status, count(*) as n from sync_record group by status`,
  );
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
}
