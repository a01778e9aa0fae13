import { SYNC_STATE_FIELDS as F, SYNC_STATE_LIMITS, syncStateName } from '../../../suiteapp/src/lib/sync-state-record';
import type { RecordType } from '../../../suiteapp/src/lib/snapshot-types';
import type { AuditEntry } from '../audit/actions';
import { recordDetail } from '../store/record-columns';
import type { SyncRecordRow } from '../store/records';
import { clip } from './jobs/outcomes';
import { procurifyLink, type ProcurifyLinks } from './procurify-link';

// What NetSuite shows of a record (docs/architecture.md "Relay → NetSuite: the sync-state record"): the body
// of the REST upsert of its `customrecord_mlc_sync_state`. Nothing here touches the vendor, bill or PO.

/** The sync-state record's fields for a record in its current state. */
export function stateRecordBody(
  record: SyncRecordRow,
  history: readonly AuditEntry[],
  links: ProcurifyLinks,
): Record<string, unknown> {
  const recordType = record.recordType as RecordType;
  // A deleted record cannot be pointed at; NetSuite also clears the pointer itself (SET_NULL).
  const pointer = record.status === 'deleted' ? null : { id: record.recordId };
  return {
    name: syncStateName(recordType, record.recordId),
    [F.recordType]: record.recordType,
    [F.recordId]: record.recordId,
    [F.transaction]: recordType === 'vendor' ? null : pointer,
    [F.vendor]: recordType === 'vendor' ? pointer : null,
    [F.status]: record.status,
    [F.procurifyId]: record.procurifyId,
    [F.syncedAt]: record.lastSyncedAt === null ? null : wholeSeconds(record.lastSyncedAt),
    [F.message]: clip(record.message ?? '', SYNC_STATE_LIMITS.message),
    [F.detail]: detailJson(record, history, procurifyLink(links, record)),
  };
}

function wholeSeconds(iso: string): string {
  return iso.replace(/\.\d+Z$/, 'Z');
}

/**
 * The record's outcomes, newest first. A run of the same outcome (processed again with the same
 * result) shows once, from when it began, so trying a record again changes nothing NetSuite shows.
 */
function shownHistory(history: readonly AuditEntry[]): { at: string; status: string; message: string }[] {
  const shown: { at: string; status: string; message: string }[] = [];
  for (const entry of history.filter((each) => each.action === 'state_changed')) {
    const outcome = {
      at: wholeSeconds(entry.at),
      status: String(entry.detail.to),
      message: clip(String(entry.detail.message ?? ''), 160),
    };
    const newer = shown.at(-1);
    if (newer && newer.status === outcome.status && newer.message === outcome.message) newer.at = outcome.at;
    else shown.push(outcome);
  }
  return shown;
}

function detailJson(record: SyncRecordRow, history: readonly AuditEntry[], link: string | null): string {
  const detail = { link, lines: recordDetail(record)?.lines ?? [], history: shownHistory(history).slice(0, 5) };
  // Keep within NetSuite's text area: drop history first, then lines from the end.
  let json = JSON.stringify(detail);
  while (json.length > SYNC_STATE_LIMITS.detail && detail.history.length > 0) {
    detail.history.pop();
    json = JSON.stringify(detail);
  }
  while (json.length > SYNC_STATE_LIMITS.detail && detail.lines.length > 0) {
    detail.lines.pop();
    json = JSON.stringify({ ...detail, truncated: true });
  }
  return json;
}
