import { APPROVAL_STATUS_NAMES, statusCode, transactionTotal, transactionTypeCode } from '../../account/derived';
import { mergeSorted } from '../../account/keyset-index';
import { describePeriod, periodIdOf, periodOf } from '../../account/periods';
import type { AccountRecord, RecordType } from '../../account/types';
import {
  customColumns,
  date,
  field,
  numeric,
  recordBasics,
  reference,
  text,
  type ColumnContext,
} from '../record-columns';
import { defineTable, type TableDefinition } from '../table';
import { byId, scanAll } from './lookups';

type Row = Readonly<AccountRecord>;
export const TRANSACTION_TYPES: RecordType[] = ['vendorbill', 'purchaseorder'];

const typeName = (row: Row) => (row.type === 'purchaseorder' ? 'Purchase Order' : 'Bill');

function* orderedTransactions(context: ColumnContext, from?: number): Generator<Row> {
  const { store } = context;
  const keys = mergeSorted(TRANSACTION_TYPES.map((type) => store.indexOf(type).from(from)));
  for (const key of keys) {
    const id = String(key.id);
    const record = store.peek('vendorbill', id) ?? store.peek('purchaseorder', id);
    if (record) yield record;
  }
}

export function transactionTable(context: ColumnContext): TableDefinition {
  const { store } = context;
  return defineTable<Row>({
    name: 'transaction',
    columns: {
      ...recordBasics('createddate'),
      tranid: field('tranid'),
      trandate: date(context, (row) => row.fields.trandate),
      duedate: date(context, (row) => row.fields.duedate),
      type: { get: (row) => transactionTypeCode(row.type), display: typeName },
      recordtype: text((row) => row.type),
      status: {
        get: (row) => (row.fields.status ? statusCode(row.type, String(row.fields.status)) : null),
        // NetSuite names a transaction status with its type: "Bill : Open".
        display: (row) => (row.fields.status ? `${typeName(row)} : ${String(row.fields.status)}` : null),
      },
      approvalstatus: {
        get: (row) => (typeof row.fields.approvalstatus === 'string' ? Number(row.fields.approvalstatus) : null),
        display: (row) => APPROVAL_STATUS_NAMES[String(row.fields.approvalstatus)] ?? null,
      },
      entity: reference(context, 'vendor', (row) => row.fields.entity),
      currency: reference(context, 'currency', (row) => row.fields.currency),
      terms: reference(context, 'term', (row) => row.fields.terms),
      exchangerate: numeric((row) => row.fields.exchangerate),
      foreigntotal: { get: (row) => transactionTotal(row) },
      memo: field('memo'),
      postingperiod: {
        get: (row) => {
          const key = periodOf(row.fields);
          return key === null ? null : Number(periodIdOf(key));
        },
        display: (row) => {
          const key = periodOf(row.fields);
          return key === null ? null : describePeriod(key, false).name;
        },
      },
      ...customColumns(store, 'vendorbill'),
    },
    scan: () => scanAll(store, TRANSACTION_TYPES),
    ordered: { column: 'lastmodifieddate', scan: (from) => orderedTransactions(context, from) },
    lookup: { id: byId(store, TRANSACTION_TYPES) },
  });
}

interface LinkRow {
  previous: Row;
  next: Row;
}

/** Bill ← PO links (NetSuite's PreviousTransactionLineLink, one row per linked pair here). */
export function previousTransactionLinkTable(context: ColumnContext): TableDefinition {
  const { store } = context;
  const rowsFor = function* (bills: Iterable<Row>): Generator<LinkRow> {
    for (const bill of bills) {
      const orders = bill.fields.purchaseorders;
      if (!Array.isArray(orders)) continue;
      for (const orderId of orders) {
        const order = store.peek('purchaseorder', orderId);
        if (order) yield { previous: order, next: bill };
      }
    }
  };
  return defineTable<LinkRow>({
    name: 'previoustransactionlinelink',
    columns: {
      previousdoc: reference(context, 'purchaseorder', (row) => row.previous.id),
      previoustype: { get: () => 'PurchOrd' },
      nextdoc: reference(context, 'vendorbill', (row) => row.next.id),
      nexttype: { get: () => 'VendBill' },
      linktype: { get: () => 'OrdBill' },
    },
    scan: () => rowsFor(store.scan('vendorbill')),
    lookup: { nextdoc: (keys) => rowsFor(byId(store, ['vendorbill'])(keys)) },
  });
}
