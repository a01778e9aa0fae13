import { completeDraftBill, getBill, writeBill, type BillRead } from '../../procurify';
import { PermanentError } from '../../retry';
import { compareBillReadBack, type BillReadBack, type BillWriteInput } from '../mapping';
import type { JobDeps } from './job-deps';
import { clip } from './outcomes';

/** Writes the bill through the draft-bill adapter, then reads it back; it counts only if it reads back as written. */
export async function writeVerifiedBill(deps: JobDeps, input: BillWriteInput): Promise<string> {
  const written = await writeBill(deps.procurify, input, { submit: deps.settings.billSubmit });
  await verify(deps, written.uuid, input);
  return written.uuid;
}

async function verify(deps: JobDeps, uuid: string, input: BillWriteInput): Promise<void> {
  const differences = compareBillReadBack(input, readBackOf(await getBill(deps.procurify, uuid)));
  if (differences.length > 0) {
    throw new PermanentError(
      'procurify_rejected',
      clip(`Procurify stored the bill (${uuid}) differently: ${differences.map((d) => d.message).join(' ')}`),
    );
  }
}

/** Completes an interrupted draft of ours, then verifies it the same way. */
export async function completeVerifiedDraft(deps: JobDeps, draft: BillRead, input: BillWriteInput): Promise<string> {
  await completeDraftBill(deps.procurify, draft, input, { submit: deps.settings.billSubmit });
  await verify(deps, draft.uuid, input);
  return draft.uuid;
}

/** Procurify's BillRead in the shape the read-back comparison takes. */
export function readBackOf(bill: BillRead): BillReadBack {
  return { ...bill, invoice_number: bill.invoice_number ?? null };
}
