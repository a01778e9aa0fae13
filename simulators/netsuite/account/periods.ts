// Accounting periods, modelled simply: one per calendar month, all open until closed. A transaction
// posts in the month of its trandate unless its `postingperiod` field names another period. In a
// closed period a transaction can be neither added, edited nor deleted until the period is reopened
// ("Voiding, Deleting, or Closing Transactions",
// https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_N563543.html); the strict
// default, without "Allow Non-G/L Changes", is modelled. Vendors have no period.
import { RecordRuleError } from './errors';
import type { AccountRecord, Fields, RecordType } from './types';

const KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const PERIOD_TYPES: readonly RecordType[] = ['vendorbill', 'purchaseorder'];

export interface AccountingPeriod {
  /** Internal id: year × 100 + month, e.g. `202611` (NetSuite's are arbitrary; these are stable). */
  id: string;
  /** `2026-11` */
  key: string;
  /** `Nov 2026`, as NetSuite names a month period. */
  name: string;
  startDate: string;
  endDate: string;
  closed: boolean;
}

/** Checks a `YYYY-MM` period key; throws on anything else. */
export function checkPeriodKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`an accounting period is a month written YYYY-MM, got ${JSON.stringify(key)}`);
  return key;
}

export function periodIdOf(key: string): string {
  const [, year, month] = KEY.exec(checkPeriodKey(key)) as unknown as [string, string, string];
  return String(Number(year) * 100 + Number(month));
}

export function periodKeyOfId(id: string): string | null {
  const numeric = Number(id);
  if (!Number.isInteger(numeric)) return null;
  const key = `${Math.floor(numeric / 100)}-${String(numeric % 100).padStart(2, '0')}`;
  return KEY.test(key) ? key : null;
}

/** The period a transaction posts in: its `postingperiod`, else the month of its `trandate`. */
export function periodOf(fields: Readonly<Fields>): string | null {
  const posting = fields.postingperiod;
  if ((typeof posting === 'string' && posting !== '') || typeof posting === 'number')
    return periodKeyOfId(String(posting));
  const date = fields.trandate;
  return typeof date === 'string' && KEY.test(date.slice(0, 7)) ? date.slice(0, 7) : null;
}

export function describePeriod(key: string, closed: boolean): AccountingPeriod {
  const [, year, month] = KEY.exec(checkPeriodKey(key)) as unknown as [string, string, string];
  const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return {
    id: periodIdOf(key),
    key,
    name: `${MONTHS[Number(month) - 1]} ${year}`,
    startDate: `${key}-01`,
    endDate: `${key}-${String(lastDay).padStart(2, '0')}`,
    closed,
  };
}

export class AccountingPeriods {
  private readonly closedKeys = new Set<string>();

  close(key: string): void {
    this.closedKeys.add(checkPeriodKey(key));
  }

  reopen(key: string): void {
    this.closedKeys.delete(checkPeriodKey(key));
  }

  isClosed(key: string | null): boolean {
    return key !== null && this.closedKeys.has(key);
  }

  closed(): string[] {
    return [...this.closedKeys].sort();
  }

  /** Refuses editing or deleting a transaction whose period is closed. */
  checkExisting(type: RecordType, record: Readonly<AccountRecord>): void {
    if (!PERIOD_TYPES.includes(type)) return;
    const key = periodOf(record.fields);
    if (!this.isClosed(key)) return;
    throw new RecordRuleError(
      'closed_period',
      'USER_ERROR',
      `This transaction is in a closed accounting period (${describePeriod(key as string, true).name}). ` +
        'To edit or delete it, reopen the period.',
    );
  }

  /** Refuses a transaction that would post in a closed period (a new one, or one moved there). */
  checkTarget(type: RecordType, fields: Readonly<Fields>): void {
    if (!PERIOD_TYPES.includes(type) || !this.isClosed(periodOf(fields))) return;
    throw new RecordRuleError(
      'closed_period',
      'USER_ERROR',
      'The transaction date is not within an open accounting period.',
    );
  }
}
