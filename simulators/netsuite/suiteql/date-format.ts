import { fromWallTime, toWallTime, type WallTime } from './time-zone';

// Oracle datetime format models (TO_CHAR / TO_TIMESTAMP / TO_DATE) and NetSuite's date preference.

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const ELEMENTS = ['YYYY', 'HH24', 'HH12', 'MON', 'YY', 'MM', 'DD', 'HH', 'MI', 'SS', 'AM', 'PM'] as const;
type Element = (typeof ELEMENTS)[number];
type FormatToken = { element: Element } | { literal: string };

export class DateFormatError extends Error {}

const parsedFormats = new Map<string, FormatToken[]>();

export function parseFormatModel(model: string): FormatToken[] {
  const cached = parsedFormats.get(model);
  if (cached) return cached;
  const tokens: FormatToken[] = [];
  let rest = model;
  while (rest.length > 0) {
    const quoted = /^"([^"]*)"/.exec(rest);
    if (quoted) {
      tokens.push({ literal: quoted[1] ?? '' });
      rest = rest.slice(quoted[0].length);
      continue;
    }
    if (/^[-/,.;: ]/.test(rest)) {
      tokens.push({ literal: rest[0] as string });
      rest = rest.slice(1);
      continue;
    }
    const element = ELEMENTS.find((candidate) => rest.toUpperCase().startsWith(candidate));
    if (!element) throw new DateFormatError(`date format not recognized: ${model}`);
    tokens.push({ element });
    rest = rest.slice(element.length);
  }
  parsedFormats.set(model, tokens);
  return tokens;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function renderElement(element: Element, wall: WallTime): string {
  switch (element) {
    case 'YYYY':
      return pad(wall.year, 4);
    case 'YY':
      return pad(wall.year % 100);
    case 'MM':
      return pad(wall.month);
    case 'MON':
      return MONTHS[wall.month - 1] ?? '';
    case 'DD':
      return pad(wall.day);
    case 'HH24':
      return pad(wall.hour);
    case 'HH':
    case 'HH12':
      return pad(wall.hour % 12 === 0 ? 12 : wall.hour % 12);
    case 'MI':
      return pad(wall.minute);
    case 'SS':
      return pad(wall.second);
    case 'AM':
    case 'PM':
      return wall.hour < 12 ? 'AM' : 'PM';
  }
}

/** TO_CHAR(datetime, model) in the user's time zone. */
export function formatWithModel(ms: number, model: string, timeZone: string): string {
  const wall = toWallTime(ms, timeZone);
  return parseFormatModel(model)
    .map((token) => ('literal' in token ? token.literal : renderElement(token.element, wall)))
    .join('');
}

/** TO_TIMESTAMP / TO_DATE(text, model): the text is wall time in the user's time zone. */
export function parseWithModel(text: string, model: string, timeZone: string): number {
  const wall: WallTime = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  let rest = text;
  let pm: boolean | null = null;
  const fail = () => new DateFormatError(`literal does not match format string: '${text}' for '${model}'`);
  for (const token of parseFormatModel(model)) {
    if ('literal' in token) {
      if (!rest.startsWith(token.literal)) throw fail();
      rest = rest.slice(token.literal.length);
      continue;
    }
    if (token.element === 'AM' || token.element === 'PM') {
      const meridiem = /^(AM|PM)/i.exec(rest)?.[1];
      if (!meridiem) throw fail();
      pm = meridiem.toUpperCase() === 'PM';
      rest = rest.slice(2);
      continue;
    }
    if (token.element === 'MON') {
      const month = MONTHS.indexOf(rest.slice(0, 3).toUpperCase());
      if (month < 0) throw fail();
      wall.month = month + 1;
      rest = rest.slice(3);
      continue;
    }
    const digits = /^\d+/.exec(rest)?.[0].slice(0, token.element === 'YYYY' ? 4 : 2);
    if (!digits) throw fail();
    rest = rest.slice(digits.length);
    const value = Number(digits);
    if (token.element === 'YYYY') wall.year = value;
    else if (token.element === 'YY') wall.year = 2000 + value;
    else if (token.element === 'MM') wall.month = value;
    else if (token.element === 'DD') wall.day = value;
    else if (token.element === 'HH24' || token.element === 'HH' || token.element === 'HH12') wall.hour = value;
    else if (token.element === 'MI') wall.minute = value;
    else if (token.element === 'SS') wall.second = value;
  }
  if (rest.length > 0) throw fail();
  if (pm !== null) wall.hour = (wall.hour % 12) + (pm ? 12 : 0);
  const valid =
    wall.month >= 1 &&
    wall.month <= 12 &&
    wall.day >= 1 &&
    wall.day <= 31 &&
    wall.hour < 24 &&
    wall.minute < 60 &&
    wall.second < 60;
  if (!valid) throw fail();
  return fromWallTime(wall, timeZone);
}

/** A calendar date (`YYYY-MM-DD`, no zone) as the instant of its local midnight. */
export function dateOnlyToInstant(date: string, timeZone: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new DateFormatError(`not a date: ${date}`);
  return fromWallTime(
    { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]), hour: 0, minute: 0, second: 0 },
    timeZone,
  );
}

/**
 * NetSuite's date preference (Set Preferences > Date Format), e.g. `M/D/YYYY`, `D/M/YYYY`,
 * `DD.MM.YYYY`, `D-Mon-YYYY`, `YYYY-MM-DD`. SuiteQL shows DATE and DATETIME columns this way.
 */
export function formatUserDate(ms: number, preference: string, timeZone: string): string {
  const wall = toWallTime(ms, timeZone);
  return preference.replace(/YYYY|MM|Mon|M|DD|D/g, (element) => {
    if (element === 'YYYY') return pad(wall.year, 4);
    if (element === 'MM') return pad(wall.month);
    if (element === 'M') return String(wall.month);
    if (element === 'Mon')
      return (MONTHS[wall.month - 1] ?? '').charAt(0) + (MONTHS[wall.month - 1] ?? '').slice(1).toLowerCase();
    if (element === 'DD') return pad(wall.day);
    return String(wall.day);
  });
}

export const USER_DATE_FORMATS = [
  'M/D/YYYY',
  'D/M/YYYY',
  'MM/DD/YYYY',
  'DD/MM/YYYY',
  'D.M.YYYY',
  'DD.MM.YYYY',
  'D-Mon-YYYY',
  'YYYY/MM/DD',
  'YYYY-MM-DD',
];
