// NetSuite wall time: `YYYY-MM-DDTHH:MM:SS` as TO_CHAR shows it in the integration user's time zone.
// The poller never needs that zone to page: TO_CHAR and TO_TIMESTAMP both read wall time in it.

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;

/** Wall time read as if it were UTC: good for arithmetic on wall times, not an instant. */
export function wallToMs(wall: string): number {
  const match = WALL_TIME.exec(wall);
  if (!match) throw new Error(`not a NetSuite wall time (YYYY-MM-DDTHH:MM:SS): ${JSON.stringify(wall)}`);
  const [, year, month, day, hour, minute, second] = match.map(Number) as number[] as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

export function msToWall(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

/** The instant as the snapshot's `lastModified` writes it (ISO-8601 UTC, whole seconds). */
export function isoInstant(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `YYYY-MM-DD` → the first second of that day in NetSuite wall time. */
export function startOfDay(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))
    throw new Error(`not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  return `${date}T00:00:00`;
}
