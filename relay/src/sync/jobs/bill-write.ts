import { getBill, writeBill, type BillRead } from '../../procurify';
import { PermanentError } from '../../retry';
import { compareBillReadBack, type BillReadBack, type BillWriteInput } from '../mapping';
import type { JobDeps } from './job-deps';
import { clip } from './outcomes';

/** Writes the bill through the draft-bill adapter, then reads it back; it counts only if it reads back as written. */
export async function writeVerifiedBill(deps: JobDeps, input: BillWriteInput): Promise<string> {
  const written = await writeBill(deps.procurify, input, { submit: deps.settings.billSubmit });
  const readBack = await getBill(deps.procurify, written.uuid);
  const differences = compareBillReadBack(input, readBackOf(readBack));
  if (differences.length > 0) {
    throw new PermanentError(
      'procurify_rejected',
      clip(`Procurify stored the bill (${written.uuid}) differently: ${differences.map((d) => d.message).join(' ')}`),
    );
  }
  return written.uuid;
}

/** Procurify's BillRead in the shape the read-back comparison takes. */
export function readBackOf(bill: BillRead): BillReadBack {
  return { ...bill, invoice_number: bill.invoice_number ?? null };
}
