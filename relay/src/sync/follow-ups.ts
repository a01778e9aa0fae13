import type { Outcome } from '../store/work-queue';
import type { RecordKey } from '../store/records';

// What a finished record sets off besides its own new state: rules of the sync, named here rather
// than written into the wiring, so the worker's composition only carries them out.

/** A vendor now in Procurify releases the bills held waiting for it (vendor_not_synced). */
export function releasesWaitingBills(record: RecordKey, outcome: Pick<Outcome, 'status'>): boolean {
  return record.recordType === 'vendor' && outcome.status === 'synced';
}

export interface FollowUpActions {
  /** The state writer looks for writebacks now rather than at its next idle wake-up. */
  nudgeStateWriter(): void;
  billsAwaitingVendor(netsuiteVendorId: string): Promise<RecordKey[]>;
  requeue(keys: RecordKey[], actor: string, reason: string): Promise<unknown>;
}

/** Every finished record: its writeback goes out promptly, and a synced vendor's waiting bills go again. */
export async function afterRecordFinished(
  actions: FollowUpActions,
  record: RecordKey,
  outcome: Pick<Outcome, 'status'>,
): Promise<void> {
  actions.nudgeStateWriter();
  if (!releasesWaitingBills(record, outcome)) return;
  const bills = await actions.billsAwaitingVendor(record.recordId);
  await actions.requeue(bills, 'worker', `vendor ${record.recordId} is now in Procurify`);
}
