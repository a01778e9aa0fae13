import { lt } from 'drizzle-orm';
import type { EventEnvelope } from '../../../suiteapp/src/lib/snapshot-types';
import type { Database } from './database';
import { commitGroup, type AcceptOptions, type AcceptResult, type DispositionCounts } from './inbox-commit';
import { inboundEvent } from './schema';

export type { AcceptResult, DispositionCounts } from './inbox-commit';

interface Waiting {
  envelopes: readonly EventEnvelope[];
  options: AcceptOptions;
  resolve: (result: AcceptResult) => void;
  reject: (error: unknown) => void;
}

/** Largest number of requests committed together. */
const MAX_GROUP = 64;
const queues = new WeakMap<Database, { waiting: Waiting[]; draining: boolean }>();
const totals = new WeakMap<Database, DispositionCounts>();

/** Events this process committed since it started, by what they did (Prometheus counters). */
export function eventTotals(database: Database): DispositionCounts {
  return { ...(totals.get(database) ?? { applied: 0, unchanged: 0, stale: 0, duplicate: 0 }) };
}

/**
 * Stores a validated batch: new events go to the inbox and coalesce into their record's latest
 * version; repeated event ids (stored before, or earlier in the batch) change nothing. Resolves
 * once the batch is committed, so the caller may answer 202.
 *
 * Group commit: batches that arrive while a commit is under way wait and are committed together
 * in the next transaction, each still all-or-nothing with the others. One disk sync then serves
 * many requests, which is what lets ingest keep up under load.
 */
export function acceptEvents(
  database: Database,
  envelopes: readonly EventEnvelope[],
  options: AcceptOptions = {},
): Promise<AcceptResult> {
  let queue = queues.get(database);
  if (!queue) {
    queue = { waiting: [], draining: false };
    queues.set(database, queue);
  }
  const promise = new Promise<AcceptResult>((resolve, reject) =>
    queue.waiting.push({ envelopes, options, resolve, reject }),
  );
  if (!queue.draining) {
    // Drain on the next turn of the event loop, not now: every request whose body was read in
    // this turn joins the same commit.
    queue.draining = true;
    setImmediate(() => void drain(database, queue));
  }
  return promise;
}

async function drain(database: Database, queue: { waiting: Waiting[]; draining: boolean }): Promise<void> {
  while (queue.waiting.length > 0) {
    const group = queue.waiting.splice(0, MAX_GROUP);
    try {
      const { answers, counts } = await database.write((tx) => commitGroup(tx, group, database.clock.now()));
      const total = eventTotals(database);
      for (const [disposition, count] of Object.entries(counts)) total[disposition as keyof DispositionCounts] += count;
      totals.set(database, total);
      group.forEach((item, index) => item.resolve(answers[index]!));
    } catch (error) {
      for (const item of group) item.reject(error);
    }
  }
  queue.draining = false;
}

/** Forgets event ids received before `olderThanMs` (the retention is at least 30 days); answers how many. */
export async function pruneInbox(database: Database, olderThanMs: number): Promise<number> {
  const removed = await database.write((tx) =>
    tx
      .delete(inboundEvent)
      .where(lt(inboundEvent.receivedAtMs, olderThanMs))
      .returning({ eventId: inboundEvent.eventId }),
  );
  return removed.length;
}
