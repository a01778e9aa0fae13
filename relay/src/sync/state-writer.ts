import { randomUUID } from 'node:crypto';
import { SYNC_STATE_RECORD, syncStateExternalId } from '../../../suiteapp/src/lib/sync-state-record';
import type { RecordType } from '../../../suiteapp/src/lib/snapshot-types';
import { contentHash } from '../domain/content-hash';
import type { Logger } from '../log/logger';
import type { NetSuiteClient } from '../netsuite';
import { backoffDelay, classifyFailure } from '../transport';
import { listAudit } from '../store/audit-store';
import type { Database } from '../store/database';
import {
  claimDueWritebacks,
  completeWriteback,
  nextDueWritebackAt,
  retryWriteback,
  type WritebackJob,
} from '../store/writeback-queue';
import { systemClock, type Clock } from '../time/clock';
import { createBackgroundLoop } from './background-loop';
import { failureMessage } from './failure-message';
import type { ProcurifyLinks } from './procurify-link';
import { collectRequests } from './request-audit';
import { stateRecordBody } from './state-record-body';

const NO_LINKS: ProcurifyLinks = { vendor: undefined, vendorbill: undefined };

export interface StateWriterOptions {
  database: Database;
  netsuite: NetSuiteClient;
  logger: Logger;
  clock?: Clock;
  retryMaxDelayMs: number;
  idleMs?: number;
  /** Templates for the Procurify page link shown on the NetSuite subtab. */
  links?: ProcurifyLinks;
}

/**
 * Shows each record's outcome in NetSuite: one REST upsert of its sync-state record, and only when
 * what NetSuite shows changed (the body's hash differs from the one last written). Retried with
 * backoff while NetSuite is busy or down. It never edits the vendor, bill or PO itself.
 */
export function createStateWriter(options: StateWriterOptions) {
  const owner = `state-writer-${randomUUID()}`;
  const clock = options.clock ?? systemClock;
  const now = clock.now;

  async function send(job: WritebackJob): Promise<void> {
    const { record } = job;
    const history = await listAudit(options.database.db, {
      recordType: job.recordType,
      recordId: job.recordId,
      limit: 50,
    });
    const body = stateRecordBody(record, history, options.links ?? NO_LINKS);
    const shownHash = contentHash(body);
    // Pending shows nothing new; an unchanged body costs no NetSuite write.
    if (record.status === 'pending' || shownHash === record.shownHash) {
      await completeWriteback(options.database, job, { audit: null });
      return;
    }
    const scope = { recordType: job.recordType, recordId: job.recordId, actor: 'writeback' };
    const entries: Parameters<typeof collectRequests>[1] = [];
    const externalId = syncStateExternalId(record.recordType as RecordType, record.recordId);
    try {
      await collectRequests(scope, entries, () => options.netsuite.upsertRecord(SYNC_STATE_RECORD, externalId, body));
    } catch (error) {
      await handleFailure(job, error);
      return;
    }
    const audit = {
      action: 'writeback_sent' as const,
      ...scope,
      detail: { status: record.status, record: `${SYNC_STATE_RECORD} ${externalId}`, requests: entries.length },
    };
    await completeWriteback(options.database, job, { audit, shownHash });
  }

  async function handleFailure(job: WritebackJob, error: unknown): Promise<void> {
    const scope = { recordType: job.recordType, recordId: job.recordId, actor: 'writeback' };
    const decision = classifyFailure(error);
    const message = failureMessage(error);
    const audit = {
      action: 'writeback_failed' as const,
      ...scope,
      detail: { status: job.record.status, reason: message, attempt: job.attempts + 1 },
    };
    if (decision.action === 'never') {
      options.logger.warn({ recordType: job.recordType, recordId: job.recordId, reason: message }, 'state not written');
      await completeWriteback(options.database, job, { audit });
      return;
    }
    const delayMs = Math.max(
      ('afterMs' in decision ? decision.afterMs : 0) ?? 0,
      backoffDelay(job.attempts + 1, { maxMs: options.retryMaxDelayMs }),
    );
    await retryWriteback(options.database, job, { delayMs, error: message, audit }, { nowMs: now() });
  }

  async function runOnce(): Promise<number> {
    const jobs = await claimDueWritebacks(options.database, { owner, nowMs: now(), leaseMs: 120_000, limit: 20 });
    await Promise.all(jobs.map(send));
    return jobs.length;
  }

  const loop = createBackgroundLoop('state-writer', runOnce, {
    logger: options.logger,
    clock,
    idleMs: options.idleMs,
    nextDueAt: () => nextDueWritebackAt(options.database),
  });
  return { runOnce, ...loop };
}

export type StateWriter = ReturnType<typeof createStateWriter>;
