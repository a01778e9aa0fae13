// Builds the canonical vendor bill / purchase order snapshot (DESIGN.md "Wire contracts").
import type { ApprovalStatus, ExpenseLine, ItemLine, Ref, TransactionSnapshot } from './snapshot-types';
import type { RecordReader } from './record-reader';
import type { ReferenceLookups } from './reference-lookups';
import {
  amountString,
  dateString,
  decimalString,
  readLineRef,
  readRef,
  readText,
  textOrNull,
  timestampString,
} from './field-values';
import { readCurrency } from './vendor-snapshot';

/** NetSuite's approval status ids: 1 Pending Approval, 2 Approved, 3 Rejected. */
const APPROVAL_BY_ID: Record<string, ApprovalStatus> = { '1': 'pending', '2': 'approved', '3': 'rejected' };

function readApprovalStatus(transaction: RecordReader): ApprovalStatus {
  const id = readText(transaction, 'approvalstatus');
  return id === null ? null : (APPROVAL_BY_ID[id] ?? null);
}

function lineNumber(transaction: RecordReader, sublistId: string, line: number): number {
  const value = Number(transaction.getSublistValue({ sublistId, fieldId: 'line', line }));
  return Number.isInteger(value) && value > 0 ? value : line + 1;
}

function lineReader(transaction: RecordReader, sublistId: string, line: number) {
  const text = (fieldId: string) => textOrNull(transaction.getSublistValue({ sublistId, fieldId, line }));
  const ref = (fieldId: string) => readLineRef(transaction, { sublistId, fieldId, line });
  return { text, ref, number: lineNumber(transaction, sublistId, line) };
}

function readExpenses(transaction: RecordReader, lookups: ReferenceLookups): ExpenseLine[] {
  const lines: ExpenseLine[] = [];
  const count = transaction.getLineCount({ sublistId: 'expense' });
  for (let index = 0; index < count; index += 1) {
    const line = lineReader(transaction, 'expense', index);
    const accountId = line.text('account');
    if (accountId === null) throw new Error(`Expense line ${line.number} has no account`);
    lines.push({
      line: line.number,
      account: lookups.account(accountId),
      amount: amountString(line.text('amount')),
      department: line.ref('department'),
      location: line.ref('location'),
      memo: line.text('memo'),
    });
  }
  return lines;
}

function readItems(transaction: RecordReader, lookups: ReferenceLookups): ItemLine[] {
  const lines: ItemLine[] = [];
  const count = transaction.getLineCount({ sublistId: 'item' });
  for (let index = 0; index < count; index += 1) {
    const line = lineReader(transaction, 'item', index);
    const item = line.ref('item');
    if (item === null) throw new Error(`Item line ${line.number} has no item`);
    const expenseAccountId = lookups.itemExpenseAccountId(item.id);
    lines.push({
      line: line.number,
      item,
      quantity: decimalString(line.text('quantity')),
      rate: decimalString(line.text('rate')),
      amount: amountString(line.text('amount')),
      account: expenseAccountId === null ? null : lookups.account(expenseAccountId),
      department: line.ref('department'),
      location: line.ref('location'),
      description: line.text('description'),
    });
  }
  return lines;
}

/** A bill's lines point at the purchase orders they were billed from (`orderdoc`). */
function readPurchaseOrders(transaction: RecordReader, lookups: ReferenceLookups): { id: string; tranId: string }[] {
  const ids = new Set<string>();
  for (const sublistId of ['item', 'expense']) {
    const count = transaction.getLineCount({ sublistId });
    for (let line = 0; line < count; line += 1) {
      const id = textOrNull(transaction.getSublistValue({ sublistId, fieldId: 'orderdoc', line }));
      if (id !== null) ids.add(id);
    }
  }
  return [...ids].map((id) => ({ id, tranId: lookups.purchaseOrderNumber(id) }));
}

const NO_REF: Ref = { id: '', name: '' };

export function buildTransactionSnapshot(
  transaction: RecordReader,
  transactionId: string,
  kind: 'vendorbill' | 'purchaseorder',
  lookups: ReferenceLookups,
  now: Date,
): TransactionSnapshot {
  const tranDate = dateString(transaction.getValue({ fieldId: 'trandate' }));
  if (tranDate === null) throw new Error(`Transaction ${transactionId} has no date`);
  const statusText = transaction.getText({ fieldId: 'status' });
  return {
    id: transactionId,
    tranId: readText(transaction, 'tranid') ?? '',
    entity: readRef(transaction, 'entity') ?? NO_REF,
    tranDate,
    dueDate: dateString(transaction.getValue({ fieldId: 'duedate' })),
    currency: readCurrency(transaction, lookups),
    exchangeRate: decimalString(transaction.getValue({ fieldId: 'exchangerate' })) ?? '1',
    terms: readRef(transaction, 'terms'),
    memo: readText(transaction, 'memo'),
    approvalStatus: readApprovalStatus(transaction),
    status: textOrNull(statusText) ?? readText(transaction, 'status') ?? '',
    subsidiary: readRef(transaction, 'subsidiary') ?? NO_REF,
    department: readRef(transaction, 'department'),
    location: readRef(transaction, 'location'),
    total: amountString(transaction.getValue({ fieldId: 'total' })),
    purchaseOrders: kind === 'vendorbill' ? readPurchaseOrders(transaction, lookups) : [],
    expenses: readExpenses(transaction, lookups),
    items: readItems(transaction, lookups),
    lastModified: timestampString(transaction.getValue({ fieldId: 'lastmodifieddate' }), now),
  };
}
