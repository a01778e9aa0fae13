/**
 * The simulator's clock. Tests freeze it and move it by hand (token expiry, last-modified times);
 * the CLI lets it run with real time. `advance` works in both modes.
 */
export interface SimClock {
  now(): number;
  advance(ms: number): void;
  set(ms: number): void;
  readonly mode: 'frozen' | 'running';
}

export function createClock(options: { start?: number; mode?: 'frozen' | 'running' } = {}): SimClock {
  const mode = options.mode ?? 'running';
  let base = options.start ?? Date.now();
  let anchor = performance.now();
  const elapsed = () => (mode === 'running' ? performance.now() - anchor : 0);
  return {
    mode,
    now: () => Math.floor(base + elapsed()),
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`clock can only move forward, got ${ms} ms`);
      base += ms;
    },
    set(ms) {
      if (!Number.isFinite(ms)) throw new RangeError(`not a time: ${ms}`);
      base = ms;
      anchor = performance.now();
    },
  };
}

const SECOND = 1000;

/** Whole seconds: NetSuite datetimes have no milliseconds, and the poller's keyset compares them exactly. */
export function toWholeSecond(ms: number): number {
  return Math.floor(ms / SECOND) * SECOND;
}

/** The next last-modified stamp: now, but at least one second after the previous one (even on a frozen clock). */
export function nextStamp(now: number, previous?: number): number {
  const stamp = toWholeSecond(now);
  return previous === undefined ? stamp : Math.max(stamp, previous + SECOND);
}
