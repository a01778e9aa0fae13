const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/**
 * Parses the duration syntax of our settings (`30s`, `15m`, `1h`, `0`; also `ms` and `d`)
 * into milliseconds. Returns undefined for anything else, so callers can name the variable.
 */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '0') return 0;
  const match = /^(\d+)(ms|s|m|h|d)$/.exec(trimmed);
  if (!match) return undefined;
  const [, amount, unit] = match;
  return Number(amount) * UNIT_MS[unit as keyof typeof UNIT_MS];
}
