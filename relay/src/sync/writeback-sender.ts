import { randomUUID } from 'node:crypto';
import type { Logger } from '../log/logger';
import type { NetSuiteClient } from '../netsuite';
import { backoffDelay, classifyFailure } from '../retry';
import { listAudit } from '../store/audit-store';
import type { Database } from '../store/database';
import { claimDueWritebacks, completeWriteback, retryWriteback, type WritebackJob } from '../store/writeback-queue';
import { createBackgroundLoop } from './background-loop';
import { failureMessage } from './failure-message';
import { collectRequests } from './request-audit';
import type { ProcurifyLinks } from './procurify-link';
import { REST_RECORD_TYPE, writebackBody } from './writeback-body';

const NO_LINKS: ProcurifyLinks = { vendor: undefined, vendorbill: undefined };

export interface WritebackSenderOptions {
  database: Database;
  netsuite: NetSuiteClient;
  logger: Logger;
  now?: () => number;
  secrets?: readonly string[];
  retryMaxDelayMs: number;
  idleMs?: number;
  /** Templates for the Procurify page link shown on the NetSuite subtab. */
  links?: ProcurifyLinks;
}

/**
 * Sends queued writebacks to NetSuite: one PATCH per record carrying its current state, retried with
 * backoff while NetSuite is busy or down; a record deleted in NetSuite drops its writeback.
 */
export function createWritebackSender(options: WritebackSenderOptions) {
  const owner = `writeback-${randomUUID()}`;
  const now = options.now ?? Date.now;
  const store = () => ({ secrets: options.secrets, now: () => new Date(now()) });

  async function send(job: WritebackJob): Promise<void> {
    const { record } = job;
    if (record.status === 'pending') {
      // Nothing to show yet; the next outcome queues a fresh writeback.
      await completeWriteback(options.database, job, null, store());
      return;
    }
    const entries: Parameters<typeof collectRequests>[1] = [];
    const scope = { recordType: job.recordType, recordId: job.recordId, actor: 'writeback' };
    const history = await listAudit(options.database.db, {
      recordType: job.recordType,
      recordId: job.recordId,
      limit: 50,
    });
    const body = writebackBody(record, history, options.links ?? NO_LINKS);
    try {
      await collectRequests(scope, entries, () =>
        options.netsuite.patchRecord(REST_RECORD_TYPE[job.recordType] ?? job.recordType, job.recordId, body),
      );
    } catch (error) {
      await handleFailure(job, error);
      return;
    }
    await completeWriteback(
      options.database,
      job,
      {
        action: 'writeback_sent',
        ...scope,
        detail: { status: record.status, fields: Object.keys(body), requests: entries.length },
      },
      store(),
    );
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
      options.logger.warn({ recordType: job.recordType, recordId: job.recordId, reason: message }, 'writeback dropped');
      await completeWriteback(options.database, job, audit, store());
      return;
    }
    const delayMs = Math.max(
      ('afterMs' in decision ? decision.afterMs : 0) ?? 0,
      backoffDelay(job.attempts + 1, { maxMs: options.retryMaxDelayMs }),
    );
    await retryWriteback(options.database, job, { delayMs, error: message, audit }, { ...store(), nowMs: now() });
  }

  async function runOnce(): Promise<number> {
    const jobs = await claimDueWritebacks(options.database, { owner, nowMs: now(), leaseMs: 120_000, limit: 20 });
    await Promise.all(jobs.map(send));
    return jobs.length;
  }

  return { runOnce, ...createBackgroundLoop('writeback', runOnce, { logger: options.logger, idleMs: options.idleMs }) };
}

export type WritebackSender = ReturnType<typeof createWritebackSender>;
