export interface RequestBudgetOptions {
  /** At most this many requests start per second; unlimited when undefined. */
  maxPerSecond?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * The request budget of one Procurify connection, shared by every caller of the client: an optional
 * rate, and a pause that a 429 with Retry-After imposes on all requests (so one 429 does not become many).
 */
export interface RequestBudget {
  /** Resolves when this request may start. */
  acquire(): Promise<void>;
  /** Holds every request until `untilMs` (epoch ms); a later pause wins over an earlier one. */
  pauseUntil(untilMs: number): void;
}

export function createRequestBudget(options: RequestBudgetOptions = {}): RequestBudget {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  if (options.maxPerSecond !== undefined && !(options.maxPerSecond > 0)) {
    throw new RangeError(`maxPerSecond must be a positive number, got ${options.maxPerSecond}`);
  }
  const spacingMs = options.maxPerSecond === undefined ? 0 : 1_000 / options.maxPerSecond;
  let pausedUntil = 0;
  let nextSlot = 0;

  return {
    async acquire() {
      // Loop: a pause can be imposed while we sleep for a slot.
      for (;;) {
        const current = now();
        const slot = Math.max(current, nextSlot);
        if (pausedUntil > current) {
          await sleep(pausedUntil - current);
          continue;
        }
        nextSlot = slot + spacingMs;
        if (slot > current) await sleep(slot - current);
        if (pausedUntil <= now()) return;
      }
    },
    pauseUntil(untilMs) {
      pausedUntil = Math.max(pausedUntil, untilMs);
    },
  };
}
