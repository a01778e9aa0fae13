import type { Config } from '../config';
import type { Clients } from '../connections/open-clients';
import type { ProcurifyClient } from '../procurify';
import type { Logger } from '../log/logger';
import type { Database } from '../store/database';
import { releaseOrphanedLeases } from '../store/orphaned-leases';
import { hasProcurifyReference } from '../store/reference';
import { billsAwaitingVendor, recordsInStates, requeueRecords } from '../store/requeue';
import type { RecordKey } from '../store/records';
import type { JobDeps } from './jobs/job-deps';
import { createRecordJobs } from './jobs/record-jobs';
import { afterRecordFinished } from './follow-ups';
import { createApprovalCheck } from './payment-approval-check';
import { createReferenceCache } from './reference-cache';
import { refreshNetSuiteReference, refreshProcurifyReference, type RefreshResult } from './reference-refresh';
import { createReplay } from './replay';
import { createTargetedRefresh } from './replay-reference';
import { createWorker } from './worker';
import { systemClock, type Clock } from '../time/clock';
import { createStateWriter } from './state-writer';

export interface SyncRuntimeOptions {
  config: Config;
  database: Database;
  logger: Logger;
  clients: Clients;
  /** NetSuite account id as runtime.accountId gives it. */
  accountId: string;
  clock?: Clock;
  /** Longest idle wait of the worker and the state writer; shorter in tests and the demo. */
  idleMs?: number;
  retryBaseMs?: number;
  /**
   * This relay holds the embedded database file's lock, so no other relay works there and every
   * lease found at start belongs to one that is provably gone. Never true on a shared libSQL server.
   */
  soleRelayOnDatabase?: boolean;
}

/**
 * The relay's background work, wired: the worker with its jobs, the state writer, and the
 * reference refresh that re-queues records a new mapping may fix.
 */
export function createSyncRuntime(options: SyncRuntimeOptions) {
  const { config, database, logger, clients } = options;
  const clock = options.clock ?? systemClock;
  const now = clock.now;
  const references = createReferenceCache(database);

  const stateWriter = clients.netsuite
    ? createStateWriter({
        database,
        netsuite: clients.netsuite,
        logger,
        clock,
        retryMaxDelayMs: config.sync.retryMaxDelayMs,
        idleMs: options.idleMs,
        links: config.procurify.links,
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
        clock,
        retryMaxAgeMs: config.sync.retryMaxAgeMs,
        retryMaxDelayMs: config.sync.retryMaxDelayMs,
        retryBaseMs: options.retryBaseMs,
        idleMs: options.idleMs,
        jobs: createRecordJobs(deps),
        afterFinish: (record, outcome) =>
          afterRecordFinished(
            {
              nudgeStateWriter: () => stateWriter?.nudge(),
              billsAwaitingVendor: (vendorId) => billsAwaitingVendor(database, vendorId),
              requeue,
            },
            record,
            outcome,
          ),
      })
    : undefined;

  async function requeue(keys: RecordKey[], actor: string, reason: string): Promise<RecordKey[]> {
    if (keys.length === 0) return [];
    const queued = await requeueRecords(
      database,
      keys,
      (key) => ({ action: 'replay_requested', actor, ...key, detail: { reason } }),
      { nowMs: now() },
    );
    worker?.nudge();
    return queued;
  }

  /** Mappings or reference data changed: every `needs_mapping` record is tried again. */
  async function requeueNeedsMapping(actor: string, reason: string): Promise<RecordKey[]> {
    references.invalidate();
    return requeue(await recordsInStates(database, ['needs_mapping']), actor, reason);
  }

  /** Replay: read the records from NetSuite again, re-read the Procurify lists their problem depended on, queue them. */
  const { replay } = createReplay({
    database,
    logger,
    netsuite: clients.netsuite,
    reference: clients.procurify && createTargetedRefresh({ client: clients.procurify, database, clock }),
    invalidateReferences: () => references.invalidate(),
    nudge: () => worker?.nudge(),
    clock,
  });

  /**
   * Refreshes both systems' reference data; records waiting for a mapping are tried again only if it
   * changed. Then bills whose payment waits for an approval in Procurify are looked at again.
   */
  async function refreshReference(actor: string): Promise<Record<string, Record<string, number>>> {
    const results: Record<string, RefreshResult> = {};
    if (clients.procurify) results.procurify = await refreshProcurifyReference(clients.procurify, database, actor);
    if (clients.netsuite) results.netsuite = await refreshNetSuiteReference(clients.netsuite, database, actor);
    if (Object.values(results).some((result) => result.changed)) {
      await requeueNeedsMapping(actor, 'reference data changed');
    }
    if (clients.procurify) await requeueApprovedBills(clients.procurify, actor);
    return Object.fromEntries(Object.entries(results).map(([system, result]) => [system, result.counts]));
  }

  let approvalCheck: ReturnType<typeof createApprovalCheck> | undefined;
  /** Procurify has no webhooks: bills paid in NetSuite that it has approved since are queued to be marked paid. */
  async function requeueApprovedBills(client: ProcurifyClient, actor: string): Promise<void> {
    approvalCheck ??= createApprovalCheck(database, client, clock);
    const check = await approvalCheck();
    if (check.error) logger.warn({ err: check.error }, 'bills awaiting approval in Procurify could not all be read');
    if (check.moved.length === 0) return;
    logger.info({ awaiting: check.awaiting, queued: check.moved.length }, 'bills approved in Procurify since payment');
    await requeue(check.moved, actor, 'its Procurify status changed while its NetSuite payment waited for approval');
  }

  const stopping = new AbortController();
  let stopped = false;
  let refreshLoop: Promise<void> | undefined;
  let refreshing = 0;
  const refreshQuietly = () => {
    refreshing += 1;
    return refreshReference('scheduler')
      .then(
        () => true,
        (error: unknown) => {
          logger.warn({ err: error }, 'reference refresh failed');
          return false;
        },
      )
      .finally(() => {
        refreshing -= 1;
      });
  };

  /**
   * Mapping without reference data would hold every record as needs_mapping. The worker starts once
   * a refresh succeeded, or at once when an earlier run left reference data; until then the refresh
   * is retried with backoff.
   */
  async function referenceReady(): Promise<boolean> {
    if (await refreshQuietly()) return true;
    return !stopped && (await hasProcurifyReference(database).catch(() => false));
  }

  /** Retries the refresh with backoff until reference data exists, then starts the worker. */
  async function startWorkerOnceReferenceReady(): Promise<void> {
    for (let attempt = 1; !stopped; attempt += 1) {
      const delayMs = Math.min(60_000, 1_000 * 2 ** (attempt - 1));
      logger.warn({ retryInMs: delayMs }, 'no reference data yet: the worker waits for the first successful refresh');
      await clock.sleep(delayMs, stopping.signal);
      if (!stopped && (await referenceReady())) {
        if (!stopped) worker?.start();
        return;
      }
    }
  }

  /** The scheduled refresh: every interval of the relay's clock, never two at once. */
  async function refreshOnSchedule(intervalMs: number): Promise<void> {
    while (!stopped) {
      await clock.sleep(intervalMs, stopping.signal);
      if (!stopped) await refreshQuietly();
    }
  }

  return {
    worker,
    stateWriter,
    references,
    refreshReference,
    requeue,
    requeueNeedsMapping,
    replay,
    /** True while the worker, the state writer or a scheduled refresh is at work. */
    busy(): boolean {
      return refreshing > 0 || !!worker?.busy() || !!stateWriter?.busy();
    },
    /** New events arrived. */
    nudge(): void {
      worker?.nudge();
    },
    async start(): Promise<void> {
      // Holding the file's lock, this relay is its only worker: leases left there are a gone relay's.
      if (options.soleRelayOnDatabase) {
        const released = await releaseOrphanedLeases(database);
        if (released > 0) logger.warn({ released }, 'released leases left by a relay that did not stop cleanly');
      }
      stateWriter?.start();
      // One attempt now; if it fails the retries go on in the background and start() returns.
      if (await referenceReady()) worker?.start();
      else void startWorkerOnceReferenceReady();
      if (config.sync.referenceRefreshIntervalMs > 0)
        refreshLoop = refreshOnSchedule(config.sync.referenceRefreshIntervalMs);
    },
    async stop(): Promise<void> {
      stopped = true;
      stopping.abort();
      await Promise.all([worker?.stop(), stateWriter?.stop(), refreshLoop]);
    },
  };
}

export type SyncRuntime = ReturnType<typeof createSyncRuntime>;
