import { gte, like, sql } from 'drizzle-orm';
import type { Executor } from './executor';
import { pollCursor, syncRecord } from './schema';

/** Records whose last successful sync (synced, linked or deleted) is at or after `sinceIso`: the dashboard's throughput. */
export async function countSyncedSince(db: Executor, sinceIso: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(syncRecord)
    .where(gte(syncRecord.lastSyncedAt, sinceIso));
  return Number(row?.n ?? 0);
}

/** When a poll last moved a watermark (the cursors move only when a poll found changes); null before any. */
export async function lastPollCursorUpdate(db: Executor): Promise<string | null> {
  const [row] = await db
    .select({ at: sql<string | null>`max(${pollCursor.updatedAt})` })
    .from(pollCursor)
    .where(like(pollCursor.name, 'poll:%'));
  return row?.at ?? null;
}
