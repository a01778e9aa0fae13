import { randomUUID } from 'node:crypto';
import type { AuditInput } from '../audit/actions';
import type { RecordType } from '../../../suiteapp/src/lib/snapshot-types';
import type { Logger } from '../log/logger';
import { backoffAfter, classifyFailure } from '../transport';
import type { Database } from '../store/database';
import type { SyncRecordRow } from '../store/records';
import { withPacePriority } from '../procurify';
import {
  claimDueRecords,
  finishRecord,
  nextDueRecordAt,
  saveWriteProgress,
  scheduleRetry,
  type Outcome,
} from '../store/work-queue';
import { systemClock, type Clock } from '../time/clock';
import { LeaseLostError, RetryLaterError } from './errors';
import { createBackgroundLoop, type BackgroundLoop } from './background-loop';
import { failureMessage } from './failure-message';
import { collectRequests } from './request-audit';
import { createBatchCall, type BatchCall, type SendTogether } from './send-together';

/** What a job may do besides returning its outcome: keep the progress of a multi-step write. */
export interface JobContext {
  /** Stores the write's progress with the record at once (throws LeaseLostError when the record is no longer ours). */
  saveProgress(progress: string | null): Promise<void>;
  /** Shares one call with the other records of the claimed batch (e.g. one mark-as-paid for many bills). */
  sendTogether: SendTogether;
}

export type Job = (record: SyncRecordRow, context: JobContext) => Promise<Outcome>;

export interface WorkerOptions {
  database: Database;
  jobs: Record<RecordType, Job>;
  logger: Logger;
  clock?: Clock;
  leaseMs?: number;
  batchSize?: number;
  /** How long transient failures are retried before the record is `failed`. */
  retryMaxAgeMs: number;
  retryMaxDelayMs: number;
  retryBaseMs?: number;
  /** Longest sleep of an idle worker (new events wake it, and it wakes when a retry falls due). */
  idleMs?: number;
  /** Called after an outcome is recorded (e.g. a synced vendor re-queues the bills that waited for it). */
  afterFinish?: (record: SyncRecordRow, outcome: Outcome) => Promise<void>;
}

export interface Worker extends BackgroundLoop {
  /** Claims and processes one batch of due records; resolves with how many were processed. */
  runOnce(): Promise<number>;
}

/** Processes dirty records: claim with a lease, run the job for the record type, record the outcome or the retry. */
export function createWorker(options: WorkerOptions): Worker {
  const owner = `worker-${randomUUID()}`;
  const clock = options.clock ?? systemClock;
  const now = clock.now;
  const leaseMs = options.leaseMs ?? 5 * 60_000;

  async function processOne(record: SyncRecordRow, batch: BatchCall): Promise<void> {
    const entries: AuditInput[] = [];
    const scope = { recordType: record.recordType, recordId: record.recordId, actor: 'worker' };
    let left = false;
    // The batch's shared calls wait for every job that has not finished: say so once this one has.
    const leave = () => {
      if (!left) batch.leave();
      left = true;
    };
    try {
      const job = options.jobs[record.recordType as RecordType];
      if (!job) throw new Error(`no job for record type ${record.recordType}`);
      const context: JobContext = {
        saveProgress: async (progress) => {
          if (!(await saveWriteProgress(options.database, record, owner, progress))) throw new LeaseLostError(record);
        },
        sendTogether: batch.join,
      };
      const outcome = await collectRequests(scope, entries, () => job(record, context).finally(leave));
      const finished = await finishRecord(
        options.database,
        record,
        owner,
        { ...outcome, audit: [...entries, ...(outcome.audit ?? [])] },
        { nowMs: now() },
      );
      if (finished) await afterFinish(record, outcome);
    } catch (error) {
      leave();
      await handleFailure(record, error, entries);
    }
  }

  /** Follow-up work must not turn the recorded outcome into a failure: log it instead. */
  async function afterFinish(record: SyncRecordRow, outcome: Outcome): Promise<void> {
    try {
      await options.afterFinish?.(record, outcome);
    } catch (error) {
      options.logger.error(
        { err: error, recordType: record.recordType, recordId: record.recordId },
        'after-finish step failed',
      );
    }
  }

  async function handleFailure(record: SyncRecordRow, error: unknown, entries: AuditInput[]): Promise<void> {
    const nowMs = now();
    if (error instanceof LeaseLostError) {
      options.logger.warn({ recordType: record.recordType, recordId: record.recordId }, error.message);
      return;
    }
    if (error instanceof RetryLaterError) {
      const retry = { delayMs: error.delayMs, message: error.message, uncertainWrite: false, audit: entries };
      await scheduleRetry(options.database, record, owner, retry, { nowMs });
      return;
    }
    const decision = classifyFailure(error);
    const message = failureMessage(error);
    const failingFor = nowMs - (record.failingSinceMs ?? nowMs);
    if (decision.action === 'never' || failingFor >= options.retryMaxAgeMs) {
      if (decision.action === 'never' && decision.reason === 'unexpected_error') {
        options.logger.error({ err: error, recordType: record.recordType, recordId: record.recordId }, 'job failed');
      }
      const code =
        error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : decision.reason;
      const exhausted = decision.action !== 'never';
      await finishRecord(
        options.database,
        record,
        owner,
        {
          status: 'failed',
          message: exhausted
            ? `Gave up after retrying for ${Math.round(failingFor / 60_000)} min: ${message}`
            : message,
          issues: [{ code, message }],
          audit: entries,
        },
        { nowMs },
      );
      return;
    }
    // Attempts add up across replays; the backoff grows with this failure's length instead.
    const backoff = backoffAfter(failingFor, { baseMs: options.retryBaseMs, maxMs: options.retryMaxDelayMs });
    // Retry-After is honoured as given; only our own backoff is capped.
    const delayMs = Math.max(('afterMs' in decision ? decision.afterMs : 0) ?? 0, backoff);
    await scheduleRetry(
      options.database,
      record,
      owner,
      {
        delayMs,
        message: `${message} Retrying ${decision.action === 'lookup_first' ? 'after checking what Procurify holds' : 'automatically'}.`,
        uncertainWrite: decision.action === 'lookup_first',
        audit: entries,
      },
      { nowMs },
    );
  }

  async function runOnce(): Promise<number> {
    const claimed = await claimDueRecords(options.database, {
      owner,
      nowMs: now(),
      leaseMs,
      limit: options.batchSize ?? 20,
    });
    // Records of one batch are independent: process them together; the clients bound the concurrency.
    // Under a rate limit, Procurify serves the batch's requests in claim order (writes already begun
    // first), so records finish one after another rather than all advancing a step at a time.
    const batchAt = now();
    const batch = createBatchCall(claimed.length);
    await Promise.all(
      claimed.map((record, index) => withPacePriority(batchAt + index, () => processOne(record, batch))),
    );
    return claimed.length;
  }

  const loop = createBackgroundLoop('worker', runOnce, {
    logger: options.logger,
    clock,
    idleMs: options.idleMs,
    nextDueAt: () => nextDueRecordAt(options.database),
  });
  return { runOnce, ...loop };
}
