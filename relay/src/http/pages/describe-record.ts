import { readableSnapshot } from '../../store/record-columns';
import type { SyncRecordRow } from '../../store/records';
import { formatAmount } from './components';

/** One line saying what the record is, from its latest snapshot: a vendor's name, a bill's number and vendor. */
export function describeRecord(row: Pick<SyncRecordRow, 'recordType' | 'recordId' | 'snapshot'>): string {
  const decoded = readableSnapshot(row);
  if (decoded === null) return '';
  if (decoded.recordType === 'vendor') {
    const vendor = decoded.snapshot;
    return vendor.companyName || [vendor.firstName, vendor.lastName].filter(Boolean).join(' ');
  }
  const { tranId, entity, total, currency } = decoded.snapshot;
  return [tranId, entity.name, formatAmount(total, currency.code)].filter(Boolean).join(' · ');
}
