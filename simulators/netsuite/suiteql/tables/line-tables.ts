import { transactionTotal } from '../../account/derived';
import type { AccountStore } from '../../account/store';
import type { AccountRecord, Fields } from '../../account/types';
import { flag, numeric, reference, text, type ColumnContext } from '../record-columns';
import { defineTable, type TableDefinition } from '../table';
import { byId, scanAll } from './lookups';
import { TRANSACTION_TYPES } from './transaction-table';

interface LineRow {
  transaction: Readonly<AccountRecord>;
  /** null for the header row (mainline = 'T'). */
  line: Readonly<Fields> | null;
  kind: 'mainline' | 'expense' | 'item';
  sequence: number;
}

function* linesOf(transactions: Iterable<Readonly<AccountRecord>>): Generator<LineRow> {
  for (const transaction of transactions) {
    yield { transaction, line: null, kind: 'mainline', sequence: 0 };
    let sequence = 1;
    for (const kind of ['expense', 'item'] as const) {
      for (const line of transaction.sublists[kind] ?? []) yield { transaction, line, kind, sequence: sequence++ };
    }
  }
}

/** The GL account a line posts to: an expense line's account, an item line's item expense account. */
function lineAccount(store: AccountStore, row: LineRow): string | null {
  if (!row.line) return null;
  if (row.kind === 'expense') return (row.line.account as string | null) ?? null;
  const item = typeof row.line.item === 'string' ? store.peek('item', row.line.item) : undefined;
  return (item?.fields.expenseaccount as string | null | undefined) ?? null;
}

function lineAmount(row: LineRow): number {
  // The header carries the payable (a credit) and each line its debit.
  return row.line ? Number(row.line.amount ?? 0) : -transactionTotal(row.transaction);
}

/**
 * A line's own department or location, null when the line has none (as the record view shows it);
 * only the header row (mainline) carries the body's. Not inheriting is the harder case for clients:
 * they must fall back to the header themselves.
 */
function bodyOrLine(row: LineRow, name: string) {
  return row.line ? (row.line[name] ?? null) : row.transaction.fields[name];
}

export function transactionLineTables(context: ColumnContext): TableDefinition[] {
  const { store } = context;
  const lineId = (row: LineRow) => (row.line ? Number(row.line.line ?? row.sequence) : 0);
  const lookup = {
    transaction: (keys: Parameters<ReturnType<typeof byId>>[0]) => linesOf(byId(store, TRANSACTION_TYPES)(keys)),
  };
  const scan = () => linesOf(scanAll(store, TRANSACTION_TYPES));
  const transactionLine = defineTable<LineRow>({
    name: 'transactionline',
    columns: {
      transaction: reference(context, 'vendorbill', (row) => row.transaction.id),
      id: { get: lineId },
      linesequencenumber: { get: (row) => row.sequence },
      mainline: flag((row) => row.kind === 'mainline'),
      taxline: flag(() => false),
      accountinglinetype: text((row) => (row.kind === 'mainline' ? null : row.kind === 'expense' ? 'EXPENSE' : 'ITEM')),
      item: reference(context, 'item', (row) => row.line?.item),
      expenseaccount: reference(context, 'account', (row) => lineAccount(store, row)),
      netamount: { get: lineAmount },
      foreignamount: { get: lineAmount },
      quantity: numeric((row) => row.line?.quantity),
      rate: numeric((row) => row.line?.rate),
      department: reference(context, 'department', (row) => bodyOrLine(row, 'department')),
      location: reference(context, 'location', (row) => bodyOrLine(row, 'location')),
      class: { get: () => null },
      subsidiary: reference(context, 'subsidiary', (row) => row.transaction.fields.subsidiary),
      entity: reference(context, 'vendor', (row) => row.transaction.fields.entity),
      memo: text((row) => (row.line ? (row.line.memo ?? row.line.description) : row.transaction.fields.memo)),
      createdfrom: reference(context, 'purchaseorder', (row) => row.line?.orderdoc),
    },
    scan,
    lookup,
  });
  const accountingLine = defineTable<LineRow>({
    name: 'transactionaccountingline',
    columns: {
      transaction: reference(context, 'vendorbill', (row) => row.transaction.id),
      transactionline: { get: lineId },
      account: reference(context, 'account', (row) => lineAccount(store, row)),
      debit: { get: (row) => (row.line ? lineAmount(row) : null) },
      credit: { get: (row) => (row.line ? null : -lineAmount(row)) },
      amount: { get: lineAmount },
      netamount: { get: lineAmount },
      posting: flag((row) => row.transaction.type === 'vendorbill' && row.transaction.fields.approvalstatus !== '1'),
      accountingbook: { get: () => 1 },
    },
    scan,
    lookup,
  });
  return [transactionLine, accountingLine];
}
