// Turns N/record field values (strings, numbers, Dates, booleans, 'T'/'F') into the snapshot's
// wire forms: ids as strings, amounts as decimal strings, dates YYYY-MM-DD, times ISO-8601.
import type { Ref } from './snapshot-types';
import type { FieldOptions, RecordReader, SublistFieldOptions } from './record-reader';

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

export function textOrNull(value: unknown): string | null {
  if (isBlank(value)) return null;
  return Array.isArray(value) ? value.join(', ') : String(value);
}

export function isTrue(value: unknown): boolean {
  return value === true || value === 'T' || value === 'true';
}

/** Amounts carry exactly two decimals ("1250.00"); NetSuite returns currency fields as numbers. */
export function amountString(value: unknown): string {
  const amount = Number(isBlank(value) ? 0 : value);
  if (!Number.isFinite(amount)) throw new Error(`Not an amount: ${String(value)}`);
  return amount.toFixed(2);
}

/**
 * Quantities, rates and exchange rates keep their own precision, without float noise, in the
 * shortest plain decimal spelling ("1", "1.37", "0.00000075"): never "1.00", never an exponent.
 */
export function decimalString(value: unknown): string | null {
  if (isBlank(value)) return null;
  const number = Number(value);
  if (!Number.isFinite(number)) throw new Error(`Not a number: ${String(value)}`);
  return withoutExponent(String(Number(number.toPrecision(15))));
}

/** JavaScript writes numbers below 1e-6 or from 1e21 as "7.5e-7": move the point instead. */
function withoutExponent(text: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

function pad(number: number, width = 2): string {
  return String(number).padStart(width, '0');
}

/** Date fields come back as Date objects at local midnight; string forms are taken as ISO. */
export function dateString(value: unknown): string | null {
  if (isBlank(value)) return null;
  if (value instanceof Date) {
    return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  const text = String(value);
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) return text.slice(0, 10);
  throw new Error(`Not a date: ${text}`);
}

/** ISO-8601 in UTC without milliseconds, e.g. 2026-11-20T14:03:11Z. */
export function isoTime(value: Date): string {
  return value.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function timestampString(value: unknown, fallback: Date): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return isoTime(value);
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return isoTime(new Date(value));
  return isoTime(fallback);
}

function firstText(text: string | string[]): string {
  return Array.isArray(text) ? (text[0] ?? '') : text;
}

/** A select field as `{ id, name }`, or null when empty. */
export function readRef(record: RecordReader, fieldId: string): Ref | null {
  const options: FieldOptions = { fieldId };
  const id = textOrNull(record.getValue(options));
  return id === null ? null : { id, name: firstText(record.getText(options)) };
}

export function readLineRef(record: RecordReader, options: SublistFieldOptions): Ref | null {
  const id = textOrNull(record.getSublistValue(options));
  return id === null ? null : { id, name: record.getSublistText(options) };
}

export function readText(record: RecordReader, fieldId: string): string | null {
  return textOrNull(record.getValue({ fieldId }));
}
