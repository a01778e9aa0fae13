import { findVendorsByExternalId } from '../../procurify';
import { getRecord } from '../../store/records';
import { RetryLaterError } from '../errors';
import { vendorExternalId } from '../mapping';
import type { JobDeps } from './job-deps';

/**
 * The Procurify id of a bill's vendor. A vendor still waiting in the queue is synced first (the bill
 * waits a moment); one never seen by the relay is looked up in Procurify by external_id; null means
 * it is not in Procurify at all, which the mapping reports as `vendor_not_synced`.
 */
export async function procurifyVendorId(deps: JobDeps, netsuiteVendorId: string): Promise<number | null> {
  const vendor = await getRecord(deps.database.db, { recordType: 'vendor', recordId: netsuiteVendorId });
  if (vendor?.procurifyId && (vendor.status === 'synced' || vendor.status === 'linked'))
    return Number(vendor.procurifyId);
  if (vendor?.dirty) throw new RetryLaterError(`Waiting for vendor ${netsuiteVendorId} to be synced first.`, 2_000);
  const [found] = await findVendorsByExternalId(
    deps.procurify,
    vendorExternalId(deps.settings.accountId, netsuiteVendorId),
  );
  return found ? found.id : null;
}
