import type { ProcurifyClient } from '../procurify';
import { getRecord, type RecordKey } from '../store/records';
import { RetryLaterError } from '../sync/errors';
import { failureMessage } from '../sync/failure-message';
import type { JobDeps } from '../sync/jobs/job-deps';
import { executeRecordPlan, planRecord } from '../sync/jobs/record-plan';
import { createWorldReads } from '../sync/jobs/world-reader';
import type { JobContext } from '../sync/worker';
import { diffAgainstProcurify, type ResourceDiff } from './field-diff';
import { createRecordingClient, DryRunStop, type CapturedRequest } from './recording-client';

// Dry run of one record: the same reading, planning and executing as the worker's job, against the
// recording client, so the preview shows exactly the requests a replay would send, and changes
// nothing anywhere (no Procurify write, no state change, no audit entry, no writeback).

export interface RecordPreview {
  recordType: string;
  recordId: string;
  /** What the job would conclude; `would_write` when it stopped at the read-back of its own writes. */
  outcome: { status: string; message: string | null; issues?: unknown[] };
  requests: CapturedRequest[];
  diff: ResourceDiff[];
}

export class RecordNotFoundError extends Error {}

const RECORD_TYPES = new Set(['vendor', 'vendorbill', 'purchaseorder']);

/** A dry run keeps no progress (its writes were never sent) and shares no call with other records. */
export const DRY_RUN_CONTEXT: JobContext = {
  saveProgress: async () => {},
  sendTogether: (_key, item, send) => send([item]).then(() => 1),
};

export async function previewRecord(deps: JobDeps, key: RecordKey): Promise<RecordPreview> {
  const record = await getRecord(deps.database.db, key);
  if (!record) throw new RecordNotFoundError(`The relay has no ${key.recordType} ${key.recordId}.`);
  if (!RECORD_TYPES.has(key.recordType))
    throw new RecordNotFoundError(`There is no sync job for record type ${key.recordType}.`);
  const recording = createRecordingClient(deps.procurify);
  const dry = { ...deps, procurify: recording, reads: createWorldReads({ ...deps, procurify: recording }) };
  const outcome = await runToOutcome(async () => {
    const outcome = await executeRecordPlan(dry, await planRecord(dry, record), DRY_RUN_CONTEXT);
    return { status: outcome.status, message: outcome.message ?? null, issues: outcome.issues };
  });
  const requests = recording.captured();
  return { ...key, outcome, requests, diff: await diffAgainstProcurify(deps.procurify, requests) };
}

async function runToOutcome(run: () => Promise<RecordPreview['outcome']>): Promise<RecordPreview['outcome']> {
  try {
    return await run();
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
