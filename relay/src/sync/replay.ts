import type { RecordType } from '../../../suiteapp/src/lib/snapshot-types';
import type { Logger } from '../log/logger';
import type { NetSuiteClient } from '../netsuite';
import { rereadRecords } from '../poller/reread-records';
import type { Database } from '../store/database';
import { recordIssues } from '../store/record-columns';
import { getRecord, type RecordKey, type SyncRecordRow } from '../store/records';
import { recordsInStates, requeueRecords } from '../store/requeue';
import type { ProcurifyList } from './reference-refresh';
import { listsForIssues, type TargetedRefresh } from './replay-reference';
import type { Clock } from '../time/clock';

// Replay means "try again with the fix": read the record from NetSuite again (a fix made there
// without a save event is then seen), re-read the Procurify lists its last problem depended on (a
// fix made there is seen at once, not after the hourly refresh), then queue it for the worker.

/** Where the version a replay queued came from. */
export type ReplaySource =
  /** Read from NetSuite now (newer than the copy held, or the same version). */
  | 'netsuite'
  /** The copy held since the last save or poll: NetSuite could not be read. */
  | 'stored'
  /** The record is deleted (in the relay, or found deleted in NetSuite now): its delete is replayed. */
  | 'delete';

export interface ReplayedRecord extends RecordKey {
  queued: boolean;
  /** Absent when the record was not queued. */
  source?: ReplaySource;
  /** Plain words for whoever pressed Replay: what was replayed, or why nothing was. */
  note: string;
}

export interface ReplayReport {
  records: ReplayedRecord[];
  /** The Procurify lists read again for these records (none when fresh, or when their problem needs none). */
  refreshed: ProcurifyList[];
}

export interface ReplayDeps {
  database: Database;
  logger: Logger;
  /** Absent when no NetSuite connection is configured: the held copy is replayed. */
  netsuite?: NetSuiteClient;
  /** Absent when no Procurify connection is configured. */
  reference?: TargetedRefresh;
  /** The lists changed: the mapping must read them again. */
  invalidateReferences(): void;
  /** Wakes the worker. */
  nudge(): void;
  clock: Clock;
}

export function createReplay(deps: ReplayDeps) {
  /** The lists first, so a version read from NetSuite next is mapped against fresh data. */
  async function refreshFor(rows: SyncRecordRow[], actor: string): Promise<ProcurifyList[]> {
    const lists = listsForIssues(rows.flatMap((row) => recordIssues(row)));
    if (lists.length === 0 || !deps.reference) return [];
    try {
      const { read, changed } = await deps.reference.refresh(lists, actor);
      if (changed) await requeueOthersWaiting(rows, actor);
      return read;
    } catch (error) {
      // The worker meets the same outage and retries; the replay goes on with the lists held.
      deps.logger.warn({ err: error }, 'replay: Procurify reference data could not be read again');
      return [];
    }
  }

  /** New lists may map other records waiting for a mapping too; those replayed now are queued once, below. */
  async function requeueOthersWaiting(replayed: SyncRecordRow[], actor: string): Promise<void> {
    deps.invalidateReferences();
    const replaying = new Set(replayed.map(keyText));
    const others = (await recordsInStates(deps.database, ['needs_mapping'])).filter(
      (key) => !replaying.has(keyText(key)),
    );
    if (others.length === 0) return;
    await requeueRecords(
      deps.database,
      others,
      (key) => ({ action: 'replay_requested', actor, ...key, detail: { reason: 'reference data changed' } }),
      { nowMs: deps.clock.now() },
    );
    deps.nudge();
  }

  /** Every live record of one type read again from NetSuite: where each queued version comes from. */
  async function reread(recordType: RecordType, ids: string[], actor: string): Promise<Map<string, ReplayedRecord>> {
    const out = new Map<string, ReplayedRecord>();
    const key = (recordId: string) => ({ recordType, recordId });
    if (!deps.netsuite) {
      const note = 'Replayed the copy held since the last save: no NetSuite connection is configured.';
      for (const id of ids) out.set(id, { ...key(id), queued: true, source: 'stored', note });
      return out;
    }
    try {
      const result = await rereadRecords({ ...deps, client: deps.netsuite, actor }, recordType, ids);
      for (const id of result.found) {
        const note = result.newer.includes(id)
          ? 'Read again from NetSuite: its latest version is replayed.'
          : 'Read again from NetSuite: unchanged since the copy held, which is replayed.';
        out.set(id, { ...key(id), queued: true, source: 'netsuite', note });
      }
      for (const id of result.deleted)
        out.set(id, {
          ...key(id),
          queued: true,
          source: 'delete',
          note: 'Deleted in NetSuite: the delete is replayed.',
        });
      for (const id of result.missing)
        out.set(id, {
          ...key(id),
          queued: false,
          note: 'Not replayed: NetSuite shows no such record to the relay, nor a delete of it.',
        });
    } catch (error) {
      deps.logger.warn({ err: error, recordType }, 'replay: NetSuite could not be read; replaying the held copy');
      const note = 'NetSuite could not be reached: replayed the copy held since the last save.';
      for (const id of ids) out.set(id, { ...key(id), queued: true, source: 'stored', note });
    }
    return out;
  }

  /**
   * Replays the known records among `keys` (unknown ones are left out of the report): reference
   * data, then NetSuite, then the queue, each record audited with where its version came from.
   */
  async function replay(keys: readonly RecordKey[], actor: string): Promise<ReplayReport> {
    const rows = (await Promise.all(keys.map((key) => getRecord(deps.database.db, key)))).filter(
      (row): row is SyncRecordRow => row !== undefined,
    );
    const refreshed = await refreshFor(rows, actor);
    const outcomes = new Map<string, ReplayedRecord>();
    const live = new Map<RecordType, string[]>();
    for (const row of rows) {
      if (row.status === 'deleted' || row.action === 'delete') {
        const note = 'Deleted in NetSuite: the delete is replayed.';
        outcomes.set(keyText(row), { ...keyOf(row), queued: true, source: 'delete', note });
      } else {
        const type = row.recordType as RecordType;
        live.set(type, [...(live.get(type) ?? []), row.recordId]);
      }
    }
    for (const [recordType, ids] of live) {
      for (const [id, outcome] of await reread(recordType, ids, actor))
        outcomes.set(keyText({ recordType, recordId: id }), outcome);
    }
    const report = rows.map((row) => outcomes.get(keyText(row))!);
    const queued = report.filter((record) => record.queued);
    const attempts = new Map(rows.map((row) => [keyText(row), row.attempts]));
    const source = new Map(queued.map((record) => [keyText(record), record.source]));
    await requeueRecords(
      deps.database,
      queued.map(keyOf),
      (key) => ({
        action: 'replay_requested',
        actor,
        ...key,
        detail: { reason: 'replay requested', source: source.get(keyText(key)), refreshed },
      }),
      { nowMs: deps.clock.now(), attemptsBefore: (key) => attempts.get(keyText(key)) },
    );
    if (queued.length > 0) deps.nudge();
    return { records: report, refreshed };
  }

  return { replay };
}

const keyOf = (key: RecordKey): RecordKey => ({ recordType: key.recordType, recordId: key.recordId });
const keyText = (key: RecordKey) => `${key.recordType}:${key.recordId}`;

export type Replay = ReturnType<typeof createReplay>;
