// When the relay cannot take events, outbox rows wait: 1, 2, 4, ... minutes, at most an hour.

const BASE_DELAY_MS = 60_000;
const MAX_DELAY_MS = 60 * 60_000;

/** `attempts` counts failed sends so far, including the one just made. */
export function retryDelayMs(attempts: number): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 30));
  return Math.min(BASE_DELAY_MS * 2 ** exponent, MAX_DELAY_MS);
}

export function nextAttemptAt(attempts: number, now: Date): Date {
  return new Date(now.getTime() + retryDelayMs(attempts));
}
