import { getBill, resumeBillWrite, type BillRead, type ProgressStore, type WrittenBill } from '../../procurify';
import { PermanentError } from '../../transport';
import { compareBillReadBack, type MappedBill } from '../mapping';
import { readBackOf } from '../plan/bill-header';
import type { JobDeps } from './job-deps';
import { clip } from './outcomes';

export type BillWriterDeps = Pick<JobDeps, 'procurify' | 'settings'>;

/** Writes the bill through the draft-bill adapter from the progress stored; it counts only if it reads back as written. */
export async function writeVerifiedBill(
  deps: BillWriterDeps,
  input: MappedBill,
  store: ProgressStore,
): Promise<WrittenBill & { status: number | undefined }> {
  const written = await resumeBillWrite(deps.procurify, input, { submit: deps.settings.billSubmit }, store);
  const read = await verifyBill(deps, written.uuid, input);
  return { ...written, status: read.status };
}

/** Reads the bill back and compares it with what was written; answers what it read. */
export async function verifyBill(deps: BillWriterDeps, uuid: string, input: MappedBill): Promise<BillRead> {
  const read = await getBill(deps.procurify, uuid);
  const differences = compareBillReadBack(input, readBackOf(read));
  if (differences.length > 0) {
    throw new PermanentError(
      'procurify_rejected',
      clip(`Procurify stored the bill (${uuid}) differently: ${differences.map((d) => d.message).join(' ')}`),
    );
  }
  return read;
}
