import type { DrfErrors } from './drf-errors';
import { invalidPk } from './errors';
import { byId, type SimState } from './state';

// Field checks for the undocumented bill-write bodies, which the spec cannot validate. Each reader
// records a DRF-style message in `errors` and returns a usable fallback, so one pass reports every field.

export class FieldReader {
  readonly errors: DrfErrors = {};
  constructor(
    private readonly state: SimState,
    private readonly body: Record<string, unknown>,
  ) {}

  has(field: string): boolean {
    return field in this.body;
  }

  private fail(field: string, message: string): void {
    this.errors[field] = [message];
  }

  pk(
    field: string,
    records: keyof Pick<SimState, 'vendors' | 'currencies' | 'accounts'>,
    required: boolean,
  ): number | null {
    const value = this.body[field];
    if (value === undefined || value === null) {
      if (required) this.fail(field, value === null ? 'This field may not be null.' : 'This field is required.');
      return null;
    }
    if (!Number.isInteger(value)) {
      this.fail(
        field,
        `Incorrect type. Expected pk value, received ${typeof value === 'string' ? 'str' : typeof value}.`,
      );
      return null;
    }
    if (!byId(this.state[records] as { id: number }[], value as number)) {
      this.fail(field, invalidPk(value));
      return null;
    }
    return value as number;
  }

  text(field: string, maxLength: number, fallback = ''): string {
    const value = this.body[field];
    if (value === undefined || value === null) return fallback;
    if (typeof value !== 'string') {
      this.fail(field, 'Not a valid string.');
      return fallback;
    }
    if (value.length > maxLength) this.fail(field, `Ensure this field has no more than ${maxLength} characters.`);
    return value;
  }

  /** A date written as `YYYY-MM-DD` (or a date-time); stored as the read model's date-time. */
  date(field: string): string | null {
    const value = this.body[field];
    if (value === undefined || value === null || value === '') return null;
    const text = String(value);
    if (!/^\d{4}-\d{2}-\d{2}(T.*)?$/.test(text) || Number.isNaN(Date.parse(text))) {
      this.fail(field, 'Date has wrong format. Use one of these formats instead: YYYY-MM-DD.');
      return null;
    }
    return `${text.slice(0, 10)}T00:00:00Z`;
  }

  decimal(field: string, fallback: string): string {
    const value = this.body[field];
    if (value === undefined || value === null) return fallback;
    const text = String(value);
    if (!/^-?\d{0,13}(\.\d{0,8})?$/.test(text) || text === '' || text === '-') {
      this.fail(field, 'A valid number is required.');
      return fallback;
    }
    return text;
  }

  number(field: string, fallback: number): number {
    const value = this.body[field];
    if (value === undefined || value === null) return fallback;
    const parsed = typeof value === 'number' ? value : Number(value);
    if (!Number.isFinite(parsed)) {
      this.fail(field, 'A valid number is required.');
      return fallback;
    }
    return parsed;
  }

  bool(field: string, fallback: boolean): boolean {
    const value = this.body[field];
    if (value === undefined || value === null) return fallback;
    if (typeof value !== 'boolean') this.fail(field, 'Must be a valid boolean.');
    return value === true;
  }

  list(field: string, required: boolean): unknown[] {
    const value = this.body[field];
    if (value === undefined) {
      if (required) this.fail(field, 'This field is required.');
      return [];
    }
    if (!Array.isArray(value)) {
      this.fail(field, `Expected a list of items but got type "${typeof value}".`);
      return [];
    }
    return value;
  }

  nested(field: string, index: number, errors: DrfErrors): void {
    const slot = (this.errors[field] as DrfErrors | undefined) ?? {};
    slot[String(index)] = errors as unknown as string[];
    this.errors[field] = slot;
  }

  ok(): boolean {
    return Object.keys(this.errors).length === 0;
  }
}

export function formatAmount(value: number): string {
  return value.toFixed(8);
}
