import { lt } from 'drizzle-orm';
import type { EventEnvelope } from '../../../suiteapp/src/lib/snapshot-types';
import type { AuditInput } from '../audit/actions';
import { appendAudit, type AuditOptions } from './audit-store';
import type { Database } from './database';
import type { Tx } from './executor';
import { insertJsonRows, withJson } from './json-rows';
import type { RecordKey } from './records';
import { inboundEvent, syncRecord } from './schema';

export interface AcceptResult {
  accepted: string[];
  duplicates: string[];
}

type AcceptOptions = AuditOptions & { actor?: string };

interface Waiting {
  envelopes: readonly EventEnvelope[];
  options: AcceptOptions;
  resolve: (result: AcceptResult) => void;
  reject: (error: unknown) => void;
}

/** Largest number of requests committed together. */
const MAX_GROUP = 64;
const queues = new WeakMap<Database, { waiting: Waiting[]; draining: boolean }>();

/**
 * Stores a validated batch: new events go to the inbox and coalesce into their record's latest
 * version; repeated event ids (stored before, or earlier in the batch) change nothing. Resolves
 * once the batch is committed, so the caller may answer 202.
 *
 * Group commit: batches that arrive while a commit is under way wait and are committed together
 * in the next transaction, each still all-or-nothing with the others. One disk sync then serves
 * many requests, which is what lets ingest keep up under load.
 */
export function acceptEvents(
  database: Database,
  envelopes: readonly EventEnvelope[],
  options: AcceptOptions = {},
): Promise<AcceptResult> {
  let queue = queues.get(database);
  if (!queue) {
    queue = { waiting: [], draining: false };
    queues.set(database, queue);
  }
  const promise = new Promise<AcceptResult>((resolve, reject) =>
    queue.waiting.push({ envelopes, options, resolve, reject }),
  );
  if (!queue.draining) {
    // Drain on the next turn of the event loop, not now: every request whose body was read in
    // this turn joins the same commit.
    queue.draining = true;
    setImmediate(() => void drain(database, queue));
  }
  return promise;
}

async function drain(database: Database, queue: { waiting: Waiting[]; draining: boolean }): Promise<void> {
  while (queue.waiting.length > 0) {
    const group = queue.waiting.splice(0, MAX_GROUP);
    try {
      const results = await database.write((tx) => commitGroup(tx, group));
      group.forEach((item, index) => item.resolve(results[index]!));
    } catch (error) {
      for (const item of group) item.reject(error);
    }
  }
  queue.draining = false;
}

type NewVersion = typeof syncRecord.$inferInsert;
const keyOf = (key: RecordKey) => `${key.recordType}\u0000${key.recordId}`;

/**
 * One group in set-based statements: a handful of queries per commit however many events it
 * holds. Versions are compared in memory, in arrival order, so events for one record within the
 * group coalesce exactly as they would one at a time.
 */
async function commitGroup(tx: Tx, group: readonly Waiting[]): Promise<AcceptResult[]> {
  const known = await knownEventIds(
    tx,
    group.flatMap((item) => item.envelopes.map((envelope) => envelope.eventId)),
  );
  const versions = await currentVersions(
    tx,
    group.flatMap((item) => item.envelopes.filter((envelope) => !known.has(envelope.eventId))),
  );
  const answers: AcceptResult[] = [];
  const events: (typeof inboundEvent.$inferInsert)[] = [];
  const records = new Map<string, NewVersion>();
  const audit: AuditInput[] = [];
  for (const item of group) {
    const now = item.options.now?.() ?? new Date();
    const result: AcceptResult = { accepted: [], duplicates: [] };
    for (const envelope of item.envelopes) {
      if (known.has(envelope.eventId)) {
        result.duplicates.push(envelope.eventId);
        continue;
      }
      known.add(envelope.eventId);
      const key = keyOf(envelope);
      const lastModified = envelope.snapshot?.lastModified ?? null;
      const snapshot = envelope.snapshot ? JSON.stringify(envelope.snapshot) : null;
      const disposition = applies(envelope, versions.get(key)) ? 'applied' : 'stale';
      if (disposition === 'applied') {
        versions.set(key, { lastModified, occurredAt: envelope.occurredAt });
        records.set(key, pendingVersion(envelope, snapshot, now));
      }
      events.push({
        eventId: envelope.eventId,
        recordType: envelope.recordType,
        recordId: envelope.recordId,
        action: envelope.action,
        source: envelope.source,
        occurredAt: envelope.occurredAt,
        lastModified,
        snapshot,
        receivedAt: now.toISOString(),
        receivedAtMs: now.getTime(),
        disposition,
      });
      audit.push({
        action: disposition === 'applied' ? 'event_received' : 'event_stale',
        actor: item.options.actor ?? envelope.source,
        recordType: envelope.recordType,
        recordId: envelope.recordId,
        detail: {
          eventId: envelope.eventId,
          action: envelope.action,
          source: envelope.source,
          occurredAt: envelope.occurredAt,
          lastModified,
          ...(disposition === 'stale' ? { reason: 'older than the version already known; nothing changed' } : {}),
        },
      });
      result.accepted.push(envelope.eventId);
    }
    answers.push(result);
  }
  await insertJsonRows(tx, inboundEvent, events);
  // New records are created pending; known ones take the new version and become pending again.
  await insertJsonRows(tx, syncRecord, [...records.values()], {
    target: ['recordType', 'recordId'],
    replace: REPLACED_ON_CONFLICT,
  });
  // One append per group: the chain head is read and written once, not once per request.
  const secrets = [...new Set(group.flatMap((item) => item.options.secrets ?? []))];
  await appendAudit(tx, audit, { secrets, now: group[0]?.options.now });
  return answers;
}

async function knownEventIds(tx: Tx, eventIds: string[]): Promise<Set<string>> {
  const rows = await tx.all<{ event_id: string }>(
    withJson('select event_id from inbound_event where event_id in (select value from json_each(?))', eventIds),
  );
  return new Set(rows.map((row) => row.event_id));
}

/** The stored version of every record the envelopes touch, keyed by `keyOf`. */
async function currentVersions(tx: Tx, envelopes: readonly RecordKey[]): Promise<Map<string, Version>> {
  const rows = await tx.all<
    Record<'record_type' | 'record_id' | 'occurred_at', string> & { last_modified: string | null }
  >(
    withJson(
      `select record_type, record_id, version_last_modified as last_modified, version_occurred_at as occurred_at
         from json_each(?) as wanted
         join sync_record on record_type = wanted.value ->> 0 and record_id = wanted.value ->> 1`,
      envelopes.map((envelope) => [envelope.recordType, envelope.recordId]),
    ),
  );
  return new Map(
    rows.map((row) => [
      keyOf({ recordType: row.record_type, recordId: row.record_id }),
      { lastModified: row.last_modified, occurredAt: row.occurred_at },
    ]),
  );
}

/** A new version applies if it is newer; a resync of the version already known processes it again. */
function applies(envelope: EventEnvelope, current: Version | undefined): boolean {
  if (!current) return true;
  const order = compareVersions(
    { lastModified: envelope.snapshot?.lastModified ?? null, occurredAt: envelope.occurredAt },
    current,
  );
  return order > 0 || (envelope.action === 'resync' && order >= 0);
}

function pendingVersion(envelope: EventEnvelope, snapshot: string | null, now: Date): NewVersion {
  return {
    recordType: envelope.recordType,
    recordId: envelope.recordId,
    status: 'pending',
    snapshot,
    action: envelope.action,
    versionLastModified: envelope.snapshot?.lastModified ?? null,
    versionOccurredAt: envelope.occurredAt,
    dirty: true,
    attempts: 0,
    nextAttemptAtMs: now.getTime(),
    failingSinceMs: null,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
}

/** What a new version of a known record replaces. */
const REPLACED_ON_CONFLICT = [
  'status',
  'snapshot',
  'action',
  'versionLastModified',
  'versionOccurredAt',
  'dirty',
  'attempts',
  'nextAttemptAtMs',
  'failingSinceMs',
  'updatedAt',
] as const;

export interface Version {
  lastModified: string | null;
  occurredAt: string;
}

/**
 * DESIGN.md's order: snapshot.lastModified, then occurredAt. Two snapshots with the same
 * lastModified are the same version of the record (an event and a poll of one save), whenever
 * they were emitted; occurredAt orders only what has no snapshot (a delete).
 */
export function compareVersions(a: Version, b: Version): number {
  const primary = Date.parse(a.lastModified ?? a.occurredAt) - Date.parse(b.lastModified ?? b.occurredAt);
  if (primary !== 0) return primary;
  if (a.lastModified !== null && b.lastModified !== null) return 0;
  return Date.parse(a.occurredAt) - Date.parse(b.occurredAt);
}

/** Forgets event ids older than the retention (at least 30 days), keeping the inbox small. */
export async function pruneInbox(database: Database, olderThanMs: number): Promise<void> {
  await database.write((tx) => tx.delete(inboundEvent).where(lt(inboundEvent.receivedAtMs, olderThanMs)));
}
