import { idList, timestampLiteral } from '../netsuite';
import type { RecordType } from '../../../suiteapp/src/lib/snapshot-types';
import type { KeysetCursor } from '../store/poll-state';

// The SuiteQL of docs/architecture.md "Polling": changed ids in (last-modified, id) order, and deletes.

export const PAGE_SIZE = 1000;

export const CHANGED_FROM: Record<RecordType, { table: string; filter: string }> = {
  vendor: { table: 'vendor', filter: '' },
  vendorbill: { table: 'transaction', filter: "type = 'VendBill' AND " },
  purchaseorder: { table: 'transaction', filter: "type = 'PurchOrd' AND " },
};

/** One page of `{ id, lm }` rows after the cursor (keyset paging passes the 100,000-row offset cap). */
export function changedRowsQuery(recordType: RecordType, cursor: KeysetCursor, pageSize = PAGE_SIZE): string {
  const { table, filter } = CHANGED_FROM[recordType];
  const at = timestampLiteral(cursor.lastModified);
  const id = idList([cursor.recordId]);
  return (
    `SELECT id, TO_CHAR(lastmodifieddate,'YYYY-MM-DD"T"HH24:MI:SS') AS lm FROM ${table} ` +
    `WHERE ${filter}(lastmodifieddate > ${at} OR (lastmodifieddate = ${at} AND id > ${id})) ` +
    `ORDER BY lastmodifieddate, id FETCH FIRST ${pageSize} ROWS ONLY`
  );
}

/**
 * Vendor payments (`VendPymt`) and bill credits (`VendCred`) in the same keyset order, with their
 * type: applying one changes the bills it pays without saving them, so the poller follows them.
 */
export function paymentRowsQuery(cursor: KeysetCursor, pageSize = PAGE_SIZE): string {
  const at = timestampLiteral(cursor.lastModified);
  const id = idList([cursor.recordId]);
  return (
    `SELECT id, type, TO_CHAR(lastmodifieddate,'YYYY-MM-DD"T"HH24:MI:SS') AS lm FROM transaction ` +
    `WHERE ${PAYMENT_FILTER} AND (lastmodifieddate > ${at} OR (lastmodifieddate = ${at} AND id > ${id})) ` +
    `ORDER BY lastmodifieddate, id FETCH FIRST ${pageSize} ROWS ONLY`
  );
}

const PAYMENT_FILTER = "type IN ('VendPymt', 'VendCred')";

/** Deleted payments and credits: DeletedRecord spellings, matched like the others. */
export const DELETED_PAYMENT_TYPES = new Set(['VENDORPAYMENT', 'VENDPYMT', 'VENDORCREDIT', 'VENDCRED']);

/**
 * How DeletedRecord spells a type is unverified (docs/reference/netsuite-api.md "Deleted records"): the record type
 * (`vendorbill`) or the SuiteQL type code (`VendBill`). Both are matched, case-insensitively.
 */
export const DELETED_TYPE_NAMES: Record<string, RecordType> = {
  VENDOR: 'vendor',
  VENDORBILL: 'vendorbill',
  VENDBILL: 'vendorbill',
  PURCHASEORDER: 'purchaseorder',
  PURCHORD: 'purchaseorder',
};

/** One page of `{ recordid, type, lm }` DeletedRecord rows after the cursor. */
export function deletedRowsQuery(cursor: KeysetCursor, pageSize = PAGE_SIZE): string {
  const at = timestampLiteral(cursor.lastModified);
  const id = idList([cursor.recordId]);
  const types = [...Object.keys(DELETED_TYPE_NAMES), ...DELETED_PAYMENT_TYPES].map((name) => `'${name}'`).join(', ');
  return (
    `SELECT recordid AS id, type, TO_CHAR(deleteddate,'YYYY-MM-DD"T"HH24:MI:SS') AS lm FROM deletedrecord ` +
    `WHERE UPPER(type) IN (${types}) AND (deleteddate > ${at} OR (deleteddate = ${at} AND recordid > ${id})) ` +
    `ORDER BY deleteddate, recordid FETCH FIRST ${pageSize} ROWS ONLY`
  );
}

/** The newest change of a type: where a first poll starts (history comes through a backfill). */
export function newestChangeQuery(recordType: RecordType | 'payment' | 'deleted'): string {
  if (recordType === 'payment') {
    return (
      `SELECT id, TO_CHAR(lastmodifieddate,'YYYY-MM-DD"T"HH24:MI:SS') AS lm FROM transaction WHERE ${PAYMENT_FILTER} ` +
      `ORDER BY lastmodifieddate DESC, id DESC FETCH FIRST 1 ROWS ONLY`
    );
  }
  if (recordType === 'deleted') {
    return `SELECT recordid AS id, TO_CHAR(deleteddate,'YYYY-MM-DD"T"HH24:MI:SS') AS lm FROM deletedrecord ORDER BY deleteddate DESC, recordid DESC FETCH FIRST 1 ROWS ONLY`;
  }
  const { table, filter } = CHANGED_FROM[recordType];
  const where = filter ? `WHERE ${filter.replace(/ AND $/, '')} ` : '';
  return (
    `SELECT id, TO_CHAR(lastmodifieddate,'YYYY-MM-DD"T"HH24:MI:SS') AS lm FROM ${table} ${where}` +
    `ORDER BY lastmodifieddate DESC, id DESC FETCH FIRST 1 ROWS ONLY`
  );
}
