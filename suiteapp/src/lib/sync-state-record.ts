// The sync-state custom record (docs/architecture.md "Relay → NetSuite: the sync-state record"): one per
// synced vendor, bill or PO, upserted by the relay with REST `PUT …/eid:<recordType>-<recordId>`
// and read by the subtab and the Resync Suitelet. Nothing of ours edits the vendor, bill or PO.
import type { RecordType } from './snapshot-types';

export const SYNC_STATE_RECORD = 'customrecord_mlc_sync_state';

/** Field ids of the record; SuiteQL columns are the same ids in lower case. */
export const SYNC_STATE_FIELDS = {
  recordType: 'custrecord_mlc_ss_record_type',
  recordId: 'custrecord_mlc_ss_record_id',
  /**
   * Select → transaction (bills and POs; SDF record type -30); null for vendors and once the
   * transaction is deleted (onparentdelete SET_NULL).
   */
  transaction: 'custrecord_mlc_ss_transaction',
  /**
   * Select → vendor; null for transactions and once the vendor is deleted. SDF record type -3:
   * Oracle lists the negative ids SDF accepts without their names
   * (https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/SDFxml_654195790.html); that -3
   * is Vendor comes from NetSuite's record metadata as nsmockup ships it
   * (https://cdn.jsdelivr.net/npm/nsmockup@0.10.0/src/defaults-records/metadata/vendor.json).
   */
  vendor: 'custrecord_mlc_ss_vendor',
  status: 'custrecord_mlc_ss_status',
  procurifyId: 'custrecord_mlc_ss_procurify_id',
  syncedAt: 'custrecord_mlc_ss_synced_at',
  message: 'custrecord_mlc_ss_message',
  detail: 'custrecord_mlc_ss_detail',
} as const;

/** `_message` is a free-form text field (300 characters); `_detail` a text area kept under 3,900. */
export const SYNC_STATE_LIMITS = { message: 300, detail: 3_900 } as const;

/** The external id the relay upserts by, e.g. `vendorbill-1002` (letters, digits, `-`, `_` only). */
export function syncStateExternalId(recordType: RecordType, recordId: string): string {
  if (!/^\d+$/.test(recordId)) throw new Error(`Not a NetSuite internal id: ${recordId}`);
  return `${recordType}-${recordId}`;
}

/** The record's name as NetSuite lists it, e.g. `vendorbill 1002`. */
export function syncStateName(recordType: RecordType, recordId: string): string {
  return `${recordType} ${recordId}`;
}

/** What the subtab and the Suitelet read back: the text fields, as the relay wrote them. */
export interface SyncState {
  status: string | null;
  procurifyId: string | null;
  /** ISO-8601 UTC text, e.g. 2026-11-20T14:03:15Z. */
  syncedAt: string | null;
  message: string | null;
  /** JSON `{link, lines, history}` (sync-detail.ts reads it). */
  detail: string | null;
}

const F = SYNC_STATE_FIELDS;

/**
 * The one SuiteQL lookup of a record's sync state: by external id, bound as the only parameter.
 * Columns are aliased to SyncState's names (SuiteQL returns them in lower case).
 */
export const SYNC_STATE_QUERY =
  `SELECT ${F.status} AS status, ${F.procurifyId} AS procurifyid, ${F.syncedAt} AS syncedat, ` +
  `${F.message} AS message, ${F.detail} AS detail FROM ${SYNC_STATE_RECORD} WHERE externalid = ?`;

function text(value: unknown): string | null {
  return value === null || value === undefined || value === '' ? null : String(value);
}

/** The first row of SYNC_STATE_QUERY as a SyncState; null when the relay has written none yet. */
export function readSyncState(rows: readonly Record<string, unknown>[]): SyncState | null {
  const row = rows[0];
  if (!row) return null;
  return {
    status: text(row.status),
    procurifyId: text(row.procurifyid),
    syncedAt: text(row.syncedat),
    message: text(row.message),
    detail: text(row.detail),
  };
}
