import type { Logger } from '../log/logger';
import type { NetSuiteClient } from '../netsuite';
import type { Database } from '../store/database';
import { createBackfiller } from './backfill';
import { pollAllScopes, type ScopeCount } from './poll-run';
import type { PredictOutcome } from './outcome-counts';
import type { Scope } from './scopes';

export interface PollerOptions {
  client: NetSuiteClient;
  database: Database;
  logger: Logger;
  /** MLC_POLL_INTERVAL; 0 turns the timer off (POST /v1/sync/poll still polls). */
  intervalMs: number;
  /** MLC_POLL_OVERLAP: how far each poll reaches back before its watermark. */
  overlapMs: number;
  secrets: readonly string[];
  now?: () => number;
  /** Called after a poll or backfill page put new events in the inbox (wakes the worker). */
  onAccepted?: () => void;
  /** Backfill dry runs: makes the per-run predictor of each event's outcome (see BackfillOptions). */
  dryRunPredictor?: () => PredictOutcome;
}

export type PollResult = Record<Scope, ScopeCount>;

/** The SuiteQL poller: a timer over `pollOnce`, one poll at a time, and the backfiller beside it. */
export function createPoller(options: PollerOptions) {
  const now = options.now ?? Date.now;
  const { logger } = options;
  let current: Promise<PollResult> | null = null;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const backfill = createBackfiller({ ...options, now });

  function pollOnce(): Promise<PollResult> {
    // A poll already running answers a second caller too: one scan per watermark at a time.
    current ??= pollAllScopes({ ...options, now, stopped: () => stopped })
      .then((result) => {
        if (Object.values(result).some((count) => count.accepted > 0)) options.onAccepted?.();
        logger.debug({ poll: result }, 'poll done');
        return result;
      })
      .finally(() => {
        current = null;
      });
    return current;
  }

  function schedule(): void {
    if (stopped || options.intervalMs <= 0) return;
    timer = setTimeout(() => {
      pollOnce()
        .catch((error: unknown) =>
          logger.warn({ err: error }, 'poll failed; the next one starts from the same watermark'),
        )
        .finally(schedule);
    }, options.intervalMs);
    timer.unref();
  }

  return {
    pollOnce,
    backfill,
    async start(): Promise<void> {
      stopped = false;
      await backfill.resume();
      schedule();
    },
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearTimeout(timer);
      await Promise.all([current?.catch(() => undefined), backfill.stop()]);
    },
  };
}

export type Poller = ReturnType<typeof createPoller>;
