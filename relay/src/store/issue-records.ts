import { and, gt, sql } from 'drizzle-orm';
import type { Executor } from './executor';
import { syncRecord } from './schema';

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
    .where(
      and(
        gt(syncRecord.updatedAt, since),
        sql`exists (select 1 from json_each(${syncRecord.issues}) as i where json_extract(i.value, '$.code') = ${code})`,
      ),
    );
}
