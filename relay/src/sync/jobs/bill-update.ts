import { z } from 'zod';
import { getBill, type BillRead, type ProcurifyClient } from '../../procurify';
import { compareBillReadBack, type MappedBill, type ReadBackDifference } from '../mapping';
import { readBackOf } from '../plan/bill-header';

// What the evidence allows on a bill already in Procurify (docs/reference/procurify-api.md "Bill writes
// (undocumented)"): a PATCH of the header fields. Lines cannot be changed.

const answer = z.unknown();

/** Sends the header PATCH, reads the bill back, and answers what still differs from the input. */
export async function patchBillHeader(
  procurify: ProcurifyClient,
  bill: BillRead,
  input: MappedBill,
  patch: Record<string, unknown>,
): Promise<ReadBackDifference[]> {
  await procurify.request({
    method: 'PATCH',
    path: `/api/v3/ap/bills/${bill.uuid}/`,
    body: patch,
    schema: answer,
    schemaName: 'bill header update answer',
  });
  const after = await getBill(procurify, bill.uuid);
  return compareBillReadBack(input, readBackOf(after));
}
