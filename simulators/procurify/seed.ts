import type { Scenario, ScenarioProcurify } from '../scenario/types';
import type { SimClock } from './clock';
import { formatAmount } from './bill-fields';
import { emptyState, nextId, reserveId, type SimState } from './state';
import { blankVendor } from './vendor-writes';

// Fills a fresh state from the demo scenario's Procurify side (`Scenario.procurify`), keeping its ids.

export function seedState(scenario: Pick<Scenario, 'procurify'> | ScenarioProcurify, clock: SimClock): SimState {
  const data: ScenarioProcurify = 'procurify' in scenario ? scenario.procurify : scenario;
  const state = emptyState();
  for (const c of data.currencies) {
    state.currencies.push({ ...c });
    reserveId(state, 'currency', c.id);
  }
  for (const l of data.locations) {
    state.locations.push({
      id: l.id,
      name: l.name,
      currencyId: l.currencyId,
      headquarter: l.headquarter,
      active: true,
      external_id: null,
      phoneOne: '+1 555 0100',
    });
    reserveId(state, 'location', l.id);
  }
  for (const d of data.departments) {
    state.departments.push({
      id: d.id,
      name: d.name,
      locationId: d.locationId,
      external_id: d.externalId,
      active: d.active,
      punchout_email: null,
    });
    reserveId(state, 'department', d.id);
  }
  for (const ac of data.accountCodes) {
    state.accountCodes.push({
      id: ac.id,
      code: ac.code,
      description: ac.description,
      account_type: ac.accountType,
      active: ac.active,
      parent: null,
    });
    reserveId(state, 'accountCode', ac.id);
  }
  for (const a of data.accounts) {
    state.accounts.push({
      id: a.id,
      accountCodeId: a.accountCodeId,
      departmentId: a.departmentId,
      active: a.active,
      budget: '0.00',
    });
    reserveId(state, 'account', a.id);
  }
  for (const v of data.vendors) addSeedVendor(state, clock, v);
  for (const b of data.bills) addSeedBill(state, clock, b);
  return state;
}

export function addSeedVendor(state: SimState, clock: SimClock, v: ScenarioProcurify['vendors'][number]): void {
  const vendor = blankVendor(state);
  Object.assign(vendor, {
    id: v.id,
    name: v.name,
    // Scenario vendors are regular (4). Real Procurify's catch-all OTHER vendor is type 1, but the
    // spec's VendorTypeEnum has no 1, so seeding it as 1 would make every vendor list fail the spec.
    type: 4,
    external_id: v.externalId,
    active: v.active,
    currency: v.currencyId,
    email: (v.emails ?? '')
      .split(/[,;]/)
      .map((e) => e.trim())
      .filter(Boolean),
    dateModified: clock.stamp(),
  });
  state.vendors.push(vendor);
  reserveId(state, 'vendor', v.id);
}

/** A bill already in Procurify: approved (status 2), one item per line coded to one account. */
export function addSeedBill(state: SimState, clock: SimClock, b: ScenarioProcurify['bills'][number]): void {
  const stamp = clock.stamp();
  const id = nextId(state, 'bill');
  for (const line of b.lines) {
    const amount = Number(line.amount);
    state.items.push({
      id: nextId(state, 'item'),
      billId: id,
      vendorId: b.vendorId,
      description: line.description,
      sku: '',
      unit: '',
      quantity: '1.00000000',
      unit_cost: amount,
      total_cost: amount,
      bill_by_cost: false,
      currencyId: b.currencyId,
      tax_is_inclusive: false,
      tax: null,
      shipping_amount: null,
      allocations: [
        {
          id: nextId(state, 'allocation'),
          accountId: line.accountId,
          amount: formatAmount(amount),
          currencyId: b.currencyId,
          created_on: stamp,
        },
      ],
    });
  }
  state.bills.push({
    id,
    uuid: b.uuid,
    vendorId: b.vendorId,
    currencyId: b.currencyId,
    invoice_number: b.invoiceNumber,
    invoice_date: `${b.invoiceDate.slice(0, 10)}T00:00:00Z`,
    due_date: b.dueDate ? `${b.dueDate.slice(0, 10)}T00:00:00Z` : null,
    gl_post_date: null,
    payment_terms: '',
    payment_method: null,
    note: '',
    status: 2,
    type: 0,
    version: 1,
    active: true,
    approval_chain: null,
    submitted_date: stamp,
    last_modified_datetime: stamp,
    payment_date: null,
    statuses: [
      { id: nextId(state, 'billStatus'), status: 1, date: stamp },
      { id: nextId(state, 'billStatus'), status: 2, date: stamp },
    ],
  });
}
