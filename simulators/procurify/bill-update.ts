import type { SimClock } from './clock';
import { FieldReader, formatAmount } from './bill-fields';
import { applyHeader, requireDraft, round, touch } from './bill-writes';
import type { DrfErrors } from './drf-errors';
import { fieldErrors, ProcurifyError } from './errors';
import { byId, nextId, type BillRecord, type CostAllocationRecord, type SimState } from './state';

// PUT /api/v2/ap/bills/{id}/: the full draft bill, items with their cost allocations, and `status`
// 0 (save) or 1 (submit). Items of the bill left out of `items` are detached (a PUT replaces).

export function updateBill(state: SimState, clock: SimClock, bill: BillRecord, body: Record<string, unknown>): void {
  requireDraft(bill);
  const read = new FieldReader(state, body);
  const draft = { ...bill };
  applyHeader(state, draft, read);
  const status = body.status === undefined ? 0 : body.status;
  if (status !== 0 && status !== 1) read.errors.status = [`"${String(status)}" is not a valid choice.`];
  const entries = read.list('items', true) as Record<string, unknown>[];
  const itemErrors: DrfErrors = {};
  const updates = entries.map((entry, index) => {
    const result = readItemUpdate(state, clock, bill, draft.currencyId, entry);
    if (Object.keys(result.errors).length) itemErrors[String(index)] = result.errors as unknown as string[];
    return result;
  });
  if (Object.keys(itemErrors).length) read.errors.items = itemErrors;
  if (status === 1 && entries.length === 0) read.errors.items = ['A bill needs at least one item to be submitted.'];
  if (!read.ok()) throw fieldErrors(read.errors);

  Object.assign(bill, draft);
  const keep = new Set(updates.map((u) => u.itemId));
  for (const item of state.items) if (item.billId === bill.id && !keep.has(item.id)) item.billId = null;
  for (const update of updates) {
    const item = byId(state.items, update.itemId);
    if (item) Object.assign(item, update.changes, { billId: bill.id });
  }
  touch(bill, clock);
  if (status !== bill.status) {
    bill.status = status as number;
    bill.statuses.push({ id: nextId(state, 'billStatus'), status: bill.status, date: bill.last_modified_datetime });
    if (bill.status === 1) bill.submitted_date = bill.last_modified_datetime;
  }
}

function readItemUpdate(
  state: SimState,
  clock: SimClock,
  bill: BillRecord,
  currencyId: number,
  entry: Record<string, unknown>,
) {
  const read = new FieldReader(state, entry);
  const item = state.items.find((candidate) => candidate.id === Number(entry.id));
  if (!item) read.errors.id = [`Invalid pk "${String(entry.id)}" - object does not exist.`];
  else if (item.billId !== bill.id) read.errors.id = ['This item is not on this bill; add it with add-items first.'];
  const quantity = read.decimal('quantity', item?.quantity ?? '1');
  const unitCost = read.number('unit_cost', item?.unit_cost ?? 0);
  const allocations: CostAllocationRecord[] = read.list('cost_allocations', true).map((raw, index) => {
    const allocation = new FieldReader(state, (raw ?? {}) as Record<string, unknown>);
    const accountId = allocation.pk('budget', 'accounts', true);
    if (accountId !== null && !byId(state.accounts, accountId)?.active)
      allocation.errors.budget = ['This account is inactive.'];
    const amount = allocation.decimal('amount', '0');
    const allocationCurrency = allocation.has('currency') ? allocation.pk('currency', 'currencies', false) : currencyId;
    if (!allocation.ok()) read.nested('cost_allocations', index, allocation.errors);
    const existing = item?.allocations.find((a) => a.id === (raw as { id?: unknown } | null)?.id);
    return {
      id: existing?.id ?? nextId(state, 'allocation'),
      accountId: accountId ?? 0,
      amount: formatAmount(Number(amount)),
      currencyId: allocationCurrency ?? currencyId,
      created_on: existing?.created_on ?? clock.stamp(),
    };
  });
  const allocated = round(allocations.reduce((sum, a) => sum + Number(a.amount), 0));
  const total = entry.total_cost !== undefined ? read.number('total_cost', 0) : allocated;
  if (read.ok() && Math.abs(allocated - total) > 0.005) {
    read.errors.cost_allocations = [
      `The cost allocations (${allocated}) must add up to the item's total cost (${total}).`,
    ];
  }
  const changes = {
    quantity,
    unit_cost: unitCost,
    total_cost: total,
    allocations,
    bill_by_cost: read.bool('bill_by_cost', item?.bill_by_cost ?? false),
  };
  return { itemId: item?.id ?? -1, changes, errors: read.errors };
}

/** Finds a bill by integer id or by uuid (with or without dashes): the evidence uses `data.id` in these paths. */
export function findBill(state: SimState, key: string): BillRecord {
  const normalized = key.replace(/-/g, '').toLowerCase();
  const bill = /^\d+$/.test(key)
    ? byId(state.bills, Number(key))
    : state.bills.find((b) => b.uuid.replace(/-/g, '').toLowerCase() === normalized);
  if (!bill) throw new ProcurifyError(404, { detail: 'Not found.' });
  return bill;
}
