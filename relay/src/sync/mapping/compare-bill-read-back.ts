// After a bill is written, it is read back (`GET /api/v2/ap/bills/{uuid}/`, `BillRead`) and
// compared with what we meant to write before it counts as synced: vendor, invoice number, each
// line's account and amount, and the total, to the cent (integer cents, never floats).
// Lines are compared in order: the writer adds the items in the order of `input.lines`.
import type { MappedBill } from './map-bill';
import { centsFromReadBack, formatCents, sumCents } from './money';

type IdOrObject = number | { id: number };

/** The parts of Procurify's `BillRead` the comparison reads. */
export interface BillReadBack {
  vendor: IdOrObject;
  invoice_number?: string | null;
  currency?: IdOrObject | null;
  /** "Should not contain any tax or shipping" (spec); a JSON number. */
  total_cost?: number | string | null;
  items: {
    archived?: boolean;
    cost_allocations: { budget: IdOrObject | null; amount: string | number }[];
  }[];
}

export type ReadBackField =
  'vendor' | 'invoice_number' | 'currency' | 'line_count' | 'line_account' | 'line_amount' | 'total';

export interface ReadBackDifference {
  field: ReadBackField;
  /** The NetSuite line number, for line differences. */
  line?: number;
  expected: string;
  actual: string;
  message: string;
}

const idOf = (value: IdOrObject | null | undefined): number | null =>
  value == null ? null : typeof value === 'number' ? value : value.id;

function difference(field: ReadBackField, expected: unknown, actual: unknown, message: string, line?: number) {
  const found: ReadBackDifference = { field, expected: String(expected), actual: String(actual), message };
  if (line !== undefined) found.line = line;
  return found;
}

function compareHeader(expected: MappedBill, actual: BillReadBack): ReadBackDifference[] {
  const found: ReadBackDifference[] = [];
  const vendorId = idOf(actual.vendor);
  if (vendorId !== expected.vendorId) {
    found.push(
      difference('vendor', expected.vendorId, vendorId, `The bill is on vendor ${vendorId}, not ${expected.vendorId}.`),
    );
  }
  const invoiceNumber = actual.invoice_number?.trim() ?? '';
  if (invoiceNumber !== expected.invoiceNumber) {
    const message = `The invoice number reads "${invoiceNumber}", not "${expected.invoiceNumber}".`;
    found.push(difference('invoice_number', expected.invoiceNumber, invoiceNumber, message));
  }
  const currencyId = idOf(actual.currency);
  if (actual.currency !== undefined && currencyId !== expected.currencyId) {
    const message = `The bill's currency is ${currencyId}, not ${expected.currencyId}.`;
    found.push(difference('currency', expected.currencyId, currencyId, message));
  }
  return found;
}

function compareLines(expected: MappedBill, items: BillReadBack['items']): ReadBackDifference[] {
  const found: ReadBackDifference[] = [];
  if (items.length !== expected.lines.length) {
    const message = `The bill has ${items.length} lines, not ${expected.lines.length}.`;
    found.push(difference('line_count', expected.lines.length, items.length, message));
  }
  items.forEach((item, position) => {
    const want = expected.lines[position];
    if (!want) return;
    const accounts = [...new Set(item.cost_allocations.map((allocation) => idOf(allocation.budget)))];
    const account = accounts.join(', ') || 'none';
    if (accounts.length !== 1 || accounts[0] !== want.accountId) {
      const message = `Line ${want.line} is coded to account ${account}, not ${want.accountId}.`;
      found.push(difference('line_account', want.accountId, account, message, want.line));
    }
    const amount = formatCents(itemCents(item));
    if (amount !== want.amount) {
      const message = `Line ${want.line} reads ${amount}, not ${want.amount}.`;
      found.push(difference('line_amount', want.amount, amount, message, want.line));
    }
  });
  return found;
}

function itemCents(item: BillReadBack['items'][number]): number {
  return sumCents(item.cost_allocations.map((allocation) => centsFromReadBack(allocation.amount)));
}

export function compareBillReadBack(expected: MappedBill, actual: BillReadBack): ReadBackDifference[] {
  const items = actual.items.filter((item) => !item.archived);
  const total = actual.total_cost == null ? sumCents(items.map(itemCents)) : centsFromReadBack(actual.total_cost);
  const totals =
    total === expected.totalCents
      ? []
      : [
          difference(
            'total',
            expected.total,
            formatCents(total),
            `The bill totals ${formatCents(total)}, not ${expected.total}.`,
          ),
        ];
  return [...compareHeader(expected, actual), ...compareLines(expected, items), ...totals];
}
