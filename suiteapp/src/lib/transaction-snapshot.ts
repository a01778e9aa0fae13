// Builds the canonical vendor bill / purchase order snapshot (docs/architecture.md "Snapshots").
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
import { ALL_FEATURES, type AccountFeatures } from './account-features';

/** NetSuite's approval status ids: 1 Pending Approval, 2 Approved, 3 Rejected. */
const APPROVAL_BY_ID: Record<string, ApprovalStatus> = { '1': 'pending', '2': 'approved', '3': 'rejected' };

/** A bill's approval status as its `approvalstatus` field holds it; null when the field is empty. */
export function readApprovalStatus(transaction: Pick<RecordReader, 'getValue'>): ApprovalStatus {
  const id = textOrNull(transaction.getValue({ fieldId: 'approvalstatus' }));
  return id === null ? null : (APPROVAL_BY_ID[id] ?? null);
}

function lineNumber(transaction: RecordReader, sublistId: string, line: number): number {
  const value = Number(transaction.getSublistValue({ sublistId, fieldId: 'line', line }));
  return Number.isInteger(value) && value > 0 ? value : line + 1;
}

function lineReader(transaction: RecordReader, sublistId: string, line: number, features: AccountFeatures) {
  const text = (fieldId: string) => textOrNull(transaction.getSublistValue({ sublistId, fieldId, line }));
  const ref = (fieldId: string) => readLineRef(transaction, { sublistId, fieldId, line });
  return {
    text,
    ref,
    department: () => (features.departments ? ref('department') : null),
    location: () => (features.locations ? ref('location') : null),
    number: lineNumber(transaction, sublistId, line),
  };
}

function readExpenses(transaction: RecordReader, lookups: ReferenceLookups, features: AccountFeatures): ExpenseLine[] {
  const lines: ExpenseLine[] = [];
  const count = transaction.getLineCount({ sublistId: 'expense' });
  for (let index = 0; index < count; index += 1) {
    const line = lineReader(transaction, 'expense', index, features);
    const accountId = line.text('account');
    if (accountId === null) throw new Error(`Expense line ${line.number} has no account`);
    lines.push({
      line: line.number,
      account: lookups.account(accountId),
      amount: amountString(line.text('amount')),
      department: line.department(),
      location: line.location(),
      memo: line.text('memo'),
    });
  }
  return lines;
}

function readItems(transaction: RecordReader, lookups: ReferenceLookups, features: AccountFeatures): ItemLine[] {
  const lines: ItemLine[] = [];
  const count = transaction.getLineCount({ sublistId: 'item' });
  for (let index = 0; index < count; index += 1) {
    const line = lineReader(transaction, 'item', index, features);
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
      department: line.department(),
      location: line.location(),
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
/** Without OneWorld an account is one company, which NetSuite keeps as subsidiary 1 (never shown). */
export const COMPANY_SUBSIDIARY: Ref = { id: '1', name: '' };

export function buildTransactionSnapshot(
  transaction: RecordReader,
  transactionId: string,
  kind: 'vendorbill' | 'purchaseorder',
  lookups: ReferenceLookups,
  now: Date,
  features: AccountFeatures = ALL_FEATURES,
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
    currency: readCurrency(transaction, lookups, features),
    exchangeRate:
      (features.multiCurrency ? decimalString(transaction.getValue({ fieldId: 'exchangerate' })) : null) ?? '1',
    terms: readRef(transaction, 'terms'),
    memo: readText(transaction, 'memo'),
    approvalStatus: readApprovalStatus(transaction),
    status: textOrNull(statusText) ?? readText(transaction, 'status') ?? '',
    subsidiary: features.oneWorld ? (readRef(transaction, 'subsidiary') ?? NO_REF) : COMPANY_SUBSIDIARY,
    department: features.departments ? readRef(transaction, 'department') : null,
    location: features.locations ? readRef(transaction, 'location') : null,
    total: amountString(transaction.getValue({ fieldId: 'total' })),
    purchaseOrders: kind === 'vendorbill' ? readPurchaseOrders(transaction, lookups) : [],
    expenses: readExpenses(transaction, lookups, features),
    items: readItems(transaction, lookups, features),
    lastModified: timestampString(transaction.getValue({ fieldId: 'lastmodifieddate' }), now),
  };
}
