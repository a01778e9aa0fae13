import type { SyncRecordRow } from '../../store/records';
import { formatAmount } from './components';

interface SnapshotFields {
  companyName?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  tranId?: string | null;
  entity?: { name?: string | null } | null;
  total?: string | null;
  currency?: { code?: string | null } | null;
}

/** One line saying what the record is, from its latest snapshot: a vendor's name, a bill's number and vendor. */
export function describeRecord(row: Pick<SyncRecordRow, 'recordType' | 'snapshot'>): string {
  if (!row.snapshot) return '';
  let snapshot: SnapshotFields;
  try {
    snapshot = JSON.parse(row.snapshot) as SnapshotFields;
  } catch {
    return '';
  }
  if (row.recordType === 'vendor') {
    return snapshot.companyName || [snapshot.firstName, snapshot.lastName].filter(Boolean).join(' ');
  }
  const amount = formatAmount(snapshot.total, snapshot.currency?.code);
  return [snapshot.tranId, snapshot.entity?.name, amount].filter(Boolean).join(' · ');
}
