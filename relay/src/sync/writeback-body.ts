import type { AuditEntry } from '../audit/actions';
import type { SyncRecordRow } from '../store/records';
import { clip } from './jobs/outcomes';
import { procurifyLink, type ProcurifyLinks } from './procurify-link';

// The writeback of DESIGN.md: the record's state in the `_mlc_` fields NetSuite shows in the
// "Procurify sync" subtab. `_detail` is compact JSON of at most 3,900 characters.

export const REST_RECORD_TYPE: Record<string, string> = {
  vendor: 'vendor',
  vendorbill: 'vendorBill',
  purchaseorder: 'purchaseOrder',
};

export const MAX_DETAIL = 3_900;

export function writebackBody(
  record: SyncRecordRow,
  history: readonly AuditEntry[],
  links: ProcurifyLinks,
): Record<string, string | null> {
  const prefix = record.recordType === 'vendor' ? 'custentity' : 'custbody';
  return {
    [`${prefix}_mlc_status`]: record.status,
    [`${prefix}_mlc_procurify_id`]: record.procurifyId,
    [`${prefix}_mlc_synced_at`]: record.lastSyncedAt ?? record.updatedAt,
    [`${prefix}_mlc_message`]: clip(record.message ?? ''),
    [`${prefix}_mlc_detail`]: detailJson(record, history, procurifyLink(links, record)),
  };
}

function detailJson(record: SyncRecordRow, history: readonly AuditEntry[], link: string | null): string {
  const stored = record.detail ? (JSON.parse(record.detail) as { lines?: unknown[] }) : {};
  const entries = history
    .filter((entry) => entry.action === 'state_changed')
    .map((entry) => ({
      at: entry.at,
      status: String(entry.detail.to),
      message: clip(String(entry.detail.message ?? ''), 160),
    }));
  const detail = { link, lines: stored.lines ?? [], history: entries.slice(0, 5) };
  // Keep within NetSuite's text area: drop history first, then lines from the end.
  let json = JSON.stringify(detail);
  while (json.length > MAX_DETAIL && detail.history.length > 0) {
    detail.history.pop();
    json = JSON.stringify(detail);
  }
  while (json.length > MAX_DETAIL && detail.lines.length > 0) {
    detail.lines.pop();
    json = JSON.stringify({ ...detail, truncated: true });
  }
  return json;
}
