// Wall-clock time in an IANA zone, both ways, with Intl alone (no time zone library).

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Throws a RangeError for a zone Intl does not know. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

function toWallTimeSlow(ms: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

// Zone offsets change only on quarter hours (UTC), so one Intl call per quarter hour of data is enough.
const HOUR = 900_000;
const offsetCache = new Map<string, Map<number, number>>();

function hourOffset(ms: number, timeZone: string): number {
  let zone = offsetCache.get(timeZone);
  if (!zone) offsetCache.set(timeZone, (zone = new Map()));
  const hour = Math.floor(ms / HOUR);
  let offset = zone.get(hour);
  if (offset === undefined) {
    if (zone.size > 200_000) zone.clear();
    const start = hour * HOUR;
    offset = asUtc(toWallTimeSlow(start, timeZone)) - start;
    zone.set(hour, offset);
  }
  return offset;
}

export function toWallTime(ms: number, timeZone: string): WallTime {
  const local = new Date(Math.floor(ms / 1000) * 1000 + hourOffset(ms, timeZone));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

function asUtc(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

function offsetAt(ms: number, timeZone: string): number {
  return hourOffset(ms, timeZone);
}

/**
 * The instant a wall-clock time names. In the repeated hour after a DST change the earlier instant
 * wins (a poller re-reads a little rather than skipping); a time inside the skipped hour moves forward.
 */
export function fromWallTime(wall: WallTime, timeZone: string): number {
  const guess = asUtc(wall);
  const candidates = [guess - offsetAt(guess - 86_400_000, timeZone), guess - offsetAt(guess + 86_400_000, timeZone)];
  const exact = candidates.filter((ms) => asUtc(toWallTime(ms, timeZone)) === guess).sort((a, b) => a - b);
  return exact[0] ?? Math.max(...candidates);
}
