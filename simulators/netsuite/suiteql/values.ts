import { SuiteQlError } from './errors';

/** A DATE or DATETIME value: an instant; `dateOnly` marks DATE columns and TO_DATE results. */
export class SqlTime {
  constructor(
    readonly ms: number,
    readonly dateOnly: boolean,
  ) {}
}

/** What SuiteQL expressions evaluate to; booleans only come from predicates. */
export type SqlValue = string | number | SqlTime | boolean | null;

const NUMERIC = /^-?\d+(\.\d+)?$/;

function describe(value: SqlValue): string {
  if (value instanceof SqlTime) return 'a date';
  return typeof value === 'number' ? 'a number' : typeof value === 'string' ? 'text' : 'a condition';
}

/**
 * Oracle-like comparison: numbers with numbers (numeric text converts), text with text, dates with
 * dates. Text against a date is refused, as NetSuite refuses an ISO string compared with a date column.
 */
export function compareValues(left: SqlValue, right: SqlValue): number | null {
  if (left === null || right === null) return null;
  if (left instanceof SqlTime || right instanceof SqlTime) {
    if (left instanceof SqlTime && right instanceof SqlTime) return left.ms - right.ms;
    throw new SuiteQlError(`cannot compare ${describe(left)} with ${describe(right)}; use TO_DATE or TO_TIMESTAMP`);
  }
  if (typeof left === 'number' || typeof right === 'number') {
    const a = typeof left === 'string' && NUMERIC.test(left.trim()) ? Number(left) : left;
    const b = typeof right === 'string' && NUMERIC.test(right.trim()) ? Number(right) : right;
    if (typeof a !== 'number' || typeof b !== 'number') {
      throw new SuiteQlError(`invalid number: cannot compare ${describe(left)} with ${describe(right)}`);
    }
    return a - b;
  }
  if (typeof left === 'string' && typeof right === 'string') return left < right ? -1 : left > right ? 1 : 0;
  throw new SuiteQlError(`cannot compare ${describe(left)} with ${describe(right)}`);
}

/** A stable key for hash joins and IN lists: numeric text and numbers meet. */
export function joinKey(value: SqlValue): string | null {
  if (value === null) return null;
  if (value instanceof SqlTime) return `t${value.ms}`;
  if (typeof value === 'number') return `n${value}`;
  if (typeof value === 'string' && NUMERIC.test(value)) return `n${Number(value)}`;
  return `s${String(value)}`;
}
