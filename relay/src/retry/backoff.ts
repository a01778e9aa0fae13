export interface BackoffOptions {
  /** The delay before the first retry, before jitter. */
  baseMs?: number;
  /** The cap (DESIGN.md: 5 minutes). */
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
  const ceiling = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
  return Math.floor(ceiling / 2 + random() * (ceiling / 2));
}
