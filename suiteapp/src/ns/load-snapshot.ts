// Loads a record in full and builds its snapshot (for xedit saves and the Resync button).
import * as record from 'N/record';
import { buildSnapshot } from '../lib/build-snapshot';
import { cachedLookups } from '../lib/reference-lookups';
import type { RecordType, SnapshotByType } from '../lib/snapshot-types';
import { readAccountFeatures } from './account-features';
import { readBillPaymentFields } from './bill-payment-fields';
import { searchLookups } from './search-lookups';

export function snapshotOf<T extends RecordType>(
  recordType: T,
  source: record.Record,
  recordId: string,
): SnapshotByType[T] {
  const features = readAccountFeatures();
  const snapshot = buildSnapshot(recordType, source, recordId, cachedLookups(searchLookups), new Date(), features);
  // A bill also says what is still due and what paid it: payments are other records, read by query.
  return recordType === 'vendorbill' ? { ...snapshot, ...readBillPaymentFields(recordId) } : snapshot;
}

export function loadSnapshot<T extends RecordType>(recordType: T, recordId: string): SnapshotByType[T] {
  return snapshotOf(recordType, record.load({ type: recordType, id: recordId }), recordId);
}
