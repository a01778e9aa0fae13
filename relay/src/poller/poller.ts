import type { Logger } from '../log/logger';
import type { NetSuiteClient } from '../netsuite';
import type { Database } from '../store/database';
import { createBackfiller } from './backfill';
import { createInstantCache } from './instant-cache';
import { pollAllScopes, type ScopeCount } from './poll-run';
import type { PredictOutcome } from './outcome-counts';
import type { Scope } from './scopes';
import { systemClock, type Clock } from '../time/clock';

export interface PollerOptions {
  client: NetSuiteClient;
  database: Database;
  logger: Logger;
  /** MLC_POLL_INTERVAL; 0 turns the timer off (POST /v1/sync/poll still polls). */
  intervalMs: number;
  /** MLC_POLL_OVERLAP: how far each poll reaches back before its watermark. */
  overlapMs: number;
  clock?: Clock;
  /** Called after a poll or backfill page put new events in the inbox (wakes the worker). */
  onAccepted?: () => void;
  /** Backfill dry runs: makes the per-run predictor of each event's outcome (see BackfillOptions). */
  dryRunPredictor?: () => PredictOutcome;
}

export type PollResult = Record<Scope, ScopeCount>;

/** What the dashboard shows of polling. */
export interface PollerStatus {
  /** 0 when the timer is off. */
  intervalMs: number;
  lastPollAt: string | null;
  /** New versions the last poll handed to the inbox; null while none ran. */
  lastAccepted: number | null;
  /** When the scheduled poll runs next; null when off or stopping. */
  nextPollAt: string | null;
}

/** The SuiteQL poller: a timer over `pollOnce`, one poll at a time, and the backfiller beside it. */
export function createPoller(options: PollerOptions) {
  const clock = options.clock ?? systemClock;
  const now = clock.now;
  const { logger } = options;
  let current: Promise<PollResult> | null = null;
  let stopping = new AbortController();
  let scheduled: Promise<void> | undefined;
  let stopped = false;
  const backfill = createBackfiller({ ...options, clock });
  const instants = createInstantCache();
  const status: PollerStatus = {
    intervalMs: options.intervalMs,
    lastPollAt: null,
    lastAccepted: null,
    nextPollAt: null,
  };

  function pollOnce(): Promise<PollResult> {
    // A poll already running answers a second caller too: one scan per watermark at a time.
    current ??= pollAllScopes({ ...options, clock, instants, stopped: () => stopped })
      .then((result) => {
        const accepted = Object.values(result).reduce((sum, count) => sum + count.accepted, 0);
        Object.assign(status, { lastPollAt: new Date(now()).toISOString(), lastAccepted: accepted });
        if (accepted > 0) options.onAccepted?.();
        logger.debug({ poll: result }, 'poll done');
        return result;
      })
      .finally(() => {
        current = null;
      });
    return current;
  }

  /** A poll every interval of the relay's clock, counted from the end of the previous one. */
  async function pollOnSchedule(): Promise<void> {
    while (!stopped) {
      status.nextPollAt = new Date(now() + options.intervalMs).toISOString();
      await clock.sleep(options.intervalMs, stopping.signal);
      status.nextPollAt = null;
      if (stopped) return;
      await pollOnce().catch((error: unknown) =>
        logger.warn({ err: error }, 'poll failed; the next one starts from the same watermark'),
      );
    }
  }

  return {
    pollOnce,
    status: (): PollerStatus => ({ ...status }),
    /** True while a poll runs. */
    busy: () => current !== null,
    backfill,
    async start(): Promise<void> {
      stopped = false;
      stopping = new AbortController();
      await backfill.resume();
      if (options.intervalMs > 0) scheduled = pollOnSchedule();
    },
    async stop(): Promise<void> {
      stopped = true;
      stopping.abort();
      await Promise.all([current?.catch(() => undefined), scheduled, backfill.stop()]);
    },
  };
}

export type Poller = ReturnType<typeof createPoller>;
