// NetSuite's `accountingperiod` table, for the month periods the simulator models (account/periods.ts):
// every month from the earliest transaction's (or closed period's) to the latest's or the clock's,
// whichever is later. Quarters and years are not modelled, so `isyear` and `isquarter` are always 'F'.
import { describePeriod, periodOf, type AccountingPeriod } from '../../account/periods';
import type { AccountStore } from '../../account/store';
import { date, type ColumnContext } from '../record-columns';
import { defineTable, type TableDefinition } from '../table';
import { TRANSACTION_TYPES } from './transaction-table';

function monthKeys(store: AccountStore): string[] {
  const keys = new Set<string>(store.periods.closed());
  for (const type of TRANSACTION_TYPES) {
    for (const record of store.scan(type)) {
      const key = periodOf(record.fields);
      if (key) keys.add(key);
    }
  }
  keys.add(new Date(store.clock.now()).toISOString().slice(0, 7));
  const sorted = [...keys].sort();
  const months: string[] = [];
  let [year, month] = (sorted[0] as string).split('-').map(Number) as [number, number];
  const last = sorted.at(-1) as string;
  for (let key = sorted[0] as string; key <= last;) {
    months.push(key);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
    key = `${year}-${String(month).padStart(2, '0')}`;
  }
  return months;
}

export function accountingPeriodTable(context: ColumnContext): TableDefinition {
  const { store } = context;
  const flag = (value: boolean) => (value ? 'T' : 'F');
  return defineTable<AccountingPeriod>({
    name: 'accountingperiod',
    columns: {
      id: { get: (row) => Number(row.id) },
      periodname: { get: (row) => row.name },
      startdate: date(context, (row) => row.startDate),
      enddate: date(context, (row) => row.endDate),
      closed: { get: (row) => flag(row.closed) },
      isyear: { get: () => 'F' },
      isquarter: { get: () => 'F' },
      isadjust: { get: () => 'F' },
    },
    scan: () => monthKeys(store).map((key) => describePeriod(key, store.periods.isClosed(key))),
  });
}
