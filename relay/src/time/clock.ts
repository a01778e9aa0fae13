import { setTimeout as delay } from 'node:timers/promises';

/**
 * The relay's time: what `now` is and how long to wait. Production uses the system clock; a
 * simulation (the day-of-operation suite) gives every part of the relay one simulated clock, so
 * the poller, the reference refresh, retries and token lifetimes all follow the simulated day.
 */
export interface Clock {
  /** Epoch milliseconds (a plain function: it may be passed around on its own). */
  now: () => number;
  /**
   * Resolves once `ms` of this clock's time have passed, or as soon as `signal` aborts. Never
   * rejects. A sleep does not keep the process alive on its own.
   */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    signal?.aborted
      ? Promise.resolve()
      : delay(Math.max(0, ms), undefined, { signal, ref: false }).catch(() => undefined),
};

/** A clock that reads `now` from another source (a simulator's clock) and waits in real time. */
export function clockReading(now: () => number): Clock {
  return { now, sleep: systemClock.sleep };
}
