// Records as the account holds them, keyed by SuiteScript field ids (lower case: `entityid`,
// `trandate`, `expense` lines with `account`/`amount`). The REST side renders these under its
// camelCase names; SuiteQL reads them through table views.

export const RECORD_TYPES = [
  'vendor',
  'vendorbill',
  'purchaseorder',
  'vendorpayment',
  'vendorcredit',
  'account',
  'department',
  'location',
  'subsidiary',
  'term',
  'currency',
  'item',
] as const;

export type RecordType = (typeof RECORD_TYPES)[number];

/** Text, select ids (strings), amounts (numbers), checkboxes (booleans), dates (`YYYY-MM-DD`), multi-selects. */
export type FieldValue = string | number | boolean | null | string[];

export type Fields = Record<string, FieldValue>;

export interface AccountRecord {
  type: RecordType;
  id: string;
  /** Epoch milliseconds, whole seconds (NetSuite keeps datetimes to the second). */
  createdAt: number;
  lastModifiedAt: number;
  fields: Fields;
  /** `expense`, `item` (transactions), `apply` (vendor payments and credits), `addressbook` (vendors): lines in order. */
  sublists: Record<string, Fields[]>;
}

/** What a caller hands to `save`: a new record has no id yet. */
export interface RecordDraft {
  id?: string;
  fields: Fields;
  sublists?: Record<string, Fields[]>;
  /** Seeding keeps the scenario's dates; normal saves stamp the clock. */
  createdAt?: number;
  lastModifiedAt?: number;
}

export interface DeletedRecordEntry {
  recordType: RecordType;
  recordId: string;
  name: string;
  deletedAt: number;
  deletedBy: string;
  context: string;
}

/** Who made a change: decides what the SuiteScript runtime (built on top) dispatches. */
export interface SaveContext {
  /** `runtime.executionContext`, e.g. USERINTERFACE, RESTWEBSERVICES, SCHEDULED, USEREVENT. */
  executionContext: string;
  /** The acting user, shown as DeletedRecord's `deletedby`. */
  user?: string;
}

export interface SaveEvent {
  type: RecordType;
  id: string;
  kind: 'create' | 'edit';
  oldRecord: AccountRecord | null;
  newRecord: AccountRecord;
  context: SaveContext;
}

export interface DeleteEvent {
  type: RecordType;
  id: string;
  oldRecord: AccountRecord;
  context: SaveContext;
}

export function isRecordType(value: string): value is RecordType {
  return (RECORD_TYPES as readonly string[]).includes(value);
}

/** Transactions share one id sequence, entities another, as in NetSuite. */
export function idFamily(type: RecordType): string {
  if (['vendorbill', 'purchaseorder', 'vendorpayment', 'vendorcredit'].includes(type)) return 'transaction';
  if (type === 'vendor') return 'entity';
  return type;
}
