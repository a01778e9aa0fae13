const UNITS: [limitSeconds: number, unitSeconds: number, name: string][] = [
  [60, 1, 'second'],
  [3_600, 60, 'minute'],
  [86_400, 3_600, 'hour'],
  [30 * 86_400, 86_400, 'day'],
  [365 * 86_400, 30 * 86_400, 'month'],
  [Infinity, 365 * 86_400, 'year'],
];

/** "just now", "5 minutes ago", "in 2 hours": how long ago at a glance. */
export function relativeTime(iso: string, nowMs: number): string {
  const deltaSeconds = Math.round((Date.parse(iso) - nowMs) / 1000);
  if (Number.isNaN(deltaSeconds)) return 'unknown time';
  const size = Math.abs(deltaSeconds);
  if (size < 10) return 'just now';
  const [, unitSeconds, name] = UNITS.find(([limit]) => size < limit)!;
  const count = Math.floor(size / unitSeconds);
  const phrase = `${count} ${name}${count === 1 ? '' : 's'}`;
  return deltaSeconds < 0 ? `${phrase} ago` : `in ${phrase}`;
}

/** "2026-11-20 14:03:11 UTC": the server does not know the reader's zone, so it says which one it uses. */
export function absoluteTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** "1 h", "15 min", "30 s", "off": a duration setting as people read it. */
export function formatDuration(ms: number): string {
  if (ms === 0) return 'off';
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  if (ms % 60_000 === 0) return `${ms / 60_000} min`;
  if (ms % 1000 === 0) return `${ms / 1000} s`;
  return `${ms} ms`;
}
