import { AsyncLocalStorage } from 'node:async_hooks';

// The pace of one Procurify connection, shared by every caller of the client. Procurify publishes no
// rate limit and announces none, so the pace is learnt from its answers:
// - a 429 sets the rate just under the number of requests that succeeded in the second before it
//   (a limit of R per second lets R through, then refuses), once paced never below half the pace,
//   and pauses the connection for the Retry-After, or a second when there is none. A 429 with
//   nothing passed before it is a storm, not a rate: it only pauses;
// - while requests succeed at the pace, the rate climbs back (1 % per request) to just under the
//   pace at which the last 429 came, then probes above it twenty times slower, so a raised limit is
//   found again without a steady trickle of 429s;
// - with no limit known the pace starts low and rises fast (see SLOW_START_RATE) until the first 429;
// - PROCURIFY_RATE_LIMIT, when set, is where the pace starts and a ceiling it never passes.
// Waiting requests go in priority order, not arrival order: a job that began earlier goes first,
// so under a tight limit records finish one after another instead of all advancing a step at a time.

export interface PaceOptions {
  /** The configured ceiling in requests per second; undefined when the limit is unknown. */
  ceilingPerSecond?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface PaceStatus {
  /** The requests per second the connection keeps to; null while unpaced (no limit met or set). */
  ratePerSecond: number | null;
  /** Whether the rate comes from Procurify's 429s rather than the configured ceiling. */
  learnt: boolean;
  ceilingPerSecond: number | null;
  /** 429 answers seen since start. */
  throttled: number;
}

export interface Grant {
  /** The request waited for its slot: the pace, not the demand, set when it went out. */
  paced: boolean;
  sentAtMs: number;
}

export interface RequestPace {
  /** Resolves when this request may go out; lower priority values go first (see withPacePriority). */
  acquire(): Promise<Grant>;
  /** Learns from an answer: `status` 429 or any other answer received. */
  observe(grant: Grant, status: number, retryAfterMs?: number): void;
  status(): PaceStatus;
}

/**
 * With no limit known, the pace starts at 4 requests/s and grows a quarter with each request that
 * had to wait for it (past 100/s within about 1.3 s of steady demand), so the first burst of a
 * start meets a low limit with a 429 or two instead of one per concurrent request.
 */
const SLOW_START_RATE = 4;
const SLOW_START_GROWTH = 1.25;
/** The pace stops rising here: effectively no pacing at all. */
const MAX_RATE = 1_000;
/** Below this the pace does not fall: one request every five seconds still makes progress. */
const MIN_RATE = 0.2;
/** The share of the observed limit kept to after a 429: a little under it, so 429s stay rare. */
const SAFETY = 0.9;
/** Growth per paced success back toward where the last 429 came: 6 requests from 0.9 R to 0.95 R. */
const CREEP = 1.01;
/** Where growth slows down: just under the rate of the last 429, where timing jitter alone could cross the limit. */
const PLATEAU = 0.95;
/** Growth per paced success past the plateau: a probe for a raised limit, about 100 requests to R. */
const PROBE = 1.0005;
/**
 * Without Retry-After: a second, a per-second limit's window. A storm of 429s then lets one request
 * through a second, which the job's own backoff spaces further.
 */
const BARE_429_PAUSE_MS = 1_000;

const priorities = new AsyncLocalStorage<number>();

/** Runs `work` with its Procurify requests ranked by `priority` (lower first, e.g. when the job began). */
export function withPacePriority<T>(priority: number, work: () => Promise<T>): Promise<T> {
  return priorities.run(priority, work);
}

interface Waiter {
  priority: number;
  seq: number;
  held: boolean;
  resolve: (grant: Grant) => void;
}

export function createRequestPace(options: PaceOptions = {}): RequestPace {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const ceiling = options.ceilingPerSecond;
  if (ceiling !== undefined && !(ceiling > 0)) {
    throw new RangeError(`the rate ceiling must be a positive number, got ${ceiling}`);
  }
  let rate = ceiling ?? SLOW_START_RATE;
  let learnt = false;
  let throttled = 0;
  let pausedUntil = 0;
  let lastDecreaseAt = -Infinity;
  /** The rate at which the last 429 came (requests/s), undefined before any. */
  let throttledAt: number | undefined;
  let nextSlot = 0;
  let seq = 0;
  let pumping = false;
  const waiting: Waiter[] = [];
  /** Send times of the requests answered without a 429 in the last second or so. */
  const recentSuccesses: number[] = [];

  /** No limit met and none configured: the pace is still rising to find one. */
  const finding = () => !learnt && ceiling === undefined;

  async function pump(): Promise<void> {
    if (pumping) return;
    pumping = true;
    try {
      while (waiting.length > 0) {
        const current = now();
        const readyAt = Math.max(nextSlot, pausedUntil);
        if (readyAt > current) {
          for (const waiter of waiting) waiter.held = true;
          await sleep(readyAt - current);
          continue;
        }
        waiting.sort((a, b) => a.priority - b.priority || a.seq - b.seq);
        const next = waiting.shift()!;
        nextSlot = current + 1_000 / rate;
        next.resolve({ paced: next.held, sentAtMs: current });
      }
    } finally {
      pumping = false;
    }
  }

  function successesBefore(sentAtMs: number): number {
    return recentSuccesses.filter((at) => at > sentAtMs - 1_000 && at <= sentAtMs).length;
  }

  return {
    acquire() {
      return new Promise<Grant>((resolve) => {
        waiting.push({ priority: priorities.getStore() ?? now(), seq: seq++, held: false, resolve });
        void pump();
      });
    },
    observe(grant, status, retryAfterMs) {
      if (status === 429) {
        throttled += 1;
        const passed = successesBefore(grant.sentAtMs);
        // Nothing passed in the second before: a storm, not a rate; the pause alone handles it. A
        // burst sent before the last cut answers with several 429s: they count once.
        if (passed > 0 && grant.sentAtMs >= lastDecreaseAt) {
          // What passed is the estimate (a limit of R lets R through, then refuses). Once paced, one
          // cut never goes below half the pace: pauses and gaps can thin the count.
          const counted = Math.min(rate, passed);
          throttledAt = finding() ? counted : rate;
          const estimate = Math.max(MIN_RATE, (finding() ? counted : Math.max(counted, rate / 2)) * SAFETY);
          rate = ceiling === undefined ? estimate : Math.min(ceiling, estimate);
          learnt = true;
          lastDecreaseAt = now();
        }
        pausedUntil = Math.max(pausedUntil, now() + (retryAfterMs ?? BARE_429_PAUSE_MS));
        return;
      }
      recentSuccesses.push(grant.sentAtMs);
      while (recentSuccesses[0]! < grant.sentAtMs - 2_000) recentSuccesses.shift();
      if (grant.paced) {
        const growth = finding() ? SLOW_START_GROWTH : rate < PLATEAU * (throttledAt ?? Infinity) ? CREEP : PROBE;
        rate = Math.min(ceiling ?? MAX_RATE, rate * growth);
      }
    },
    status() {
      return {
        ratePerSecond: finding() ? null : Math.round(rate * 100) / 100,
        learnt,
        ceilingPerSecond: ceiling ?? null,
        throttled,
      };
    },
  };
}
