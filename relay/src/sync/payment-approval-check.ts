import { getBill, type ProcurifyClient } from '../procurify';
import { HttpError } from '../retry';
import type { Database } from '../store/database';
import { syncedRecordsWithIssue } from '../store/issue-records';
import type { RecordKey } from '../store/records';
import { AWAITING_APPROVAL, PAYMENT_STATUS_DRIFT } from './payment-status';

// A bill paid in NetSuite that Procurify had not approved yet (`payment_status_drift` of kind
// `awaiting_approval`) is resolved by an approver in Procurify, and Procurify tells no one (it has no
// webhooks). So each reference refresh reads those bills again (docs/architecture.md "Bill payment
// status"): the ones whose status moved since the drift was reported are returned, for the bill job
// to take up (it marks an approved one paid). The others are left as they are, so a bill waiting
// for weeks costs one read per refresh and adds nothing to its history. With none waiting, this is
// one local query and no request.

export interface ApprovalCheck {
  /** Bills awaiting approval in Procurify when the check began. */
  awaiting: number;
  /** Those whose Procurify status moved: to be queued. */
  moved: RecordKey[];
  /** Why the check stopped early (Procurify could not be read); the next refresh looks again. */
  error?: unknown;
}

export async function billsApprovedSinceDrift(database: Database, client: ProcurifyClient): Promise<ApprovalCheck> {
  const awaiting = await syncedRecordsWithIssue(database.db, PAYMENT_STATUS_DRIFT, AWAITING_APPROVAL);
  const moved: RecordKey[] = [];
  for (const record of awaiting) {
    if (!record.procurifyId) continue;
    // The status the drift was reported with (null when Procurify gave none).
    const reported = record.issue.procurifyStatus ?? null;
    try {
      if ((await statusNow(client, record.procurifyId)) === reported) continue;
    } catch (error) {
      return { awaiting: awaiting.length, moved, error };
    }
    moved.push({ recordType: record.recordType, recordId: record.recordId });
  }
  return { awaiting: awaiting.length, moved };
}

/** The bill's status in Procurify now; null when it has none, or is gone (the job then says what it finds). */
async function statusNow(client: ProcurifyClient, uuid: string): Promise<number | null | 'gone'> {
  try {
    return (await getBill(client, uuid)).status ?? null;
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) return 'gone';
    throw error;
  }
}
