import type { Config } from '../config';
import type { Clients } from '../connections/open-clients';
import type { Logger } from '../log/logger';
import type { Database } from '../store/database';
import { billsAwaitingVendor, recordsInStates, requeueRecords } from '../store/requeue';
import type { RecordKey } from '../store/records';
import { createBillJob } from './jobs/bill-job';
import type { JobDeps } from './jobs/job-deps';
import { createPurchaseOrderJob } from './jobs/purchase-order-job';
import { createVendorJob } from './jobs/vendor-job';
import { createReferenceCache } from './reference-cache';
import { refreshNetSuiteReference, refreshProcurifyReference } from './reference-refresh';
import { createWorker } from './worker';
import { createWritebackSender } from './writeback-sender';

export interface SyncRuntimeOptions {
  config: Config;
  database: Database;
  logger: Logger;
  clients: Clients;
  /** NetSuite account id as runtime.accountId gives it. */
  accountId: string;
  secrets: readonly string[];
  now?: () => number;
  /** Shorter idle waits make tests and the demo snappy. */
  idleMs?: number;
  retryBaseMs?: number;
}

/**
 * The relay's background work, wired: the worker with its jobs, the writeback sender, and the
 * reference refresh that re-queues records a new mapping may fix.
 */
export function createSyncRuntime(options: SyncRuntimeOptions) {
  const { config, database, logger, clients } = options;
  const now = options.now ?? Date.now;
  const references = createReferenceCache(database, { now });
  const audit = { secrets: options.secrets, now: () => new Date(now()) };

  const writeback = clients.netsuite
    ? createWritebackSender({
        database,
        netsuite: clients.netsuite,
        logger,
        now,
        secrets: options.secrets,
        retryMaxDelayMs: config.sync.retryMaxDelayMs,
        idleMs: options.idleMs,
      })
    : undefined;

  const deps: JobDeps | undefined = clients.procurify
    ? {
        database,
        procurify: clients.procurify,
        references,
        settings: {
          accountId: options.accountId,
          vendorType: config.sync.vendorType,
          billWrite: config.sync.billWrite,
          billSubmit: config.sync.billSubmit,
        },
      }
    : undefined;

  const worker = deps
    ? createWorker({
        database,
        logger,
        now,
        secrets: options.secrets,
        retryMaxAgeMs: config.sync.retryMaxAgeMs,
        retryMaxDelayMs: config.sync.retryMaxDelayMs,
        retryBaseMs: options.retryBaseMs,
        idleMs: options.idleMs,
        jobs: {
          vendor: createVendorJob(deps),
          vendorbill: createBillJob(deps),
          purchaseorder: createPurchaseOrderJob(deps),
        },
        afterFinish: async (record, outcome) => {
          writeback?.nudge();
          if (record.recordType === 'vendor' && outcome.status === 'synced') {
            await requeue(
              await billsAwaitingVendor(database, record.recordId),
              'worker',
              `vendor ${record.recordId} is now in Procurify`,
            );
          }
        },
      })
    : undefined;

  async function requeue(keys: RecordKey[], actor: string, reason: string): Promise<RecordKey[]> {
    if (keys.length === 0) return [];
    const queued = await requeueRecords(
      database,
      keys,
      (key) => ({ action: 'replay_requested', actor, ...key, detail: { reason } }),
      { ...audit, nowMs: now() },
    );
    worker?.nudge();
    return queued;
  }

  /** Mappings or reference data changed: every `needs_mapping` record is tried again. */
  async function requeueNeedsMapping(actor: string, reason: string): Promise<RecordKey[]> {
    references.invalidate();
    return requeue(await recordsInStates(database, ['needs_mapping']), actor, reason);
  }

  async function refreshReference(actor: string): Promise<Record<string, Record<string, number>>> {
    const counts: Record<string, Record<string, number>> = {};
    if (clients.procurify) counts.procurify = await refreshProcurifyReference(clients.procurify, database, actor);
    if (clients.netsuite) counts.netsuite = await refreshNetSuiteReference(clients.netsuite, database, actor);
    await requeueNeedsMapping(actor, 'reference data refreshed');
    return counts;
  }

  let refreshTimer: NodeJS.Timeout | undefined;
  const refreshQuietly = () =>
    refreshReference('scheduler').catch((error: unknown) => logger.warn({ err: error }, 'reference refresh failed'));

  return {
    worker,
    writeback,
    references,
    refreshReference,
    requeue,
    requeueNeedsMapping,
    /** New events arrived. */
    nudge(): void {
      worker?.nudge();
    },
    async start(): Promise<void> {
      await refreshQuietly();
      worker?.start();
      writeback?.start();
      if (config.sync.referenceRefreshIntervalMs > 0) {
        refreshTimer = setInterval(refreshQuietly, config.sync.referenceRefreshIntervalMs);
        refreshTimer.unref();
      }
    },
    async stop(): Promise<void> {
      if (refreshTimer) clearInterval(refreshTimer);
      await Promise.all([worker?.stop(), writeback?.stop()]);
    },
  };
}

export type SyncRuntime = ReturnType<typeof createSyncRuntime>;
