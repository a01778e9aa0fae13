// Wrong credentials from one address slow that address down: the first few are free (typos), then
// each further failure blocks the address for twice as long as the last, up to a cap. While blocked,
// nothing it sends is checked (429 with Retry-After), so guessing runs at a few tries per hour at
// most. A success does not reset the count (else one valid low-role token would unlock unlimited
// guesses at an administrator's); failures are forgotten after a quiet window.

export interface FailureThrottleOptions {
  now?: () => number;
  /** Failures allowed before any wait (default 5). */
  freeFailures?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** An address without a failure for this long starts over (default 15 min). */
  forgetAfterMs?: number;
  /** Addresses remembered at most; the oldest go first (a flood of addresses cannot exhaust memory). */
  maxAddresses?: number;
}

interface Failures {
  count: number;
  lastAtMs: number;
  blockedUntilMs: number;
}

export function createFailureThrottle(options: FailureThrottleOptions = {}) {
  const now = options.now ?? Date.now;
  const freeFailures = options.freeFailures ?? 5;
  const baseDelayMs = options.baseDelayMs ?? 1_000;
  const maxDelayMs = options.maxDelayMs ?? 5 * 60_000;
  const forgetAfterMs = options.forgetAfterMs ?? 15 * 60_000;
  const maxAddresses = options.maxAddresses ?? 10_000;
  const byAddress = new Map<string, Failures>();

  return {
    /** How long this address must still wait, in ms; 0 when it may try. */
    retryAfterMs(address: string): number {
      const seen = byAddress.get(address);
      return seen ? Math.max(0, seen.blockedUntilMs - now()) : 0;
    },
    /** A wrong token or sign-in from this address. */
    fail(address: string): void {
      const at = now();
      const seen = byAddress.get(address);
      const count = seen && at - seen.lastAtMs < forgetAfterMs ? seen.count + 1 : 1;
      const over = count - freeFailures;
      const blockedUntilMs = over > 0 ? at + Math.min(maxDelayMs, baseDelayMs * 2 ** (over - 1)) : at;
      byAddress.delete(address);
      byAddress.set(address, { count, lastAtMs: at, blockedUntilMs });
      if (byAddress.size > maxAddresses) byAddress.delete(byAddress.keys().next().value!);
    },
  };
}

export type FailureThrottle = ReturnType<typeof createFailureThrottle>;
