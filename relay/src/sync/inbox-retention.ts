import type { Logger } from '../log/logger';
import { pruneInbox } from '../store/inbox';
import type { Database } from '../store/database';
import { systemClock, type Clock } from '../time/clock';

export const INBOX_PRUNE_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Forgets inbox event ids older than the retention, at start and then hourly, so `inbound_event`
 * stops growing for ever. A repeated event id older than the retention is processed as new, which
 * the record's version comparison then finds stale or unchanged.
 */
export function createInboxRetention(options: {
  database: Database;
  logger: Logger;
  retentionMs: number;
  clock?: Clock;
  intervalMs?: number;
}) {
  const clock = options.clock ?? systemClock;
  const stopping = new AbortController();
  let loop: Promise<void> | undefined;

  async function pruneNow(): Promise<number> {
    const removed = await pruneInbox(options.database, clock.now() - options.retentionMs);
    if (removed > 0) options.logger.info({ removed }, 'forgot inbox events past their retention');
    return removed;
  }

  async function run(): Promise<void> {
    while (!stopping.signal.aborted) {
      await pruneNow().catch((error: unknown) => options.logger.warn({ err: error }, 'inbox retention failed'));
      await clock.sleep(options.intervalMs ?? INBOX_PRUNE_INTERVAL_MS, stopping.signal);
    }
  }

  return {
    pruneNow,
    start(): void {
      loop ??= run();
    },
    async stop(): Promise<void> {
      stopping.abort();
      await loop;
    },
  };
}
