// The canonical snapshot of docs/architecture.md "Snapshots", shared by the SuiteApp, which builds it
// from a record, the relay's poller, which builds it from SuiteQL, and the relay's sync jobs.
// Ids are NetSuite internal ids as strings, amounts decimal strings, dates YYYY-MM-DD,
// lastModified ISO-8601. Field names are part of the wire contract: do not rename.

export interface Ref {
  id: string;
  name: string;
}

export interface AccountRef {
  id: string;
  number: string | null;
  name: string;
}

export interface CurrencyRef {
  id: string;
  code: string;
}

export interface Address {
  line1: string | null;
  line2: string | null;
  city: string | null;
  state: string | null;
  zip: string | null;
  country: string | null;
}

export interface VendorSnapshot {
  id: string;
  entityId: string;
  companyName: string | null;
  isPerson: boolean;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  isInactive: boolean;
  currency: CurrencyRef;
  terms: Ref | null;
  subsidiary: Ref | null;
  defaultExpenseAccount: AccountRef | null;
  department: Ref | null;
  address: Address | null;
  lastModified: string;
}

export interface ExpenseLine {
  line: number;
  account: AccountRef;
  amount: string;
  department: Ref | null;
  location: Ref | null;
  memo: string | null;
}

export interface ItemLine {
  line: number;
  item: Ref;
  quantity: string | null;
  rate: string | null;
  amount: string;
  account: AccountRef | null;
  department: Ref | null;
  location: Ref | null;
  description: string | null;
}

export type ApprovalStatus = 'approved' | 'pending' | 'rejected' | null;

export interface TransactionSnapshot {
  id: string;
  tranId: string;
  entity: Ref;
  tranDate: string;
  dueDate: string | null;
  currency: CurrencyRef;
  exchangeRate: string;
  terms: Ref | null;
  memo: string | null;
  approvalStatus: ApprovalStatus;
  status: string;
  subsidiary: Ref;
  department: Ref | null;
  location: Ref | null;
  total: string;
  purchaseOrders: { id: string; tranId: string }[];
  expenses: ExpenseLine[];
  items: ItemLine[];
  /**
   * Bills only, and optional (added after schemaVersion 1, so older senders keep working): what is
   * still due in the bill's currency, and the vendor payments and bill credits applied to it.
   */
  amountRemaining?: string;
  payments?: AppliedPayment[];
  lastModified: string;
}

/** A vendor payment (`VendPymt`) or bill credit (`VendCred`) applied to a bill: its date and the amount applied. */
export interface AppliedPayment {
  id: string;
  tranId: string;
  type: 'VendPymt' | 'VendCred';
  date: string;
  amount: string;
}

export type VendorBillSnapshot = TransactionSnapshot;
/** As a vendor bill, with `tranId` the PO number. */
export type PurchaseOrderSnapshot = TransactionSnapshot;

export type RecordType = 'vendor' | 'vendorbill' | 'purchaseorder';
export type EventAction = 'create' | 'edit' | 'delete' | 'resync';
export type EventSource = 'userevent' | 'dispatcher' | 'button' | 'poll';

export interface SnapshotByType {
  vendor: VendorSnapshot;
  vendorbill: VendorBillSnapshot;
  purchaseorder: PurchaseOrderSnapshot;
}

/** One event envelope as POSTed to /v1/netsuite/events. `snapshot` is null for `delete`. */
export interface EventEnvelope<T extends RecordType = RecordType> {
  schemaVersion: 1;
  eventId: string;
  occurredAt: string;
  recordType: T;
  recordId: string;
  action: EventAction;
  source: EventSource;
  snapshot: SnapshotByType[T] | null;
}
