import type { SyncRecordRow } from '../store/records';

interface NamedFields {
  companyName?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  tranId?: string | null;
  entity?: { name?: string | null } | null;
}

export interface RecordNames {
  /** The vendor's name: the record itself for a vendor, the bill's or PO's vendor otherwise. */
  vendor: string | null;
  /** The bill's invoice number (its NetSuite reference number); null for vendors and purchase orders. */
  invoice: string | null;
}

/** The names a person knows a record by, from its latest snapshot (none once it is deleted). */
export function recordNames(row: Pick<SyncRecordRow, 'recordType' | 'snapshot'>): RecordNames {
  let snapshot: NamedFields;
  try {
    snapshot = row.snapshot ? (JSON.parse(row.snapshot) as NamedFields) : {};
  } catch {
    snapshot = {};
  }
  if (row.recordType === 'vendor') {
    const person = [snapshot.firstName, snapshot.lastName].filter(Boolean).join(' ');
    return { vendor: snapshot.companyName || person || null, invoice: null };
  }
  return {
    vendor: snapshot.entity?.name || null,
    invoice: row.recordType === 'vendorbill' ? snapshot.tranId || null : null,
  };
}
