import { and, eq, gt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from './executor';
import { recordIssues, type RecordIssue } from './record-columns';
import { syncRecord } from './schema';

/**
 * The record's issues with this `code` (and `kind`, when given), as the `from … where …` of a
 * sub-select over `json_each`: the one place both queries below match an issue.
 */
function issuesMatching(code: string, kind?: string): SQL {
  const byKind = kind === undefined ? sql`` : sql` and json_extract(i.value, '$.kind') = ${kind}`;
  return sql`from json_each(${syncRecord.issues}) as i where json_extract(i.value, '$.code') = ${code}${byKind}`;
}

/**
 * Records changed since `since` (ISO) whose issues carry `code`, whatever their state: a synced
 * bill can carry `payment_status_drift`. One query over the rows changed since, for the notifier.
 */
export async function recordsWithIssueSince(
  db: Executor,
  code: string,
  since: string,
): Promise<{ recordType: string; recordId: string; message: string | null }[]> {
  return db
    .select({ recordType: syncRecord.recordType, recordId: syncRecord.recordId, message: syncRecord.message })
    .from(syncRecord)
    .where(and(gt(syncRecord.updatedAt, since), sql`exists (select 1 ${issuesMatching(code)})`));
}

/**
 * Synced records not already queued that carry an issue of this code and kind, with that issue (the
 * first, as stored): e.g. the bills whose payment waits for an approval in Procurify.
 */
export async function syncedRecordsWithIssue(
  db: Executor,
  code: string,
  kind: string,
): Promise<
  {
    recordType: string;
    recordId: string;
    procurifyId: string | null;
    updatedAt: string;
    issue: RecordIssue;
  }[]
> {
  const rows = await db
    .select({
      recordType: syncRecord.recordType,
      recordId: syncRecord.recordId,
      procurifyId: syncRecord.procurifyId,
      updatedAt: syncRecord.updatedAt,
      issues: syncRecord.issues,
    })
    .from(syncRecord)
    .where(
      and(
        eq(syncRecord.status, 'synced'),
        eq(syncRecord.dirty, false),
        sql`exists (select 1 ${issuesMatching(code, kind)})`,
      ),
    );
  return rows.flatMap((row) => {
    const { issues: _all, ...record } = row;
    const issue = recordIssues(row).find((each) => each.code === code && each.kind === kind);
    return issue ? [{ ...record, issue }] : [];
  });
}
