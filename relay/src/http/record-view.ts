import { listAudit } from '../store/audit-store';
import type { Executor } from '../store/executor';
import { recordDetail, recordIssues } from '../store/record-columns';
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
    issues: recordIssues(row),
    attempts: row.attempts,
    lastSyncedAt: row.lastSyncedAt,
    updatedAt: row.updatedAt,
    detail: recordDetail(row),
  };
}
