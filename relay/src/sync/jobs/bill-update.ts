import { z } from 'zod';
import { getBill, type BillRead } from '../../procurify';
import { compareBillReadBack, type BillWriteInput, type ReadBackDifference } from '../mapping';
import { readBackOf } from './bill-write';
import type { JobDeps } from './job-deps';

// What the evidence allows on a bill already in Procurify (docs/reference/procurify-api.md "Bill writes (undocumented)"): a PATCH of the
// header fields (invoice number, dates, payment terms, currency, note). Lines cannot be changed.

const answer = z.unknown();

export async function updateBillHeader(
  deps: JobDeps,
  bill: BillRead,
  input: BillWriteInput,
): Promise<{ patched: string[]; remaining: ReadBackDifference[] }> {
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
  const lineDifferences = (read: BillRead) =>
    compareBillReadBack(input, readBackOf(read)).filter(
      (difference) => !['invoice_number', 'currency'].includes(difference.field),
    );
  if (Object.keys(patch).length === 0) return { patched: [], remaining: lineDifferences(bill) };
  await deps.procurify.request({
    method: 'PATCH',
    path: `/api/v3/ap/bills/${bill.uuid}/`,
    body: patch,
    schema: answer,
    schemaName: 'bill header update answer',
  });
  const after = await getBill(deps.procurify, bill.uuid);
  return { patched: Object.keys(patch), remaining: compareBillReadBack(input, readBackOf(after)) };
}

function calendarDay(value: string | null | undefined): string | null {
  return value ? value.slice(0, 10) : null;
}
