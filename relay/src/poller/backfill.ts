import type { Logger } from '../log/logger';
import type { NetSuiteClient } from '../netsuite';
import { backoffDelay, classifyFailure } from '../transport';
import type { Database } from '../store/database';
import {
  createBackfill,
  latestBackfill,
  readCursor,
  saveBackfillStep,
  updateBackfill,
  type BackfillRun,
  type ScopeProgress,
} from '../store/poll-state';
import { currencyCodesOnce } from './currency-codes';
import { addOutcomeCounts, type OutcomeCounts, type PredictOutcome } from './outcome-counts';
import { scanKeyset } from './keyset-scan';
import { deliverScopePage, scopeQuery, SCOPES } from './scopes';
import { startOfDay } from './wall-time';
import type { Clock } from '../time/clock';

export interface BackfillOptions {
  client: NetSuiteClient;
  database: Database;
  logger: Logger;
  /** The relay's clock: the time of each page, and the wait between retries of a failed page. */
  clock: Clock;
  /** Transient failures (429, 5xx, timeouts) wait and retry this many times in a row before the run fails. */
  maxConsecutiveFailures?: number;
  /**
   * Makes a dry run's predictor, one per run (it may remember what the run saw, e.g. the vendors it
   * would write); absent, a dry run counts events only.
   */
  dryRunPredictor?: () => PredictOutcome;
}

export class BackfillConflictError extends Error {
  constructor(readonly running: BackfillRun) {
    super(`backfill ${running.id} (since ${running.since}) is still running`);
    this.name = 'BackfillConflictError';
  }
}

/**
 * Backfill from a date: every scope scanned from that day's first second to the present, each page
 * handed to the inbox before its cursor and counts are stored together, so a restart resumes at the
 * next page (no gap, no repeat). One run at a time.
 */
export function createBackfiller(options: BackfillOptions) {
  const { database, logger } = options;
  const at = () => new Date(options.clock.now());
  let running: Promise<void> | null = null;
  let stopping = false;

  async function execute(run: BackfillRun): Promise<void> {
    const currencies = currencyCodesOnce(options.client);
    const dryRunOutcome = run.dryRun ? options.dryRunPredictor?.() : undefined;
    const context = { ...options, currencies, actor: 'backfill', dryRun: run.dryRun, dryRunOutcome };
    const progress = structuredClone(run.progress);
    for (const scope of SCOPES) {
      const scopeProgress = (progress[scope] ??= { done: false, scanned: 0, accepted: 0 });
      if (scopeProgress.done) continue;
      if (dryRunOutcome) {
        scopeProgress.outcomes ??= {};
        scopeProgress.reasons ??= {};
      }
      const cursorName = `backfill:${run.id}:${scope}`;
      const start = (await readCursor(database.db, cursorName)) ?? {
        lastModified: startOfDay(run.since),
        recordId: '0',
      };
      let pending: { scanned: number; accepted: number; outcomes?: OutcomeCounts } = { scanned: 0, accepted: 0 };
      await scanKeyset({
        client: options.client,
        query: scopeQuery(scope),
        start,
        deliver: async (rows) => {
          const delivered = await deliverScopePage(context, scope, rows);
          pending = { scanned: rows.length, accepted: delivered.accepted, outcomes: delivered.outcomes };
        },
        saveCursor: async (cursor) => {
          scopeProgress.scanned += pending.scanned;
          scopeProgress.accepted += pending.accepted;
          if (pending.outcomes) addToScope(scopeProgress, pending.outcomes);
          await saveBackfillStep(database, { runId: run.id, cursorName, cursor, progress }, at());
        },
        stopped: () => stopping,
      });
      if (stopping) return;
      scopeProgress.done = true;
      await updateBackfill(database, run.id, { progress }, at());
    }
    await updateBackfill(database, run.id, { status: 'done', progress }, at());
    logger.info({ backfill: run.id, progress }, 'backfill done');
  }

  /** Runs (or resumes) until done, waiting out transient failures; a permanent one fails the run. */
  async function runToEnd(runId: number): Promise<void> {
    const limit = options.maxConsecutiveFailures ?? 20;
    for (let failures = 0; !stopping;) {
      const run = await latestBackfill(database.db);
      if (!run || run.id !== runId || run.status !== 'running') return;
      try {
        await execute(run);
        return;
      } catch (error) {
        const decision = classifyFailure(error);
        failures += 1;
        const message = error instanceof Error ? error.message : String(error);
        if (decision.action !== 'retry' || failures >= limit) {
          await updateBackfill(database, runId, { status: 'failed', message }, at());
          logger.error({ err: error, backfill: runId }, 'backfill failed');
          return;
        }
        const delay = decision.afterMs ?? backoffDelay(failures, { maxMs: 60_000 });
        logger.warn({ backfill: runId, reason: decision.reason, delay }, 'backfill page failed; retrying');
        await options.clock.sleep(delay);
      }
    }
  }

  function launch(runId: number): void {
    running = runToEnd(runId)
      .catch((error: unknown) => logger.error({ err: error, backfill: runId }, 'backfill stopped'))
      .finally(() => {
        running = null;
      });
  }

  return {
    /** Starts a backfill in the background; answers the stored run. */
    async start(input: { since: string; requestedBy: string; dryRun?: boolean }): Promise<BackfillRun> {
      startOfDay(input.since); // refuses a malformed date before anything is stored
      const latest = await latestBackfill(database.db);
      if (latest?.status === 'running') throw new BackfillConflictError(latest);
      const run = await createBackfill(
        database,
        { since: input.since, dryRun: input.dryRun ?? false, requestedBy: input.requestedBy, scopes: SCOPES },
        at(),
      );
      logger.info({ backfill: run.id, since: run.since, dryRun: run.dryRun }, 'backfill started');
      launch(run.id);
      return run;
    },
    /** After a restart: carries on with a run that was still going. */
    async resume(): Promise<void> {
      const latest = await latestBackfill(database.db);
      if (latest?.status === 'running' && !running) {
        logger.info({ backfill: latest.id, since: latest.since }, 'backfill resumed');
        launch(latest.id);
      }
    },
    progress: (): Promise<BackfillRun | null> => latestBackfill(database.db),
    /** Resolves once the current run has stopped (tests, benchmarks). */
    settled: (): Promise<void> => running ?? Promise.resolve(),
    async stop(): Promise<void> {
      stopping = true;
      await running;
    },
  };
}

export type Backfiller = ReturnType<typeof createBackfiller>;

/** A page's predicted outcomes join its scope's counts together with its cursor (no gap, no repeat). */
function addToScope(scope: ScopeProgress, page: OutcomeCounts): void {
  const sum = { outcomes: scope.outcomes ?? {}, reasons: scope.reasons ?? {} };
  addOutcomeCounts(sum, page);
  Object.assign(scope, sum);
}
