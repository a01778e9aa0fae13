import { listAudit } from '../store/audit-store';
import type { Executor } from '../store/executor';
import type { SyncRecordRow } from '../store/records';
import { recordNames } from './record-names';

/** A record as the admin API and the NetSuite subtab show it (docs/architecture.md "Admin API"). */
export async function recordView(db: Executor, row: SyncRecordRow, historyLimit = 50) {
  return {
    ...recordSummary(row),
    history: await listAudit(db, { recordType: row.recordType, recordId: row.recordId, limit: historyLimit }),
  };
}

export function recordSummary(row: SyncRecordRow) {
  return {
    recordType: row.recordType,
    recordId: row.recordId,
    ...recordNames(row),
    status: row.status,
    procurifyId: row.procurifyId,
    message: row.message,
    issues: JSON.parse(row.issues) as { code: string }[],
    attempts: row.attempts,
    lastSyncedAt: row.lastSyncedAt,
    updatedAt: row.updatedAt,
    detail: row.detail ? (JSON.parse(row.detail) as unknown) : null,
  };
}
