import type { BillRead } from '../../procurify';
import { compareBillReadBack, type BillReadBack, type MappedBill, type ReadBackDifference } from '../mapping';

// What the evidence allows on a bill already in Procurify (docs/reference/procurify-api.md "Bill writes
// (undocumented)"): a PATCH of the header fields (invoice number, dates, payment terms, currency,
// note). Lines cannot be changed.

export interface HeaderChange {
  /** Only the header fields that differ; empty when there is nothing to send. */
  patch: Record<string, unknown>;
  /** Differences a header PATCH cannot mend (lines, amounts, vendor). */
  lineDifferences: ReadBackDifference[];
}

export function headerChange(bill: BillRead, input: MappedBill): HeaderChange {
  const wanted: Record<string, unknown> = {
    invoice_number: input.invoiceNumber,
    invoice_date: input.invoiceDate,
    due_date: input.dueDate,
    payment_terms: input.paymentTerms,
    currency: input.currencyId,
    note: input.note,
  };
  const current: Record<string, unknown> = {
    invoice_number: bill.invoice_number?.trim(),
    // BillRead dates are date-times (`2026-11-24T00:00:00Z`); we write and compare calendar days.
    invoice_date: calendarDay(bill.invoice_date),
    due_date: calendarDay(bill.due_date),
    payment_terms: bill.payment_terms ?? '',
    currency: bill.currency.id,
    note: bill.note ?? '',
  };
  const patch = Object.fromEntries(Object.entries(wanted).filter(([field, value]) => current[field] !== value));
  const lineDifferences = compareBillReadBack(input, readBackOf(bill)).filter(
    (difference) => !['invoice_number', 'currency'].includes(difference.field),
  );
  return { patch, lineDifferences };
}

/** Procurify's BillRead in the shape the read-back comparison takes. */
export function readBackOf(bill: BillRead): BillReadBack {
  return { ...bill, invoice_number: bill.invoice_number ?? null };
}

function calendarDay(value: string | null | undefined): string | null {
  return value ? value.slice(0, 10) : null;
}
