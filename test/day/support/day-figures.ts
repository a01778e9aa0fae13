import { SYNC_STATE_RECORD, syncStateExternalId } from '../../../suiteapp/src/lib/sync-state-record';
import type { RecordOutcome } from './day-outcome';
import type { DayWorld } from './day-world';
import type { DayRun } from './run-day';

// The figures of a simulated day, read from what the simulators saw (their request logs carry the
// simulated time of every request): writes and calls per changed record and per idle hour, SuiteQL
// per poll, and how long after a save NetSuite showed its outcome.

const HOUR = 3_600_000;
/** The poller's first query of every poll: the vendors changed since its watermark. */
const POLL_MARKER = /^SELECT id, TO_CHAR\(lastmodifieddate,'YYYY-MM-DD"T"HH24:MI:SS'\) AS lm FROM vendor WHERE /;
const REFERENCE_QUERY =
  /^SELECT id, (acctnumber|name|symbol, name|name, fullname|name, currency|name, daysuntilnetdue)\b/;

export interface Spread {
  count: number;
  p50Seconds: number;
  p99Seconds: number;
  maxSeconds: number;
}

export type SlowSave = DayRun['log']['saves'][number] & { seconds: number | null };

export interface DayFigures {
  changedRecords: number;
  netsuiteWrites: number;
  procurifyCalls: number;
  netsuiteWritesPerChangedRecord: number;
  procurifyCallsPerChangedRecord: number;
  idle: {
    hours: number;
    netsuiteWritesPerHour: number;
    /** REST record reads (the poller resolving time zones); SuiteQL is counted per poll. */
    netsuiteRecordReadsPerHour: number;
    /** Every Procurify request but token requests; all of them are the reference refresh's reads. */
    procurifyCallsPerHour: number;
    procurifyOtherThanRefreshPerHour: number;
    referenceRefreshesPerHour: number;
    pollsPerHour: number;
    suiteQlPerPoll: number;
  };
  /**
   * Save → its outcome shown on the NetSuite record (the sync-state record written), simulated
   * seconds. `alreadyShown`: changes whose outcome was what NetSuite already showed (nothing to write).
   */
  saveToShown: Spread & { notShown: number; alreadyShown: number };
  saveToShownDuringDispatch: Spread;
  /** The three slowest changes (seconds null: never shown). */
  slowestSaves: SlowSave[];
  /** No-op saves (a field nobody syncs, a re-save) that were followed by a NetSuite write or Procurify call for the record. */
  noopSavesThatCostSomething: number;
  dispatches: { onDemand: number; scheduled: number; withSavesDuring: number };
}

export function dayFigures(world: DayWorld, run: DayRun, outcome: Map<string, RecordOutcome>): DayFigures {
  const netsuite = world.netsuite.control.requests();
  const procurify = world.procurify.control
    .requests()
    .filter((request) => request.path !== '/oauth/token')
    .map((request) => ({ ...request, at: Date.parse(request.time) }));
  const writes = netsuite.filter((request) => request.kind === 'record' && request.method !== 'GET');
  const idleFrom = run.plan.businessEnd + HOUR / 2;
  const idleHours = (run.plan.end - idleFrom) / HOUR;
  const idle = <T extends { at: number }>(list: T[]) => list.filter((entry) => entry.at >= idleFrom);
  const idleQueries = idle(netsuite.filter((request) => request.kind === 'suiteql'));
  const polls = idleQueries.filter((request) => POLL_MARKER.test(request.query ?? '')).length;
  const refreshQueries = idleQueries.filter((request) => REFERENCE_QUERY.test(request.query ?? ''));
  const refreshes = refreshQueries.filter((request) => request.query?.startsWith('SELECT id, acctnumber')).length;
  const idleProcurify = idle(procurify);
  const changed = new Set(
    run.log.saves.filter((save) => save.change).map((save) => `${save.recordType}-${save.recordId}`),
  );

  const shownAt = new Map<string, number[]>();
  const prefix = `/services/rest/record/v1/${SYNC_STATE_RECORD}/eid:`;
  for (const request of writes.filter((each) => each.method === 'PUT' && each.path.startsWith(prefix))) {
    const key = request.path.slice(prefix.length);
    shownAt.set(key, [...(shownAt.get(key) ?? []), request.at]);
  }
  const slowest: SlowSave[] = [];
  const latency = (saves: DayRun['log']['saves']) => {
    const seconds: number[] = [];
    let notShown = 0;
    let alreadyShown = 0;
    for (const save of saves) {
      const written = shownAt.get(syncStateExternalId(save.recordType, save.recordId));
      const shown = written?.find((at) => at >= save.at);
      if (shown !== undefined) {
        seconds.push((shown - save.at) / 1000);
        slowest.push({ ...save, seconds: (shown - save.at) / 1000 });
        continue;
      }
      // No write after the save: right when its outcome is the one NetSuite already showed (a memo
      // edited on a bill that still needs a mapping), wrong otherwise.
      const final = outcome.get(`${save.recordType}:${save.recordId}`);
      if (written !== undefined && final !== undefined && final.status === final.shown) alreadyShown += 1;
      else {
        notShown += 1;
        slowest.push({ ...save, seconds: null });
      }
    }
    return { ...spread(seconds), notShown, alreadyShown };
  };
  const changes = run.log.saves.filter((save) => save.change);
  const {
    notShown: _notShown,
    alreadyShown: _alreadyShown,
    ...duringDispatch
  } = latency(changes.filter((save) => save.duringDispatch));

  return {
    changedRecords: changed.size,
    netsuiteWrites: writes.length,
    procurifyCalls: procurify.length,
    netsuiteWritesPerChangedRecord: round(writes.length / changed.size),
    procurifyCallsPerChangedRecord: round(procurify.length / changed.size),
    idle: {
      hours: idleHours,
      netsuiteWritesPerHour: round(idle(writes).length / idleHours),
      netsuiteRecordReadsPerHour: round(
        idle(netsuite.filter((request) => request.kind === 'record' && request.method === 'GET')).length / idleHours,
      ),
      procurifyCallsPerHour: round(idleProcurify.length / idleHours),
      procurifyOtherThanRefreshPerHour: round(
        idleProcurify.filter((request) => request.method !== 'GET').length / idleHours,
      ),
      referenceRefreshesPerHour: round(refreshes / idleHours),
      pollsPerHour: round(polls / idleHours),
      suiteQlPerPoll: round((idleQueries.length - refreshQueries.length) / Math.max(1, polls)),
    },
    saveToShown: latency(changes),
    saveToShownDuringDispatch: duringDispatch,
    noopSavesThatCostSomething: noopCosts(run, writes, procurify),
    slowestSaves: slowest
      .sort((a, b) => (b.seconds ?? Infinity) - (a.seconds ?? Infinity))
      .filter(
        (save, index, all) =>
          all.findIndex((other) => other.at === save.at && other.recordId === save.recordId) === index,
      )
      .slice(0, 3),
    dispatches: {
      onDemand: run.dispatches.filter((each) => !each.scheduled).length,
      scheduled: run.dispatches.filter((each) => each.scheduled).length,
      withSavesDuring: run.dispatches.filter((each) => each.savesDuring > 0).length,
    },
  };
}

/**
 * A no-op save is free when nothing follows it for that record (no sync-state write, no Procurify
 * request naming it) before the record's next real change, within the next half hour.
 */
function noopCosts(
  run: DayRun,
  writes: { at: number; path: string }[],
  procurify: { at: number; path: string; query: Record<string, unknown> }[],
): number {
  let costly = 0;
  for (const save of run.log.saves.filter((each) => !each.change)) {
    const key = syncStateExternalId(save.recordType, save.recordId);
    const before = (at: number) =>
      at > save.at &&
      at < save.at + HOUR / 2 &&
      !run.log.saves.some(
        (other) => other.change && other.recordId === save.recordId && other.at <= at && other.at >= save.at - HOUR / 2,
      );
    const written = writes.some((write) => write.path.endsWith(`/eid:${key}`) && before(write.at));
    const called = procurify.some(
      (request) => JSON.stringify(request.query).includes(`:${save.recordId}"`) && before(request.at),
    );
    if (written || called) costly += 1;
  }
  return costly;
}

function spread(seconds: number[]): Spread {
  const sorted = [...seconds].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
  return {
    count: sorted.length,
    p50Seconds: round(at(0.5)),
    p99Seconds: round(at(0.99)),
    maxSeconds: round(sorted.at(-1) ?? 0),
  };
}

function round(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : 0;
}
