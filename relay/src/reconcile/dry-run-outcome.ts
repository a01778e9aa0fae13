import type { EventEnvelope } from '../../../suiteapp/src/lib/snapshot-types';
import { snapshotContentHash } from '../domain/content-hash';
import { PermanentError } from '../transport';
import { getRecord, type SyncRecordRow } from '../store/records';
import type { Outcome } from '../store/work-queue';
import type { JobDeps } from '../sync/jobs/job-deps';
import { executeRecordPlan, expectedOutcome, planRecord, type RecordPlan } from '../sync/jobs/record-plan';
import { issueCodesOf, type ExpectedOutcome, type RecordView } from '../sync/plan/plan-types';
import { versionApplies } from '../sync/plan/version-plan';
import { DRY_RUN_CONTEXT } from './preview-record';
import { createIdBook, createRecordingClient, DryRunStop, type CapturedRequest } from './recording-client';
import { createRunWorldReads } from './vendor-lookups';

// What a backfill dry run predicts for one record version it would send, without storing it: the
// same reading, planning and executing as the worker's job (sync/jobs/record-plan.ts), against the
// recording client, so it also knows the requests it would send. It stays cheap with a world read
// per vendor, never per bill (vendor-lookups.ts); only a bill the relay wrote before, or one the
// duplicate guard finds, is read by itself. The outcomes:
//   would_write (a write would be sent) · unchanged (synced, nothing to send; or a version whose
//   content the relay already holds) · would_link · skipped · needs_mapping · failed · deleted
// with reasons: the issue codes the record would carry, or why it is skipped. A vendor this run
// would create counts for its bills (by its made-up id), but after a restart mid-run the run no
// longer remembers such vendors and their bills show as vendor_not_synced.

export interface DryRunOutcome {
  /** The state the record would reach, or `would_write` / `would_link` / `unchanged`. */
  outcome: string;
  /** Why, as codes: the issue codes the record would carry, the reason of skipped. */
  reasons: string[];
  /** The Procurify writes the record would send, made-up ids shown as `{new …}` labels. */
  requests: CapturedRequest[];
}

export type DryRunDeps = Pick<JobDeps, 'database' | 'procurify' | 'references' | 'settings'>;

export type DryRunClassifier = (envelope: EventEnvelope) => Promise<DryRunOutcome>;

/** One classifier per backfill run: it remembers the run's vendors, its made-up ids and its per-vendor reads. */
export function createDryRunClassifier(deps: DryRunDeps): DryRunClassifier {
  const reads = createRunWorldReads(deps);
  const book = createIdBook();

  return async (envelope) => {
    const stored = await getRecord(deps.database.db, envelope);
    if (!versionApplies(incomingVersion(envelope), stored && storedVersion(stored))) {
      return { outcome: 'unchanged', reasons: [], requests: [] };
    }
    const recording = createRecordingClient(deps.procurify, book);
    const planned = await planRecord({ ...deps, reads }, recordView(envelope, stored));
    const reached = await execute(planned, () =>
      executeRecordPlan({ ...deps, procurify: recording, reads }, planned, DRY_RUN_CONTEXT),
    );
    const requests = recording.captured();
    const created = reached.procurifyId !== undefined && book.labels.has(reached.procurifyId);
    if (envelope.recordType === 'vendor' && created) reads.vendorCreated(envelope.recordId, reached.procurifyId!);
    return { ...dryRunTerms(reached, requests.length > 0), requests };
  };
}

interface Reached extends ExpectedOutcome {
  /** The Procurify id the record would hold, when the run knows it. */
  procurifyId?: number;
  /** Why a record is skipped. */
  reason?: string;
}

/** Runs the plan; a stop before a read-back reaches what the plan expects, a refusal fails. */
async function execute(planned: RecordPlan, run: () => Promise<Outcome>): Promise<Reached> {
  const reason = 'reason' in planned.plan ? planned.plan.reason : undefined;
  try {
    const outcome = await run();
    const procurifyId = outcome.procurifyId ? Number(outcome.procurifyId) : undefined;
    return { status: outcome.status as Reached['status'], issueCodes: issueCodesOf(outcome), procurifyId, reason };
  } catch (error) {
    if (error instanceof DryRunStop) return expectedOutcome(planned)!;
    if (error instanceof PermanentError) return { status: 'failed', issueCodes: [error.code] };
    throw error;
  }
}

function dryRunTerms(reached: Reached, writes: boolean): Omit<DryRunOutcome, 'requests'> {
  if (reached.status === 'skipped') return { outcome: 'skipped', reasons: reached.reason ? [reached.reason] : [] };
  const outcome =
    reached.status === 'synced'
      ? writes
        ? 'would_write'
        : 'unchanged'
      : reached.status === 'linked'
        ? 'would_link'
        : reached.status;
  return { outcome, reasons: reached.issueCodes };
}

/** The stored record with this version laid over it; a record the relay never saw starts blank. */
function recordView(envelope: EventEnvelope, stored: SyncRecordRow | undefined): RecordView {
  return {
    recordType: envelope.recordType,
    recordId: envelope.recordId,
    action: envelope.action,
    snapshot: envelope.snapshot === null ? null : JSON.stringify(envelope.snapshot),
    procurifyId: stored?.procurifyId ?? null,
    uncertainWrite: stored?.uncertainWrite ?? false,
    writtenHash: stored?.writtenHash ?? null,
    writeProgress: stored?.writeProgress ?? null,
  };
}

function incomingVersion(envelope: EventEnvelope) {
  return {
    lastModified: envelope.snapshot?.lastModified ?? null,
    occurredAt: envelope.occurredAt,
    contentHash: snapshotContentHash(envelope.snapshot),
    action: envelope.action,
  };
}

function storedVersion(stored: SyncRecordRow) {
  return {
    lastModified: stored.versionLastModified,
    occurredAt: stored.versionOccurredAt,
    contentHash: stored.contentHash,
  };
}
