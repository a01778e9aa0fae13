import type { RecordType } from '../../../suiteapp/src/lib/snapshot-types';
import type { ProcurifyClient } from '../procurify';
import { getRecord, type RecordKey } from '../store/records';
import { RetryLaterError } from '../sync/errors';
import { failureMessage } from '../sync/failure-message';
import { createBillJob } from '../sync/jobs/bill-job';
import type { JobDeps } from '../sync/jobs/job-deps';
import { createPurchaseOrderJob } from '../sync/jobs/purchase-order-job';
import { createVendorJob } from '../sync/jobs/vendor-job';
import type { Job } from '../sync/worker';
import { diffAgainstProcurify, type ResourceDiff } from './field-diff';
import { createRecordingClient, DryRunStop, type CapturedRequest } from './recording-client';

// Dry run of one record: the real job for its type, run against the recording client, so the
// preview shows exactly the requests a replay would send, and changes nothing anywhere (no
// Procurify write, no state change, no audit entry, no writeback).

export interface RecordPreview {
  recordType: string;
  recordId: string;
  /** What the job would conclude; `would_write` when it stopped at the read-back of its own writes. */
  outcome: { status: string; message: string | null; issues?: unknown[] };
  requests: CapturedRequest[];
  diff: ResourceDiff[];
}

export class RecordNotFoundError extends Error {}

const JOBS: Record<RecordType, (deps: JobDeps) => Job> = {
  vendor: createVendorJob,
  vendorbill: createBillJob,
  purchaseorder: createPurchaseOrderJob,
};

export async function previewRecord(deps: JobDeps, key: RecordKey): Promise<RecordPreview> {
  const record = await getRecord(deps.database.db, key);
  if (!record) throw new RecordNotFoundError(`The relay has no ${key.recordType} ${key.recordId}.`);
  const makeJob = JOBS[key.recordType as RecordType];
  if (!makeJob) throw new RecordNotFoundError(`There is no sync job for record type ${key.recordType}.`);
  const recording = createRecordingClient(deps.procurify);
  const outcome = await runJob(makeJob({ ...deps, procurify: recording }), record);
  const requests = recording.captured();
  return { ...key, outcome, requests, diff: await diffAgainstProcurify(deps.procurify, requests) };
}

async function runJob(job: Job, record: Parameters<Job>[0]): Promise<RecordPreview['outcome']> {
  try {
    // A dry run keeps no progress: its writes were never sent.
    const outcome = await job(record, {
      saveProgress: async () => {},
      sendTogether: (_key, item, send) => send([item]).then(() => 1),
    });
    return { status: outcome.status, message: outcome.message ?? null, issues: outcome.issues };
  } catch (error) {
    if (error instanceof DryRunStop) {
      return {
        status: 'would_write',
        message: 'These requests would be sent, then the result read back and verified.',
      };
    }
    if (error instanceof RetryLaterError) return { status: 'pending', message: error.message };
    return { status: 'failed', message: failureMessage(error) };
  }
}

/** For callers that hold a Procurify client but no job deps of their own. */
export type PreviewDeps = Omit<JobDeps, 'procurify'> & { procurify: ProcurifyClient };
