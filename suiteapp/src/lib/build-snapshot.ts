// One entry for every record type, so callers need not know which builder applies.
import type { RecordType, SnapshotByType } from './snapshot-types';
import type { AddressBookReader } from './record-reader';
import type { ReferenceLookups } from './reference-lookups';
import { ALL_FEATURES, type AccountFeatures } from './account-features';
import { buildTransactionSnapshot } from './transaction-snapshot';
import { buildVendorSnapshot } from './vendor-snapshot';

export function buildSnapshot<T extends RecordType>(
  recordType: T,
  record: AddressBookReader,
  recordId: string,
  lookups: ReferenceLookups,
  now: Date,
  features: AccountFeatures = ALL_FEATURES,
): SnapshotByType[T] {
  if (recordType === 'vendor') {
    return buildVendorSnapshot(record, recordId, lookups, now, features) as SnapshotByType[T];
  }
  const kind = recordType as 'vendorbill' | 'purchaseorder';
  return buildTransactionSnapshot(record, recordId, kind, lookups, now, features) as SnapshotByType[T];
}

const RECORD_TYPES: readonly RecordType[] = ['vendor', 'vendorbill', 'purchaseorder'];

export function isRecordType(value: unknown): value is RecordType {
  return typeof value === 'string' && (RECORD_TYPES as readonly string[]).includes(value);
}
