import {
  currencyOf,
  serializeAccountRead,
  serializeCurrency,
  serializeSimpleUser,
  serializeUserSummary,
} from './serialize-reference';
import { serializeVendorRead } from './serialize-vendor';
import { byId, type BillRecord, type ItemRecord, type SimState } from './state';

// Bills in the spec's read shapes: SimpleBill (list items) and BillRead (GET by uuid). Read-only
// fields the spec declares non-nullable but that have no value here (last_export_date, received_on,
// orderitem, po, …) are left out rather than sent as null, so every body validates against the spec.

export function itemsOf(state: SimState, bill: BillRecord): ItemRecord[] {
  return state.items.filter((item) => item.billId === bill.id);
}

export function billTotal(state: SimState, bill: BillRecord): number {
  return roundMoney(itemsOf(state, bill).reduce((sum, item) => sum + item.total_cost, 0));
}

export function roundMoney(value: number): number {
  return Math.round(value * 1e8) / 1e8;
}

function vendorOf(state: SimState, bill: { vendorId: number }) {
  const vendor = byId(state.vendors, bill.vendorId);
  if (!vendor) throw new Error(`bill refers to missing vendor ${bill.vendorId}`);
  return vendor;
}

function dateOnly(value: string | null): string | null {
  return value == null ? null : value.slice(0, 10);
}

export function serializeSimpleBill(state: SimState, bill: BillRecord, now: number) {
  const total = billTotal(state, bill);
  const currency = currencyOf(state, bill.currencyId);
  const user = serializeSimpleUser();
  return {
    id: bill.id,
    status: bill.status,
    version: bill.version,
    locked: false,
    currency: { id: currency.id, name: currency.name, rate: currency.rate },
    uuid: bill.uuid,
    items: itemsOf(state, bill).map((item) => item.id),
    vendor: { id: bill.vendorId, name: vendorOf(state, bill).name },
    due_date: dateOnly(bill.due_date),
    total_cost_with_tax: total,
    invoice_date: dateOnly(bill.invoice_date),
    next_approver_choices: null,
    last_modified_datetime: bill.last_modified_datetime,
    submitted_date: bill.submitted_date,
    gl_post_date: dateOnly(bill.gl_post_date),
    invoice_number: bill.invoice_number,
    group: null,
    type: bill.type,
    user,
    approver: null,
    past_due: bill.due_date != null && Date.parse(bill.due_date) < now && bill.status !== 4,
    invoice_created: false,
    invoice_uuid: '',
    invoice_total: total,
    creator: user,
  };
}

export function serializeItem(state: SimState, item: ItemRecord) {
  const vendor = byId(state.vendors, item.vendorId);
  if (!vendor) throw new Error(`item ${item.id} refers to missing vendor ${item.vendorId}`);
  const currency = serializeCurrency(currencyOf(state, item.currencyId));
  return {
    id: item.id,
    expense: null,
    bill: item.billId,
    vendor: serializeVendorRead(state, vendor),
    sku: item.sku,
    description: item.description,
    unit: item.unit,
    quantity: item.quantity,
    currency,
    total_cost: item.total_cost,
    packing_slips: [],
    cost_allocations: item.allocations.map((allocation) => {
      const account = byId(state.accounts, allocation.accountId);
      if (!account) throw new Error(`allocation ${allocation.id} refers to missing account ${allocation.accountId}`);
      return {
        id: allocation.id,
        budget: serializeAccountRead(state, account),
        object_id: item.id,
        amount: allocation.amount,
        currency: serializeCurrency(currencyOf(state, allocation.currencyId)),
        created_on: allocation.created_on,
      };
    }),
    archived: false,
    same_unit_cost: true,
    creditcard_item: null,
    is_edited: false,
    unit_cost_diff_log: null,
    tax_name: '',
    tax_percentage: null,
    tax_amount: 0,
    tax_is_inclusive: item.tax_is_inclusive,
    tax: item.tax,
    total_cost_with_tax: item.total_cost,
    shipping_amount: item.shipping_amount,
    unit_cost: item.unit_cost,
    custom_fields: [],
    type: 'bill_item',
    bill_by_cost: item.bill_by_cost,
  };
}

export function serializeBillRead(state: SimState, bill: BillRecord) {
  const vendor = vendorOf(state, bill);
  const total = billTotal(state, bill);
  const user = serializeUserSummary(state);
  const currency = currencyOf(state, bill.currencyId);
  return {
    id: bill.id,
    uuid: bill.uuid,
    user,
    vendor: serializeVendorRead(state, vendor),
    approval_chain: bill.approval_chain,
    approver: null,
    items: itemsOf(state, bill).map((item) => serializeItem(state, item)),
    costs: [],
    invoice_attachments: [],
    bill_statuses: bill.statuses.map((entry) => ({
      id: entry.id,
      user,
      date: entry.date,
      status: entry.status,
      bill: bill.id,
    })),
    currency: serializeCurrency(currency),
    comments: [],
    version_choices: [{ pk: bill.id, version: bill.version }],
    tax_amount: 0,
    inclusive_tax_amount: 0,
    exclusive_tax_amount: 0,
    subtotal_cost: total,
    total_cost: total,
    total_cost_with_tax: total,
    converted_total_cost: roundMoney(total * Number(currency.rate || '1')),
    next_approver_choices: null,
    locked: false,
    bill_payment: null,
    creditcard_name: '',
    vendor_name: vendor.name.slice(0, 100),
    vendor_contact: (vendor.contact ?? '').slice(0, 100),
    vendor_address_one: vendor.addressLineOne ?? '',
    vendor_address_two: vendor.addressLineTwo ?? '',
    vendor_postal_code: (vendor.postalCode ?? '').slice(0, 10),
    vendor_city: vendor.city ?? '',
    vendor_state_province: vendor.state_province ?? '',
    vendor_country: vendor.country ?? '',
    last_modified_datetime: bill.last_modified_datetime,
    submitted_date: bill.submitted_date,
    invoice_number: bill.invoice_number,
    invoice_date: bill.invoice_date,
    due_date: bill.due_date,
    payment_terms: bill.payment_terms,
    version: bill.version,
    status: bill.status,
    type: bill.type,
    active: bill.active,
    note: bill.note,
    gl_post_date: bill.gl_post_date,
    group: null,
    payment_method: bill.payment_method,
    payment_method_name: '',
    added_purchase_orders: [],
    shipping_amount: 0,
    invoice_uuid: '',
    invoice_total: total,
    creator: user,
  };
}

export function billMetadata(bills: { currencyId: number }[], total: number) {
  return {
    permissions: { can_edit: true, can_delete: false, can_approve: false },
    summary: { has_multiple_currency: new Set(bills.map((b) => b.currencyId)).size > 1, total_cost: total },
  };
}
