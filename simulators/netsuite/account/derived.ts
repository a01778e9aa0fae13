import type { AccountStore } from './store';
import type { AccountRecord, Fields, RecordType } from './types';

// Values NetSuite computes rather than stores: totals, hierarchical names, display names, status codes.

export function transactionTotal(record: Readonly<AccountRecord>): number {
  let cents = 0;
  for (const sublist of ['expense', 'item']) {
    for (const line of record.sublists[sublist] ?? []) cents += Math.round(Number(line.amount ?? 0) * 100);
  }
  // A payment or bill credit amounts to what it applies.
  for (const line of record.sublists.apply ?? []) {
    if (line.apply !== false) cents += Math.round(Number(line.amount ?? 0) * 100);
  }
  return cents / 100;
}

/** `Parent : Child` for departments, locations and subsidiaries with parents. */
export function fullName(store: AccountStore, type: RecordType, id: string, depth = 0): string | null {
  const record = store.peek(type, id);
  if (!record) return null;
  const name = String(record.fields.name ?? '');
  const parent = record.fields.parent;
  if (typeof parent !== 'string' || depth > 20) return name;
  const parentName = fullName(store, type, parent, depth + 1);
  return parentName === null ? name : `${parentName} : ${name}`;
}

/** The text NetSuite shows for a reference (REST `refName`, SuiteQL `BUILTIN.DF`). */
export function displayName(store: AccountStore, type: RecordType, id: string): string | null {
  const record = store.peek(type, id);
  if (!record) return null;
  const fields: Fields = record.fields;
  switch (type) {
    case 'vendor': {
      const name = fields.isperson ? [fields.firstname, fields.lastname].filter(Boolean).join(' ') : fields.companyname;
      return [fields.entityid, name].filter(Boolean).join(' ');
    }
    case 'vendorbill':
      return `Bill #${String(fields.tranid ?? record.id)}`;
    case 'purchaseorder':
      return `Purchase Order #${String(fields.tranid ?? record.id)}`;
    case 'vendorpayment':
      return `Bill Payment #${String(fields.tranid ?? record.id)}`;
    case 'vendorcredit':
      return `Bill Credit #${String(fields.tranid ?? record.id)}`;
    case 'account':
      return [fields.acctnumber, fields.acctname].filter(Boolean).join(' ');
    case 'department':
    case 'location':
    case 'subsidiary':
      return fullName(store, type, id);
    case 'item':
      return String(fields.itemid ?? '');
    default:
      return String(fields.name ?? '');
  }
}

export const APPROVAL_STATUS_NAMES: Record<string, string> = {
  '1': 'Pending Approval',
  '2': 'Approved',
  '3': 'Rejected',
};

// SuiteQL `transaction.status` letters (community sources; REST shows the text as both id and refName).
const STATUS_LETTERS: Record<string, Record<string, string>> = {
  VendBill: { Open: 'A', 'Paid In Full': 'B', Cancelled: 'C', 'Pending Approval': 'D', Rejected: 'E' },
  PurchOrd: {
    'Pending Supervisor Approval': 'A',
    'Pending Receipt': 'B',
    'Rejected by Supervisor': 'C',
    'Partially Received': 'D',
    'Pending Billing/Partially Received': 'E',
    'Pending Bill': 'F',
    'Fully Billed': 'G',
    Closed: 'H',
  },
};

const TYPE_CODES: Partial<Record<RecordType, string>> = {
  purchaseorder: 'PurchOrd',
  vendorpayment: 'VendPymt',
  vendorcredit: 'VendCred',
};

/** SuiteQL's `transaction.type`: `VendBill`, `PurchOrd`, `VendPymt`, `VendCred`. */
export function transactionTypeCode(type: RecordType): string {
  return TYPE_CODES[type] ?? 'VendBill';
}

export function statusCode(type: RecordType, statusText: string): string {
  const code = transactionTypeCode(type);
  return `${code}:${STATUS_LETTERS[code]?.[statusText] ?? statusText}`;
}
