import { amountRemaining, applicationsTo, PAYMENT_TYPES } from '../../account/bill-payments';
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
import { displayName } from '../../account/derived';
import { byId, scanAll } from './lookups';

type Row = Readonly<AccountRecord>;
export const TRANSACTION_TYPES: RecordType[] = ['vendorbill', 'purchaseorder', ...PAYMENT_TYPES];

const TYPE_NAMES: Partial<Record<RecordType, string>> = {
  purchaseorder: 'Purchase Order',
  vendorpayment: 'Bill Payment',
  vendorcredit: 'Bill Credit',
};
const typeName = (row: Row) => TYPE_NAMES[row.type] ?? 'Bill';

function* orderedTransactions(context: ColumnContext, from?: number): Generator<Row> {
  const { store } = context;
  const keys = mergeSorted(TRANSACTION_TYPES.map((type) => store.indexOf(type).from(from)));
  for (const key of keys) {
    const id = String(key.id);
    const record = TRANSACTION_TYPES.map((type) => store.peek(type, id)).find(Boolean);
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
      // What is still due on a bill, in its currency (a public SuiteQL reference:
      // https://meir.prolecto.com/2023/02/19/sql-ar-and-ap-fields/); null for other types.
      foreignamountunpaid: {
        get: (row) => (row.type === 'vendorbill' ? amountRemaining(store, row, transactionTotal(row)) : null),
      },
      voided: { get: (row) => (row.fields.voided === true ? 'T' : 'F') },
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
  linkType: 'OrdBill' | 'Payment';
  amount: number | null;
}

/**
 * Transaction links, one row per linked pair here: bill ← PO (`OrdBill`) and payment or bill credit
 * ← bill (`Payment`, with the amount applied). NetSuite has the same rows in PreviousTransactionLineLink
 * and NextTransactionLineLink (https://timdietrich.me/blog/netsuite-suiteql-related-transactions);
 * a voided payment links nothing.
 */
export function previousTransactionLinkTable(
  context: ColumnContext,
  name = 'previoustransactionlinelink',
): TableDefinition {
  const { store } = context;
  const rowsFor = function* (bills: Iterable<Row>): Generator<LinkRow> {
    for (const bill of bills) {
      const orders = bill.fields.purchaseorders;
      if (Array.isArray(orders)) {
        for (const orderId of orders) {
          const order = store.peek('purchaseorder', orderId);
          if (order) yield { previous: order, next: bill, linkType: 'OrdBill', amount: null };
        }
      }
      for (const { payment, amount } of applicationsTo(store, bill.id)) {
        yield { previous: bill, next: payment, linkType: 'Payment', amount };
      }
    }
  };
  const paymentLinks = function* (payments: Iterable<Row>): Generator<LinkRow> {
    for (const payment of payments) {
      if (payment.fields.voided === true) continue;
      for (const line of payment.sublists.apply ?? []) {
        const bill = store.peek('vendorbill', String(line.doc));
        if (bill && line.apply !== false)
          yield { previous: bill, next: payment, linkType: 'Payment', amount: Number(line.amount) };
      }
    }
  };
  const doc = (row: Row) => ({ get: () => Number(row.id), display: () => displayName(store, row.type, row.id) });
  return defineTable<LinkRow>({
    name,
    columns: {
      previousdoc: { get: (row) => doc(row.previous).get(), display: (row) => doc(row.previous).display() },
      previoustype: { get: (row) => transactionTypeCode(row.previous.type) },
      nextdoc: { get: (row) => doc(row.next).get(), display: (row) => doc(row.next).display() },
      nexttype: { get: (row) => transactionTypeCode(row.next.type) },
      linktype: { get: (row) => row.linkType },
      foreignamount: { get: (row) => row.amount },
    },
    scan: () => rowsFor(store.scan('vendorbill')),
    lookup: {
      nextdoc: (keys) => [
        ...rowsFor(byId(store, ['vendorbill'])(keys)),
        ...paymentLinks(byId(store, [...PAYMENT_TYPES])(keys)),
      ],
      previousdoc: (keys) => rowsFor(byId(store, ['vendorbill'])(keys)),
    },
  });
}
