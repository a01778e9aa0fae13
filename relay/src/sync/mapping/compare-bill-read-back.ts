// After a bill is written, it is read back (`GET /api/v2/ap/bills/{uuid}/`, `BillRead`) and
// compared with what we meant to write before it counts as synced: vendor, invoice number, each
// line's account and amount, and the total, to the cent (integer cents, never floats).
// Lines are compared in order: the writer adds the items in the order of `input.lines`.
import type { BillWriteInput } from './map-bill';
import { centsFromReadBack, formatCents, sumCents } from './money';

type IdOrObject = number | { id: number };

/** The parts of Procurify's `BillRead` the comparison reads. */
export interface BillReadBack {
  vendor: IdOrObject;
  invoice_number: string | null;
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

export function compareBillReadBack(expected: BillWriteInput, actual: BillReadBack): ReadBackDifference[] {
  const differences: ReadBackDifference[] = [];
  const add = (difference: ReadBackDifference) => differences.push(difference);

  const vendorId = idOf(actual.vendor);
  if (vendorId !== expected.vendorId) {
    add({
      field: 'vendor',
      expected: String(expected.vendorId),
      actual: String(vendorId),
      message: `The bill is on vendor ${vendorId}, not ${expected.vendorId}.`,
    });
  }
  const invoiceNumber = actual.invoice_number?.trim() ?? '';
  if (invoiceNumber !== expected.invoiceNumber) {
    add({
      field: 'invoice_number',
      expected: expected.invoiceNumber,
      actual: invoiceNumber,
      message: `The invoice number reads "${invoiceNumber}", not "${expected.invoiceNumber}".`,
    });
  }
  const currencyId = idOf(actual.currency);
  if (actual.currency !== undefined && currencyId !== expected.currencyId) {
    add({
      field: 'currency',
      expected: String(expected.currencyId),
      actual: String(currencyId),
      message: `The bill's currency is ${currencyId}, not ${expected.currencyId}.`,
    });
  }

  const items = actual.items.filter((item) => !item.archived);
  if (items.length !== expected.lines.length) {
    add({
      field: 'line_count',
      expected: String(expected.lines.length),
      actual: String(items.length),
      message: `The bill has ${items.length} lines, not ${expected.lines.length}.`,
    });
  }
  const readCents: number[] = [];
  items.forEach((item, position) => {
    const cents = sumCents(item.cost_allocations.map((allocation) => centsFromReadBack(allocation.amount)));
    readCents.push(cents);
    const want = expected.lines[position];
    if (!want) return;
    const accounts = [...new Set(item.cost_allocations.map((allocation) => idOf(allocation.budget)))];
    const account = accounts.map(String).join(', ') || 'none';
    if (accounts.length !== 1 || accounts[0] !== want.accountId) {
      add({
        field: 'line_account',
        line: want.line,
        expected: String(want.accountId),
        actual: account,
        message: `Line ${want.line} is coded to account ${account}, not ${want.accountId}.`,
      });
    }
    if (cents !== want.amountCents) {
      add({
        field: 'line_amount',
        line: want.line,
        expected: want.amount,
        actual: formatCents(cents),
        message: `Line ${want.line} reads ${formatCents(cents)}, not ${want.amount}.`,
      });
    }
  });

  const total = actual.total_cost == null ? sumCents(readCents) : centsFromReadBack(actual.total_cost);
  if (total !== expected.totalCents) {
    add({
      field: 'total',
      expected: expected.total,
      actual: formatCents(total),
      message: `The bill totals ${formatCents(total)}, not ${expected.total}.`,
    });
  }
  return differences;
}
