import { readableSnapshot } from '../store/record-columns';
import type { SyncRecordRow } from '../store/records';

export interface RecordNames {
  /** The vendor's name: the record itself for a vendor, the bill's or PO's vendor otherwise. */
  vendor: string | null;
  /** The bill's invoice number (its NetSuite reference number); null for vendors and purchase orders. */
  invoice: string | null;
}

/** The names a person knows a record by, from its latest snapshot (none once it is deleted or unreadable). */
export function recordNames(row: Pick<SyncRecordRow, 'recordType' | 'recordId' | 'snapshot'>): RecordNames {
  const decoded = readableSnapshot(row);
  if (decoded === null) return { vendor: null, invoice: null };
  if (decoded.recordType === 'vendor') {
    const { companyName, firstName, lastName } = decoded.snapshot;
    const person = [firstName, lastName].filter(Boolean).join(' ');
    return { vendor: companyName || person || null, invoice: null };
  }
  return {
    vendor: decoded.snapshot.entity.name || null,
    invoice: decoded.recordType === 'vendorbill' ? decoded.snapshot.tranId || null : null,
  };
}
