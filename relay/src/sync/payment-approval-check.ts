import { listBills, type ProcurifyClient } from '../procurify';
import type { Database } from '../store/database';
import { syncedRecordsWithIssue } from '../store/issue-records';
import type { RecordKey } from '../store/records';
import { AWAITING_APPROVAL, PAYMENT_STATUS_DRIFT } from './payment-status';
import type { Clock } from '../time/clock';

// A bill paid in NetSuite that Procurify had not approved yet (`payment_status_drift` of kind
// `awaiting_approval`) is resolved by an approver in Procurify, and Procurify tells no one (it has no
// webhooks). So each reference refresh asks Procurify once for the bills modified since it last
// looked (`GET /api/v3/ap/bills/?last_modified_datetime_0=`; an approval modifies the bill) and
// returns those awaiting bills whose status moved since the drift was reported, for the bill job to
// take up (it marks an approved one paid). The others are left as they are: a bill waiting for weeks
// adds nothing to its history. With none waiting, this is one local query and no request.

export interface ApprovalCheck {
  /** Bills awaiting approval in Procurify when the check began. */
  awaiting: number;
  /** Those whose Procurify status moved: to be queued. */
  moved: RecordKey[];
  /** Why the check stopped (Procurify could not be read); the next refresh looks again from the same time. */
  error?: unknown;
}

/** Clocks of the relay and Procurify differ a little: each look reaches this far back past the last. */
const OVERLAP_MS = 5 * 60_000;

/** One per relay: it remembers how far its last look reached. */
export function createApprovalCheck(database: Database, client: ProcurifyClient, clock: Clock) {
  let lookedUntilMs: number | undefined;
  return async function billsApprovedSinceDrift(): Promise<ApprovalCheck> {
    const awaiting = (await syncedRecordsWithIssue(database.db, PAYMENT_STATUS_DRIFT, AWAITING_APPROVAL)).filter(
      (record) => record.procurifyId,
    );
    if (awaiting.length === 0) return { awaiting: 0, moved: [] };
    const startedMs = clock.now();
    // The first look after a start reaches back to the oldest report of the drift.
    const fromMs = (lookedUntilMs ?? Math.min(...awaiting.map((record) => Date.parse(record.updatedAt)))) - OVERLAP_MS;
    const statusNow = new Map<string, number | null>();
    try {
      for await (const bill of listBills(client, { lastModifiedFrom: new Date(fromMs).toISOString() }))
        statusNow.set(bill.uuid, bill.status ?? null);
    } catch (error) {
      return { awaiting: awaiting.length, moved: [], error };
    }
    lookedUntilMs = startedMs;
    const moved = awaiting
      .filter((record) => statusNow.has(record.procurifyId!))
      // The status the drift was reported with (null when Procurify gave none).
      .filter((record) => statusNow.get(record.procurifyId!) !== (record.issue.procurifyStatus ?? null))
      .map((record) => ({ recordType: record.recordType, recordId: record.recordId }));
    return { awaiting: awaiting.length, moved };
  };
}
