// The simulator's data, held in memory with Procurify's own field names wherever a record is written
// through the API, so serializers stay thin.

export interface CurrencyRecord {
  id: number;
  name: string;
  description: string;
  rate: string;
  base: boolean;
  active: boolean;
}

export interface LocationRecord {
  id: number;
  name: string;
  currencyId: number;
  headquarter: boolean;
  active: boolean;
  external_id: string | null;
  phoneOne: string;
}

export interface DepartmentRecord {
  id: number;
  name: string;
  locationId: number;
  external_id: string | null;
  active: boolean;
  punchout_email: string | null;
}

export interface AccountCodeRecord {
  id: number;
  code: string;
  description: string;
  account_type: 0 | 1 | 2 | 3 | 4 | 5;
  active: boolean;
  parent: number | null;
}

export interface AccountRecord {
  id: number;
  accountCodeId: number;
  departmentId: number;
  active: boolean;
  budget: string;
}

/** Payment terms, shipping terms, payment methods and shipping methods: looked up by name on vendor writes. */
export interface TermRecord {
  id: number;
  name: string;
  description: string | null;
  active: boolean;
}

export type TermKind = 'payment_term_ref' | 'shipping_term_ref' | 'payment_method_ref' | 'shipping_method_ref';

export interface VendorRecord {
  id: number;
  name: string;
  active: boolean;
  addressLineOne: string | null;
  addressLineTwo: string | null;
  postalCode: string | null;
  city: string | null;
  state_province: string | null;
  country: string | null;
  phoneOne: string | null;
  phoneTwo: string | null;
  fax: string | null;
  email: string[];
  comments: string | null;
  contact: string | null;
  url: string | null;
  external_id: string | null;
  dateModified: string;
  currency: number | null;
  payment_term_ref: number | null;
  shipping_term_ref: number | null;
  payment_method_ref: number | null;
  shipping_method_ref: number | null;
  tax: number | null;
  type: number;
  default_payment_method: number | null;
  is_1099_eligible: boolean | null;
  overall_score: string | null;
  is_auto_email_po_enabled: boolean;
  po_pdf_labels: string;
  email_configurations: Record<string, { auto_po?: boolean; payment_remittance?: boolean }>;
}

export interface CostAllocationRecord {
  id: number;
  accountId: number;
  amount: string;
  currencyId: number;
  created_on: string;
}

export interface ItemRecord {
  id: number;
  billId: number | null;
  vendorId: number;
  description: string;
  sku: string;
  unit: string;
  quantity: string;
  unit_cost: number;
  total_cost: number;
  bill_by_cost: boolean;
  currencyId: number;
  tax_is_inclusive: boolean;
  tax: number | null;
  shipping_amount: string | null;
  allocations: CostAllocationRecord[];
}

export interface BillStatusEntry {
  id: number;
  status: number;
  date: string;
}

export interface BillRecord {
  id: number;
  uuid: string;
  vendorId: number;
  currencyId: number;
  invoice_number: string;
  invoice_date: string | null;
  due_date: string | null;
  gl_post_date: string | null;
  payment_terms: string;
  payment_method: number | null;
  note: string;
  status: number;
  type: number;
  version: number;
  active: boolean;
  approval_chain: number | null;
  submitted_date: string | null;
  last_modified_datetime: string;
  payment_date: string | null;
  statuses: BillStatusEntry[];
}

export interface SimState {
  currencies: CurrencyRecord[];
  locations: LocationRecord[];
  departments: DepartmentRecord[];
  accountCodes: AccountCodeRecord[];
  accounts: AccountRecord[];
  terms: Record<TermKind, TermRecord[]>;
  vendors: VendorRecord[];
  items: ItemRecord[];
  bills: BillRecord[];
  lastIds: Record<string, number>;
}

export function emptyState(): SimState {
  return {
    currencies: [],
    locations: [],
    departments: [],
    accountCodes: [],
    accounts: [],
    terms: { payment_term_ref: [], shipping_term_ref: [], payment_method_ref: [], shipping_method_ref: [] },
    vendors: [],
    items: [],
    bills: [],
    lastIds: {},
  };
}

/** Ids per kind start at 1000 so seeded ids (small numbers) never collide with created ones. */
export function nextId(state: SimState, kind: string, floor = 1000): number {
  const id = Math.max(state.lastIds[kind] ?? floor, floor) + 1;
  state.lastIds[kind] = id;
  return id;
}

/** Seeded records keep their ids; later ids continue above the largest one. */
export function reserveId(state: SimState, kind: string, id: number): void {
  state.lastIds[kind] = Math.max(state.lastIds[kind] ?? 0, id);
}

export function byId<T extends { id: number }>(records: T[], id: number): T | undefined {
  return records.find((record) => record.id === id);
}
