import type { EventEnvelope } from '../../../suiteapp/src/lib/snapshot-types';
import type { AuditInput } from '../audit/actions';
import { snapshotContentHash } from '../domain/content-hash';
import { dispositionOf, type Disposition, type KnownVersion } from '../domain/versions';
import { appendAudit } from './audit-store';
import type { Tx } from './executor';
import { insertJsonRows, withJson } from './json-rows';
import type { RecordKey } from './records';
import { inboundEvent, syncRecord } from './schema';

export interface AcceptResult {
  accepted: string[];
  duplicates: string[];
}

/** How many events of a group did what (for /metrics). */
export type DispositionCounts = Record<Disposition | 'duplicate', number>;

export interface AcceptOptions {
  actor?: string;
  /** When the events arrived (epoch ms); the database clock's now unless given (a test backdates them). */
  receivedAtMs?: number;
}

type NewVersion = typeof syncRecord.$inferInsert;

interface VersionMarkers extends RecordKey {
  versionLastModified: string | null;
  versionOccurredAt: string;
}

const keyOf = (key: RecordKey) => `${key.recordType}\u0000${key.recordId}`;

/**
 * One group of requests in set-based statements: a handful of queries per commit however many
 * events it holds. Versions are compared in memory, in arrival order, so events for one record
 * within the group coalesce exactly as they would one at a time.
 */
export async function commitGroup(
  tx: Tx,
  group: readonly { envelopes: readonly EventEnvelope[]; options: AcceptOptions }[],
  nowMs: number,
): Promise<{ answers: AcceptResult[]; counts: DispositionCounts }> {
  const all = group.flatMap((item) => item.envelopes);
  const counts: DispositionCounts = { applied: 0, unchanged: 0, stale: 0, duplicate: 0 };
  const known = await knownEventIds(
    tx,
    all.map((envelope) => envelope.eventId),
  );
  const versions = await currentVersions(
    tx,
    all.filter((envelope) => !known.has(envelope.eventId)),
  );
  const events: (typeof inboundEvent.$inferInsert)[] = [];
  const applied = new Map<string, NewVersion>();
  /** Newer versions whose content is already known: only their version markers move. */
  const unchanged = new Map<string, VersionMarkers>();
  const audit: AuditInput[] = [];
  const answers = group.map((item) => {
    const now = new Date(item.options.receivedAtMs ?? nowMs);
    const result: AcceptResult = { accepted: [], duplicates: [] };
    for (const envelope of item.envelopes) {
      if (known.has(envelope.eventId)) {
        result.duplicates.push(envelope.eventId);
        counts.duplicate += 1;
        continue;
      }
      known.add(envelope.eventId);
      const key = keyOf(envelope);
      const snapshot = envelope.snapshot ? JSON.stringify(envelope.snapshot) : null;
      const incoming = {
        lastModified: envelope.snapshot?.lastModified ?? null,
        occurredAt: envelope.occurredAt,
        contentHash: snapshotContentHash(envelope.snapshot),
      };
      const disposition = dispositionOf({ ...incoming, action: envelope.action }, versions.get(key));
      counts[disposition] += 1;
      if (disposition !== 'stale') versions.set(key, incoming);
      const markers = { versionLastModified: incoming.lastModified, versionOccurredAt: incoming.occurredAt };
      if (disposition === 'applied') {
        applied.set(key, pendingVersion(envelope, { snapshot, contentHash: incoming.contentHash }, now));
        unchanged.delete(key);
      } else if (disposition === 'unchanged') {
        // A version applied earlier in this group takes the later markers; else only they move.
        const pending = applied.get(key);
        if (pending) Object.assign(pending, markers);
        else unchanged.set(key, { recordType: envelope.recordType, recordId: envelope.recordId, ...markers });
      }
      events.push({
        eventId: envelope.eventId,
        recordType: envelope.recordType,
        recordId: envelope.recordId,
        action: envelope.action,
        source: envelope.source,
        occurredAt: envelope.occurredAt,
        lastModified: incoming.lastModified,
        snapshot,
        receivedAt: now.toISOString(),
        receivedAtMs: now.getTime(),
        disposition,
      });
      audit.push(auditOf(envelope, disposition, item.options.actor));
      result.accepted.push(envelope.eventId);
    }
    return result;
  });
  await insertJsonRows(tx, inboundEvent, events);
  // New records are created pending; known ones take the new version and become pending again.
  await insertJsonRows(tx, syncRecord, [...applied.values()], {
    target: ['recordType', 'recordId'],
    replace: REPLACED_ON_CONFLICT,
  });
  await moveVersionMarkers(tx, [...unchanged.values()]);
  // One append per group: the chain head is read and written once, not once per request.
  await appendAudit(tx, audit);
  return { answers, counts };
}

function pendingVersion(
  envelope: EventEnvelope,
  content: { snapshot: string | null; contentHash: string | null },
  now: Date,
): NewVersion {
  return {
    recordType: envelope.recordType,
    recordId: envelope.recordId,
    status: 'pending',
    ...content,
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
  'contentHash',
  'action',
  'versionLastModified',
  'versionOccurredAt',
  'dirty',
  'attempts',
  'nextAttemptAtMs',
  'failingSinceMs',
  'updatedAt',
] as const;

/** Unchanged versions leave the record as it is but move its markers, so older events stay stale. */
async function moveVersionMarkers(tx: Tx, rows: readonly VersionMarkers[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.run(
    withJson(
      `update sync_record set version_last_modified = moved.value ->> 2, version_occurred_at = moved.value ->> 3
         from json_each(?) as moved
        where record_type = moved.value ->> 0 and record_id = moved.value ->> 1`,
      rows.map((row) => [row.recordType, row.recordId, row.versionLastModified, row.versionOccurredAt]),
    ),
  );
}

function auditOf(envelope: EventEnvelope, disposition: Disposition, actor: string | undefined): AuditInput {
  const scope = { actor: actor ?? envelope.source, recordType: envelope.recordType, recordId: envelope.recordId };
  const lastModified = envelope.snapshot?.lastModified ?? null;
  if (disposition === 'unchanged') {
    // Compact: a re-save that changed nothing we sync is common and says little.
    return {
      action: 'event_unchanged',
      ...scope,
      detail: { eventId: envelope.eventId, source: envelope.source, lastModified },
    };
  }
  return {
    action: disposition === 'applied' ? 'event_received' : 'event_stale',
    ...scope,
    detail: {
      eventId: envelope.eventId,
      action: envelope.action,
      source: envelope.source,
      occurredAt: envelope.occurredAt,
      lastModified,
      ...(disposition === 'stale' ? { reason: 'older than the version already known; nothing changed' } : {}),
    },
  };
}

async function knownEventIds(tx: Tx, eventIds: string[]): Promise<Set<string>> {
  const rows = await tx.all<{ event_id: string }>(
    withJson('select event_id from inbound_event where event_id in (select value from json_each(?))', eventIds),
  );
  return new Set(rows.map((row) => row.event_id));
}

/** The stored version of every record the envelopes touch, keyed by `keyOf`. */
async function currentVersions(tx: Tx, envelopes: readonly RecordKey[]): Promise<Map<string, KnownVersion>> {
  const rows = await tx.all<
    Record<'record_type' | 'record_id' | 'occurred_at', string> & {
      last_modified: string | null;
      content_hash: string | null;
    }
  >(
    withJson(
      `select record_type, record_id, version_last_modified as last_modified, version_occurred_at as occurred_at,
              content_hash
         from json_each(?) as wanted
         join sync_record on record_type = wanted.value ->> 0 and record_id = wanted.value ->> 1`,
      envelopes.map((envelope) => [envelope.recordType, envelope.recordId]),
    ),
  );
  return new Map(
    rows.map((row) => [
      keyOf({ recordType: row.record_type, recordId: row.record_id }),
      { lastModified: row.last_modified, occurredAt: row.occurred_at, contentHash: row.content_hash },
    ]),
  );
}
