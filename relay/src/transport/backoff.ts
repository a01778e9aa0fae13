export interface BackoffOptions {
  /** The delay before the first retry, before jitter. */
  baseMs?: number;
  /** The cap (docs/architecture.md "Retries, time limits, the clock": 5 minutes). */
  maxMs?: number;
  /** A source of [0, 1); Math.random by default, injectable for tests. */
  random?: () => number;
}

export const DEFAULT_BACKOFF_BASE_MS = 1_000;
export const DEFAULT_BACKOFF_MAX_MS = 5 * 60_000;

/**
 * Capped exponential backoff with "equal jitter": with c = min(max, base·2^(attempt-1)), a delay drawn
 * uniformly from [c/2, c). `attempt` counts from 1 (the first retry). The random half spreads workers
 * that failed together; the fixed half keeps the delay growing.
 */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const baseMs = options.baseMs ?? DEFAULT_BACKOFF_BASE_MS;
  const maxMs = options.maxMs ?? DEFAULT_BACKOFF_MAX_MS;
  const random = options.random ?? Math.random;
  if (!Number.isInteger(attempt) || attempt < 1)
    throw new RangeError(`attempt must be a whole number ≥ 1, got ${attempt}`);
  // 2^attempt overflows to Infinity long after it passes any cap, so Math.min keeps it finite.
  return jittered(Math.min(maxMs, baseMs * 2 ** (attempt - 1)), random);
}

/**
 * The same backoff counted from how long the failure has lasted instead of an attempt number: with
 * c = min(max, max(base, failingFor)), each retry waits about as long again as the failure has
 * lasted, so the delay still doubles retry after retry. For a record whose attempts add up across
 * replays: one replayed after an outage starts its backoff afresh.
 */
export function backoffAfter(failingForMs: number, options: BackoffOptions = {}): number {
  const baseMs = options.baseMs ?? DEFAULT_BACKOFF_BASE_MS;
  const maxMs = options.maxMs ?? DEFAULT_BACKOFF_MAX_MS;
  return jittered(Math.min(maxMs, Math.max(baseMs, failingForMs)), options.random ?? Math.random);
}

/** A delay drawn uniformly from [ceiling/2, ceiling). */
function jittered(ceiling: number, random: () => number): number {
  return Math.floor(ceiling / 2 + random() * (ceiling / 2));
}
