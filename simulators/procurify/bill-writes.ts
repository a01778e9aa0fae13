import type { SimClock } from './clock';
import { FieldReader, formatAmount } from './bill-fields';
import { fieldErrors, ProcurifyError } from './errors';
import { byId, nextId, type BillRecord, type CostAllocationRecord, type ItemRecord, type SimState } from './state';
import { randomUUID } from 'node:crypto';

// The undocumented v2 draft-bill flow (docs/reference/procurify-api.md "Bill writes (undocumented)", `bill_create_request_UNDOCUMENTED` in test/fixtures/procurify-examples.json):
// create items, create a draft bill, add the items, then PUT the full bill with status 0 and again
// with status 1 to submit. Where the evidence is silent the simulator is strict: only draft bills can
// be changed, an item belongs to one bill and to the bill's vendor, and a line's cost allocations
// must add up to its total.

export function createItem(state: SimState, clock: SimClock, body: Record<string, unknown>): ItemRecord {
  const read = new FieldReader(state, body);
  const vendorId = read.pk('vendor', 'vendors', true);
  const currencyId = read.pk('currency', 'currencies', true);
  const description = read.text('description', 1000);
  if (!read.has('description')) read.errors.description = ['This field is required.'];
  const item: ItemRecord = {
    id: nextId(state, 'item'),
    billId: null,
    vendorId: vendorId ?? 0,
    description,
    sku: read.text('sku', 100),
    unit: read.text('unit', 30),
    quantity: read.decimal('quantity', '1'),
    unit_cost: read.number('unit_cost', 0),
    total_cost: 0,
    bill_by_cost: read.bool('bill_by_cost', false),
    currencyId: currencyId ?? 0,
    tax_is_inclusive: read.bool('tax_is_inclusive', false),
    tax: null,
    shipping_amount: null,
    allocations: [],
  };
  item.allocations = readAllocations(state, clock, read, item.currencyId);
  if (!read.ok()) throw fieldErrors(read.errors);
  item.total_cost = round(Number(item.quantity) * item.unit_cost);
  state.items.push(item);
  return item;
}

function readAllocations(
  state: SimState,
  clock: SimClock,
  read: FieldReader,
  currencyId: number,
): CostAllocationRecord[] {
  return read.list('cost_allocations', true).map((raw, index) => {
    const entry = new FieldReader(state, (raw ?? {}) as Record<string, unknown>);
    const accountId = entry.pk('budget', 'accounts', true);
    if (accountId !== null && !byId(state.accounts, accountId)?.active)
      entry.errors.budget = ['This account is inactive.'];
    const amount = entry.decimal('amount', '0');
    const allocationCurrency = entry.has('currency') ? entry.pk('currency', 'currencies', false) : currencyId;
    if (!entry.ok()) read.nested('cost_allocations', index, entry.errors);
    return {
      id: nextId(state, 'allocation'),
      accountId: accountId ?? 0,
      amount: formatAmount(Number(amount)),
      currencyId: allocationCurrency ?? currencyId,
      created_on: clock.stamp(),
    };
  });
}

const HEADER_LIMITS = { invoice_number: 50, payment_terms: 100, note: 100_000 } as const;

function applyHeader(state: SimState, bill: BillRecord, read: FieldReader): void {
  const vendorId = read.pk('vendor', 'vendors', true);
  if (vendorId !== null) bill.vendorId = vendorId;
  if (read.has('currency')) bill.currencyId = read.pk('currency', 'currencies', false) ?? bill.currencyId;
  for (const [field, limit] of Object.entries(HEADER_LIMITS) as [keyof typeof HEADER_LIMITS, number][]) {
    if (read.has(field)) bill[field] = read.text(field, limit);
  }
  for (const field of ['invoice_date', 'due_date', 'gl_post_date'] as const) {
    if (read.has(field)) bill[field] = read.date(field);
  }
  if (read.has('payment_method')) bill.payment_method = (read.number('payment_method', 0) || null) as number | null;
  if (read.has('approval_chain')) bill.approval_chain = (read.number('approval_chain', 0) || null) as number | null;
}

export function createDraftBill(state: SimState, clock: SimClock, body: Record<string, unknown>): BillRecord {
  const read = new FieldReader(state, body);
  const stamp = clock.stamp();
  const bill: BillRecord = {
    id: nextId(state, 'bill'),
    uuid: randomUUID().replace(/-/g, ''),
    vendorId: 0,
    currencyId: 0,
    invoice_number: '',
    invoice_date: null,
    due_date: null,
    gl_post_date: null,
    payment_terms: '',
    payment_method: null,
    note: '',
    status: 0,
    type: 0,
    version: 1,
    active: true,
    approval_chain: null,
    submitted_date: null,
    last_modified_datetime: stamp,
    payment_date: null,
    statuses: [{ id: nextId(state, 'billStatus'), status: 0, date: stamp }],
  };
  applyHeader(state, bill, read);
  const itemIds = read.list('items', false);
  if (!read.ok()) throw fieldErrors(read.errors);
  if (!read.has('currency'))
    bill.currencyId = byId(state.vendors, bill.vendorId)?.currency ?? state.currencies.find((c) => c.base)?.id ?? 0;
  attach(
    state,
    bill,
    itemIds.map((raw) => ({ id: typeof raw === 'object' && raw ? (raw as { id: unknown }).id : raw })),
  );
  state.bills.push(bill);
  return bill;
}

/** POST /api/v3/ap/bills/{id}/add-items/ with `{items: [{id, quantity, unit_cost, bill_by_cost, total_cost}]}`. */
export function addItems(state: SimState, clock: SimClock, bill: BillRecord, body: Record<string, unknown>): void {
  requireDraft(bill);
  const read = new FieldReader(state, body);
  const entries = read.list('items', true) as Record<string, unknown>[];
  if (!read.ok()) throw fieldErrors(read.errors);
  attach(state, bill, entries);
  touch(bill, clock);
}

function attach(state: SimState, bill: BillRecord, entries: Record<string, unknown>[]): void {
  const problems: Record<string, string[]> = {};
  const items = entries.map((entry, index) => {
    const item = state.items.find((candidate) => candidate.id === Number(entry.id));
    if (!item) problems[String(index)] = [`Invalid pk "${String(entry.id)}" - object does not exist.`];
    else if (item.billId !== null && item.billId !== bill.id)
      problems[String(index)] = ['This item already belongs to another bill.'];
    else if (item.vendorId !== bill.vendorId) problems[String(index)] = ["The item's vendor is not the bill's vendor."];
    return item;
  });
  if (Object.keys(problems).length) throw fieldErrors({ items: problems });
  entries.forEach((entry, index) => {
    const item = items[index] as ItemRecord;
    item.billId = bill.id;
    if (entry.quantity !== undefined) item.quantity = String(entry.quantity);
    if (entry.unit_cost !== undefined) item.unit_cost = Number(entry.unit_cost);
    if (typeof entry.bill_by_cost === 'boolean') item.bill_by_cost = entry.bill_by_cost;
    item.total_cost =
      entry.total_cost !== undefined ? Number(entry.total_cost) : round(Number(item.quantity) * item.unit_cost);
  });
}

export function requireDraft(bill: BillRecord): void {
  if (bill.status !== 0) throw new ProcurifyError(400, { non_field_errors: ['Only draft bills can be edited.'] });
}

export function touch(bill: BillRecord, clock: SimClock): void {
  bill.last_modified_datetime = clock.stamp();
  bill.version += 1;
}

export function round(value: number): number {
  return Math.round(value * 1e8) / 1e8;
}

export { applyHeader };
