import { DateFormatError, formatUserDate, formatWithModel, parseWithModel } from './date-format';
import { SuiteQlError } from './errors';
import { SqlTime, type SqlValue } from './values';

export interface QuerySettings {
  /** IANA zone of the running user's preference: TO_CHAR, TO_TIMESTAMP and date columns use it. */
  timeZone: string;
  /** The user's date format preference, e.g. `M/D/YYYY`. */
  dateFormat: string;
}

type Implementation = (args: SqlValue[], settings: QuerySettings) => SqlValue;

function text(value: SqlValue, name: string): string {
  if (typeof value !== 'string') throw new SuiteQlError(`${name} expects text`);
  return value;
}

function parseTime(args: SqlValue[], settings: QuerySettings, name: string, dateOnly: boolean): SqlValue {
  const [value, model] = args;
  if (value === null || value === undefined) return null;
  if (model === undefined) throw new SuiteQlError(`${name} needs an explicit format model`);
  try {
    const ms = parseWithModel(text(value, name), text(model as SqlValue, name), settings.timeZone);
    return new SqlTime(dateOnly ? ms : ms, dateOnly);
  } catch (error) {
    if (error instanceof DateFormatError) throw new SuiteQlError(error.message);
    throw error;
  }
}

/** Renders any value as NetSuite shows it in a SuiteQL result (every value is a string). */
export function valueToText(value: SqlValue, settings: QuerySettings): string | null {
  if (value === null) return null;
  if (value instanceof SqlTime) return formatUserDate(value.ms, settings.dateFormat, settings.timeZone);
  if (typeof value === 'boolean') return value ? 'T' : 'F';
  return String(value);
}

const FUNCTIONS: Record<string, { arity: [number, number]; run: Implementation }> = {
  TO_CHAR: {
    arity: [1, 2],
    run: ([value, model], settings) => {
      if (value === null || value === undefined) return null;
      if (value instanceof SqlTime && model !== undefined) {
        try {
          return formatWithModel(value.ms, text(model, 'TO_CHAR'), settings.timeZone);
        } catch (error) {
          if (error instanceof DateFormatError) throw new SuiteQlError(error.message);
          throw error;
        }
      }
      return valueToText(value, settings);
    },
  },
  TO_TIMESTAMP: { arity: [1, 2], run: (args, settings) => parseTime(args, settings, 'TO_TIMESTAMP', false) },
  TO_DATE: { arity: [1, 2], run: (args, settings) => parseTime(args, settings, 'TO_DATE', true) },
  TO_NUMBER: {
    arity: [1, 1],
    run: ([value]) => {
      if (value === null || value === undefined) return null;
      const number = Number(value);
      if (typeof value !== 'number' && (typeof value !== 'string' || value.trim() === '' || Number.isNaN(number))) {
        throw new SuiteQlError('invalid number');
      }
      return number;
    },
  },
  UPPER: { arity: [1, 1], run: ([value]) => (typeof value === 'string' ? value.toUpperCase() : (value ?? null)) },
  LOWER: { arity: [1, 1], run: ([value]) => (typeof value === 'string' ? value.toLowerCase() : (value ?? null)) },
  NVL: { arity: [2, 2], run: ([value, fallback]) => value ?? fallback ?? null },
  COALESCE: { arity: [1, 32], run: (args) => args.find((value) => value !== null) ?? null },
};

export function lookupFunction(name: string, argumentCount: number): Implementation {
  const found = FUNCTIONS[name];
  if (!found) throw new SuiteQlError(`unknown function ${name}`);
  const [min, max] = found.arity;
  if (argumentCount < min || argumentCount > max) {
    throw new SuiteQlError(`${name} takes ${min === max ? min : `${min} to ${max}`} arguments, got ${argumentCount}`);
  }
  return found.run;
}
