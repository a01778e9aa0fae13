// The period a reconciliation covers: a calendar month (`2026-10`) or an inclusive date range
// (`2026-10-01..2026-10-15`). Dates are calendar days, compared as text.

export interface Period {
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day (inclusive), YYYY-MM-DD. */
  to: string;
  /** As the user wrote it, for titles and file names. */
  label: string;
}

const MONTH = /^(\d{4})-(\d{2})$/;
const RANGE = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

export class PeriodError extends Error {}

/** `2026-10` → 2026-10-01..2026-10-31; `A..B` → A..B. Anything else is a PeriodError saying what to write. */
export function parsePeriod(text: string): Period {
  const value = text.trim();
  const month = MONTH.exec(value);
  if (month) {
    const year = Number(month[1]);
    const monthNumber = Number(month[2]);
    if (monthNumber < 1 || monthNumber > 12) throw new PeriodError(`"${text}" has no month ${month[2]}.`);
    const lastDay = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
    return { from: `${value}-01`, to: `${value}-${String(lastDay).padStart(2, '0')}`, label: value };
  }
  const range = RANGE.exec(value);
  if (range) {
    const [from, to] = [range[1]!, range[2]!];
    for (const day of [from, to]) {
      if (!isCalendarDay(day)) throw new PeriodError(`"${day}" is not a calendar date.`);
    }
    if (from > to) throw new PeriodError(`The period starts (${from}) after it ends (${to}).`);
    return { from, to, label: value };
  }
  throw new PeriodError(
    `"${text}" is not a period: write a month as YYYY-MM (2026-10) or a range as YYYY-MM-DD..YYYY-MM-DD.`,
  );
}

function isCalendarDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}
