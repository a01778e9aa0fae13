import { eq } from 'drizzle-orm';
import type { Executor } from './executor';
import { recordIssues, type RecordIssue } from './record-columns';
import { syncRecord } from './schema';

export interface BlockedRecord {
  recordType: string;
  recordId: string;
  issues: RecordIssue[];
}

/** Every record waiting for a mapping, with its issues: the coverage report names the bills each gap blocks. */
export async function needsMappingRecords(db: Executor): Promise<BlockedRecord[]> {
  const rows = await db
    .select({ recordType: syncRecord.recordType, recordId: syncRecord.recordId, issues: syncRecord.issues })
    .from(syncRecord)
    .where(eq(syncRecord.status, 'needs_mapping'));
  return rows.map((row) => ({ ...row, issues: recordIssues(row) }));
}
