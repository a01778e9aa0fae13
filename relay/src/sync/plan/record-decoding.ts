import type { TransactionSnapshot, VendorSnapshot } from '../../../../suiteapp/src/lib/snapshot-types';
import type { BillWriteProgress } from '../../procurify';
import { recordWriteProgress, transactionSnapshot, vendorSnapshot } from '../../store/record-columns';
import type { RecordView } from './plan-types';

// What the decisions read of a record version: its snapshot (none for a delete) and its bill-write
// progress, through the store's typed decoder of sync_record's JSON columns.

/** The version's snapshot; null for a delete. */
export function vendorSnapshotOf(record: RecordView): VendorSnapshot | null {
  return isDelete(record) ? null : vendorSnapshot(record);
}

/** The version's snapshot; null for a delete. */
export function transactionSnapshotOf(record: RecordView): TransactionSnapshot | null {
  return isDelete(record) ? null : transactionSnapshot(record);
}

/** The stored bill-write progress, or undefined when there is none in today's shape. */
export function billProgressOf(record: RecordView): BillWriteProgress | undefined {
  return recordWriteProgress(record);
}

function isDelete(record: RecordView): boolean {
  return record.action === 'delete' || record.snapshot === null;
}
