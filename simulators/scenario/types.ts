// The demo company, described once in neutral terms. Each simulator seeds itself from it
// (`seedFromScenario`), so NetSuite and Procurify start out consistent, with the gaps the
// scenario puts there on purpose (unmapped GL accounts, a missing department, a missing account).

/** NetSuite side. Ids are NetSuite internal ids as strings; amounts are decimal strings with 2 places. */
export interface Scenario {
  accountId: string;
  /** The simulated "now" the data was written against (ISO-8601, UTC). */
  asOf: string;
  subsidiaries: { id: string; name: string; currencyId: string; country: string }[];
  currencies: { id: string; code: string; name: string; symbol: string; exchangeRate: string }[];
  terms: { id: string; name: string; days: number }[];
  /** `parentId` makes NetSuite's full name `Parent : Child`. */
  departments: { id: string; name: string; parentId: string | null; isInactive: boolean }[];
  locations: { id: string; name: string; subsidiaryId: string }[];
  /** GL accounts; `number` null means the account has no account number. */
  accounts: {
    id: string;
    number: string | null;
    name: string;
    type: 'Expense' | 'COGS' | 'OthExpense' | 'FixedAsset' | 'AcctPay' | 'OthCurrAsset';
    isInactive: boolean;
  }[];
  items: { id: string; name: string; type: 'NonInvtPart' | 'Service' | 'InvtPart'; expenseAccountId: string | null }[];
  vendors: ScenarioVendor[];
  bills: ScenarioTransaction[];
  purchaseOrders: ScenarioTransaction[];
  /** Vendor payments and bill credits applied to the bills (none when absent). */
  payments?: ScenarioPayment[];
  /** Procurify side, as it stands before the first sync. */
  procurify: ScenarioProcurify;
}

export interface ScenarioVendor {
  id: string;
  entityId: string;
  isPerson: boolean;
  companyName: string | null;
  firstName: string | null;
  lastName: string | null;
  /** As typed in NetSuite: may hold several addresses separated by `,` or `;`. */
  email: string | null;
  phone: string | null;
  isInactive: boolean;
  currencyId: string;
  termsId: string | null;
  subsidiaryId: string;
  defaultExpenseAccountId: string | null;
  departmentId: string | null;
  address: {
    line1: string;
    line2: string | null;
    city: string;
    state: string | null;
    zip: string;
    country: string;
  } | null;
  /** ISO-8601 UTC. */
  lastModified: string;
  dateCreated: string;
}

export interface ScenarioLine {
  line: number;
  kind: 'expense' | 'item';
  /** Expense lines: the GL account. Item lines: null (the item's expense account applies). */
  accountId: string | null;
  itemId: string | null;
  quantity: string | null;
  rate: string | null;
  amount: string;
  departmentId: string | null;
  locationId: string | null;
  memo: string | null;
}

/** A vendor payment (or bill credit) and the bills it pays; a voided one applies nothing any more. */
export interface ScenarioPayment {
  id: string;
  type: 'vendorpayment' | 'vendorcredit';
  tranId: string;
  vendorId: string;
  tranDate: string;
  currencyId: string;
  voided: boolean;
  apply: { billId: string; amount: string }[];
  lastModified: string;
  dateCreated: string;
}

export interface ScenarioTransaction {
  id: string;
  /** Bill: the vendor's invoice number; PO: the PO number. */
  tranId: string;
  vendorId: string;
  tranDate: string;
  dueDate: string | null;
  currencyId: string;
  exchangeRate: string;
  termsId: string | null;
  memo: string | null;
  approvalStatus: 'approved' | 'pending' | 'rejected' | null;
  /** NetSuite status text, e.g. "Open", "Paid In Full", "Pending Approval", "Pending Receipt". */
  status: string;
  subsidiaryId: string;
  departmentId: string | null;
  locationId: string | null;
  /** Bills: the POs they were created from. */
  purchaseOrderIds: string[];
  lines: ScenarioLine[];
  lastModified: string;
  dateCreated: string;
}

export interface ScenarioProcurify {
  currencies: { id: number; name: string; description: string; rate: string; base: boolean; active: boolean }[];
  locations: { id: number; name: string; currencyId: number; headquarter: boolean }[];
  departments: { id: number; name: string; locationId: number; externalId: string | null; active: boolean }[];
  accountCodes: {
    id: number;
    code: string;
    description: string;
    accountType: 0 | 1 | 2 | 3 | 4 | 5;
    active: boolean;
  }[];
  /** Budget lines: account code × department. */
  accounts: { id: number; accountCodeId: number; departmentId: number; active: boolean }[];
  /** Vendors that already exist in Procurify (some entered by hand, without external_id). */
  vendors: {
    id: number;
    name: string;
    externalId: string | null;
    active: boolean;
    currencyId: number | null;
    emails: string | null;
  }[];
  /** Bills already in Procurify (pushed by Procurify's own AP flow or entered by hand). */
  bills: {
    uuid: string;
    vendorId: number;
    invoiceNumber: string;
    invoiceDate: string;
    dueDate: string | null;
    currencyId: number;
    lines: { description: string; accountId: number; amount: string }[];
  }[];
}
