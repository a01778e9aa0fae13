import type { RecordType } from '../account/types';

// REST names (camelCase) of the stored SuiteScript fields, and how each renders and accepts writes.

export type RestKind = 'text' | 'boolean' | 'number' | 'date' | 'ref' | 'enum';

export interface RestField {
  rest: string;
  field: string;
  kind: RestKind;
  refType?: RecordType;
  readOnly?: boolean;
}

const f = (rest: string, kind: RestKind = 'text', field = rest.toLowerCase(), refType?: RecordType): RestField => ({
  rest,
  field,
  kind,
  refType,
});
const ref = (rest: string, refType: RecordType, field = rest.toLowerCase()): RestField =>
  f(rest, 'ref', field, refType);

const TRANSACTION: RestField[] = [
  f('tranId'),
  ref('entity', 'vendor'),
  f('tranDate', 'date'),
  f('dueDate', 'date'),
  ref('currency', 'currency'),
  f('exchangeRate', 'number'),
  ref('terms', 'term'),
  f('memo'),
  f('approvalStatus', 'enum'),
  { ...f('status', 'enum'), readOnly: true },
  ref('subsidiary', 'subsidiary'),
  ref('department', 'department'),
  ref('location', 'location'),
  f('externalId'),
];

// Vendor payments and bill credits (REST records vendorPayment, vendorCredit): what they are applied to
// is their `apply` sublist, one line per bill (https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_N3695867.html).
const PAYMENT: RestField[] = [
  f('tranId'),
  ref('entity', 'vendor'),
  f('tranDate', 'date'),
  ref('currency', 'currency'),
  f('memo'),
  f('voided', 'boolean'),
  { ...f('status', 'enum'), readOnly: true },
  f('externalId'),
];

export const BODY_FIELDS: Record<RecordType, RestField[]> = {
  vendor: [
    f('entityId'),
    f('companyName'),
    f('isPerson', 'boolean'),
    f('firstName'),
    f('lastName'),
    f('email'),
    f('phone'),
    f('isInactive', 'boolean'),
    ref('subsidiary', 'subsidiary'),
    ref('currency', 'currency'),
    ref('terms', 'term'),
    ref('expenseAccount', 'account'),
    ref('payablesAccount', 'account'),
    ref('department', 'department'),
    f('externalId'),
  ],
  vendorbill: TRANSACTION,
  purchaseorder: TRANSACTION,
  vendorpayment: PAYMENT,
  vendorcredit: PAYMENT,
  account: [
    f('acctNumber'),
    f('acctName'),
    f('acctType', 'enum'),
    f('isInactive', 'boolean'),
    ref('parent', 'account'),
  ],
  department: [f('name'), ref('parent', 'department'), ref('subsidiary', 'subsidiary'), f('isInactive', 'boolean')],
  location: [f('name'), ref('parent', 'location'), ref('subsidiary', 'subsidiary'), f('isInactive', 'boolean')],
  subsidiary: [
    f('name'),
    ref('parent', 'subsidiary'),
    ref('currency', 'currency'),
    f('country', 'enum'),
    f('isInactive', 'boolean'),
  ],
  term: [f('name'), f('daysUntilNetDue', 'number'), f('isInactive', 'boolean')],
  currency: [
    f('name'),
    f('symbol'),
    f('displaySymbol'),
    f('exchangeRate', 'number'),
    f('isBaseCurrency', 'boolean'),
    f('isInactive', 'boolean'),
  ],
  item: [
    f('itemId'),
    f('displayName'),
    f('itemType', 'enum'),
    ref('expenseAccount', 'account'),
    f('isInactive', 'boolean'),
  ],
};

const LINE_COMMON: RestField[] = [
  f('line', 'number'),
  f('amount', 'number'),
  ref('department', 'department'),
  ref('location', 'location'),
  ref('orderDoc', 'purchaseorder'),
];

/** Sublists REST exposes, by REST name, with the stored sublist id. */
export const SUBLISTS: Partial<Record<RecordType, { rest: string; sublist: string; fields: RestField[] }[]>> = {
  vendorbill: [
    { rest: 'expense', sublist: 'expense', fields: [...LINE_COMMON, ref('account', 'account'), f('memo')] },
    {
      rest: 'item',
      sublist: 'item',
      fields: [...LINE_COMMON, ref('item', 'item'), f('quantity', 'number'), f('rate', 'number'), f('description')],
    },
  ],
  vendor: [{ rest: 'addressBook', sublist: 'addressbook', fields: [] }],
  vendorpayment: [
    {
      rest: 'apply',
      sublist: 'apply',
      fields: [f('line', 'number'), ref('doc', 'vendorbill'), f('apply', 'boolean'), f('amount', 'number')],
    },
  ],
};
SUBLISTS.purchaseorder = SUBLISTS.vendorbill;
SUBLISTS.vendorcredit = SUBLISTS.vendorpayment;

/** Path segment → record type; NetSuite accepts any letter case (docs/reference/netsuite-api.md "Record endpoints"). */
export const PATH_TYPES: Record<string, RecordType> = {
  vendor: 'vendor',
  vendorbill: 'vendorbill',
  purchaseorder: 'purchaseorder',
  vendorpayment: 'vendorpayment',
  vendorcredit: 'vendorcredit',
  account: 'account',
  department: 'department',
  location: 'location',
  subsidiary: 'subsidiary',
  term: 'term',
  currency: 'currency',
};

/** Custom field prefixes that belong on a record type's body. */
export function customPrefix(type: RecordType): string | null {
  if (type === 'vendor') return 'custentity';
  if (type === 'vendorbill' || type === 'purchaseorder') return 'custbody';
  return null;
}

export const READ_ONLY_PROPERTIES = new Set([
  'id',
  'links',
  'refName',
  'createdDate',
  'dateCreated',
  'lastModifiedDate',
  'total',
  'userTotal',
  'balance',
  'status',
]);
