// N/format (0 units): values as the user's Set Preferences show them. Dates use the account's date
// format preference; date-times add the time as NetSuite's default time format "h:mm am" does
// (DATETIMETZ with seconds), in the user's time zone unless `timezone` names another
// (https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_4388843892.html).
// An input it cannot format comes back unchanged, as Oracle documents.
import { formatUserDate } from '../../suiteql/date-format';
import { assertTimeZone, fromWallTime, toWallTime } from '../../suiteql/time-zone';
import type { Engine } from '../engine';

export const FORMAT_TYPE = {
  CHECKBOX: 'checkbox',
  CURRENCY: 'currency',
  DATE: 'date',
  DATETIME: 'datetime',
  DATETIMETZ: 'datetimetz',
  EMAIL: 'email',
  FLOAT: 'float',
  INTEGER: 'integer',
  PERCENT: 'percent',
  TEXT: 'text',
  TIMEOFDAY: 'timeofday',
} as const;

/** A few of format.Timezone's values (Olson ids, as NetSuite spells them). */
export const FORMAT_TIMEZONE = {
  AMERICA_LOS_ANGELES: 'America/Los_Angeles',
  AMERICA_DENVER: 'America/Denver',
  AMERICA_CHICAGO: 'America/Chicago',
  AMERICA_NEW_YORK: 'America/New_York',
  EUROPE_LONDON: 'Europe/London',
} as const;

/** Dates from the script realm fail `instanceof Date` here; ask for a time instead. */
function timeOf(value: unknown): number | null {
  const ms = typeof (value as Date)?.getTime === 'function' ? (value as Date).getTime() : Number.NaN;
  return Number.isFinite(ms) ? ms : null;
}

function clock(hour: number, minute: number, second: number | null): string {
  const hh = hour % 12 === 0 ? 12 : hour % 12;
  const ss = second === null ? '' : `:${String(second).padStart(2, '0')}`;
  return `${hh}:${String(minute).padStart(2, '0')}${ss} ${hour < 12 ? 'am' : 'pm'}`;
}

export function createFormatModule(engine: Engine) {
  const zoneOf = (timezone: unknown) => {
    if (typeof timezone !== 'string') return engine.settings.timeZone;
    try {
      assertTimeZone(timezone);
      return timezone;
    } catch {
      return engine.settings.timeZone;
    }
  };
  return {
    Type: FORMAT_TYPE,
    Timezone: FORMAT_TIMEZONE,
    format(options: { value: unknown; type: string; timezone?: string }): unknown {
      const { value, type } = options;
      if (type === 'date' || type === 'datetime' || type === 'datetimetz' || type === 'timeofday') {
        const ms = timeOf(value);
        if (ms === null) return value;
        const zone = zoneOf(options.timezone);
        const wall = toWallTime(ms, zone);
        const date = formatUserDate(ms, engine.settings.dateFormat, zone);
        if (type === 'date') return date;
        if (type === 'timeofday') return clock(wall.hour, wall.minute, null);
        return `${date} ${clock(wall.hour, wall.minute, type === 'datetimetz' ? wall.second : null)}`;
      }
      if (type === 'currency' && Number.isFinite(Number(value))) return Number(value).toFixed(2);
      if (type === 'checkbox') return value === true || value === 'T' ? 'T' : 'F';
      return value === null || value === undefined ? '' : String(value);
    },
    /** DATE text in the user's date format becomes a Date at local midnight; numbers become numbers. */
    parse(options: { value: string; type: string; timezone?: string }): unknown {
      const { value, type } = options;
      if (type === 'date') {
        // Like N/record date fields: a Date at local midnight of that day.
        const day = dayOf(String(value), engine.settings.dateFormat);
        return day === null ? value : engine.realmLocalDate(day.year, day.month - 1, day.day);
      }
      if (type === 'datetime' || type === 'datetimetz') {
        const [datePart = '', ...rest] = String(value).trim().split(/\s+/);
        const day = dayOf(datePart, engine.settings.dateFormat);
        const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)$/i.exec(rest.join(' '));
        if (day === null || !time) return value;
        const hour = (Number(time[1]) % 12) + (time[4]?.toLowerCase() === 'pm' ? 12 : 0);
        const wall = { ...day, hour, minute: Number(time[2]), second: Number(time[3] ?? 0) };
        return engine.realmDate(fromWallTime(wall, zoneOf(options.timezone)));
      }
      if (['integer', 'float', 'currency', 'percent'].includes(type) && value !== '') {
        const number = Number(String(value).replace(/[,%]/g, ''));
        return Number.isFinite(number) ? number : value;
      }
      return value;
    },
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const TOKENS: Record<string, { part: 'year' | 'month' | 'mon' | 'day'; pattern: string }> = {
  YYYY: { part: 'year', pattern: '(\\d{4})' },
  Mon: { part: 'mon', pattern: '([A-Za-z]{3})' },
  MM: { part: 'month', pattern: '(\\d{1,2})' },
  M: { part: 'month', pattern: '(\\d{1,2})' },
  DD: { part: 'day', pattern: '(\\d{1,2})' },
  D: { part: 'day', pattern: '(\\d{1,2})' },
};

/** "11/20/2026" read with the preference "M/D/YYYY"; null when it does not match. */
function dayOf(text: string, preference: string): { year: number; month: number; day: number } | null {
  const parts: string[] = [];
  const pattern = preference.replace(/YYYY|MM|Mon|M|DD|D|[.*+?^${}()|[\]\\/-]/g, (token) => {
    const known = TOKENS[token];
    if (!known) return `\\${token}`;
    parts.push(known.part);
    return known.pattern;
  });
  const match = new RegExp(`^${pattern}$`).exec(text.trim());
  if (!match) return null;
  const found: Record<string, number> = {};
  parts.forEach((part, index) => {
    const raw = match[index + 1] ?? '';
    if (part === 'mon') found.month = MONTHS.findIndex((month) => month.toLowerCase() === raw.toLowerCase()) + 1;
    else found[part] = Number(raw);
  });
  const { year = 0, month = 0, day = 0 } = found;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { year, month, day } : null;
}
