import { and, eq, inArray, lt } from 'drizzle-orm';
import type { EventEnvelope } from '../../../suiteapp/src/lib/snapshot-types';
import type { AuditInput } from '../audit/actions';
import { appendAudit, type AuditOptions } from './audit-store';
import type { Database } from './database';
import type { Tx } from './executor';
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
  if (!queue.draining) void drain(database, queue);
  return promise;
}

async function drain(database: Database, queue: { waiting: Waiting[]; draining: boolean }): Promise<void> {
  queue.draining = true;
  while (queue.waiting.length > 0) {
    const group = queue.waiting.splice(0, MAX_GROUP);
    try {
      const results = await database.write(async (tx) => {
        const known = await knownEventIds(
          tx,
          group.flatMap((item) => item.envelopes.map((envelope) => envelope.eventId)),
        );
        const answers: AcceptResult[] = [];
        const audit: AuditInput[] = [];
        for (const item of group) {
          const accepted = await acceptInTransaction(tx, item.envelopes, known, item.options);
          answers.push(accepted.result);
          audit.push(...accepted.audit);
        }
        // One append per group: the chain head is read and written once, not once per request.
        const secrets = [...new Set(group.flatMap((item) => item.options.secrets ?? []))];
        await appendAudit(tx, audit, { secrets, now: group[0]?.options.now });
        return answers;
      });
      group.forEach((item, index) => item.resolve(results[index]!));
    } catch (error) {
      for (const item of group) item.reject(error);
    }
  }
  queue.draining = false;
}

async function knownEventIds(tx: Tx, eventIds: string[]): Promise<Set<string>> {
  const ids = [...new Set(eventIds)];
  const known = new Set<string>();
  for (let start = 0; start < ids.length; start += 500) {
    const rows = await tx
      .select({ eventId: inboundEvent.eventId })
      .from(inboundEvent)
      .where(inArray(inboundEvent.eventId, ids.slice(start, start + 500)));
    for (const row of rows) known.add(row.eventId);
  }
  return known;
}

async function acceptInTransaction(
  tx: Tx,
  envelopes: readonly EventEnvelope[],
  known: Set<string>,
  options: AcceptOptions,
): Promise<{ result: AcceptResult; audit: AuditInput[] }> {
  const now = options.now?.() ?? new Date();
  const result: AcceptResult = { accepted: [], duplicates: [] };
  const audit: AuditInput[] = [];
  const rows: (typeof inboundEvent.$inferInsert)[] = [];
  for (const envelope of envelopes) {
    if (known.has(envelope.eventId)) {
      result.duplicates.push(envelope.eventId);
      continue;
    }
    known.add(envelope.eventId);
    const disposition = await coalesce(tx, envelope, now);
    rows.push({
      eventId: envelope.eventId,
      recordType: envelope.recordType,
      recordId: envelope.recordId,
      action: envelope.action,
      source: envelope.source,
      occurredAt: envelope.occurredAt,
      lastModified: envelope.snapshot?.lastModified ?? null,
      snapshot: envelope.snapshot ? JSON.stringify(envelope.snapshot) : null,
      receivedAt: now.toISOString(),
      receivedAtMs: now.getTime(),
      disposition,
    });
    audit.push({
      action: disposition === 'applied' ? 'event_received' : 'event_stale',
      actor: options.actor ?? envelope.source,
      recordType: envelope.recordType,
      recordId: envelope.recordId,
      detail: {
        eventId: envelope.eventId,
        action: envelope.action,
        source: envelope.source,
        occurredAt: envelope.occurredAt,
        lastModified: envelope.snapshot?.lastModified ?? null,
        ...(disposition === 'stale' ? { reason: 'older than the version already known; nothing changed' } : {}),
      },
    });
    result.accepted.push(envelope.eventId);
  }
  for (let start = 0; start < rows.length; start += 100)
    await tx.insert(inboundEvent).values(rows.slice(start, start + 100));
  return { result, audit };
}

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

async function coalesce(tx: Tx, envelope: EventEnvelope, now: Date): Promise<'applied' | 'stale'> {
  const key = { recordType: envelope.recordType, recordId: envelope.recordId };
  const lastModified = envelope.snapshot?.lastModified ?? null;
  const [current] = await tx
    .select({ versionLastModified: syncRecord.versionLastModified, versionOccurredAt: syncRecord.versionOccurredAt })
    .from(syncRecord)
    .where(and(eq(syncRecord.recordType, key.recordType), eq(syncRecord.recordId, key.recordId)));
  const version = {
    snapshot: envelope.snapshot ? JSON.stringify(envelope.snapshot) : null,
    action: envelope.action,
    versionLastModified: lastModified,
    versionOccurredAt: envelope.occurredAt,
    dirty: true,
    attempts: 0,
    nextAttemptAtMs: now.getTime(),
    failingSinceMs: null,
    updatedAt: now.toISOString(),
  };
  if (!current) {
    await tx.insert(syncRecord).values({ ...key, ...version, status: 'pending', createdAt: now.toISOString() });
    return 'applied';
  }
  const order = compareVersions(
    { lastModified, occurredAt: envelope.occurredAt },
    { lastModified: current.versionLastModified, occurredAt: current.versionOccurredAt },
  );
  // A resync of the version already known processes it again; anything else must be newer.
  const applies = order > 0 || (envelope.action === 'resync' && order >= 0);
  if (!applies) return 'stale';
  await tx
    .update(syncRecord)
    .set({ ...version, status: 'pending' })
    .where(and(eq(syncRecord.recordType, key.recordType), eq(syncRecord.recordId, key.recordId)));
  return 'applied';
}

/** Forgets event ids older than the retention (at least 30 days), keeping the inbox small. */
export async function pruneInbox(database: Database, olderThanMs: number): Promise<void> {
  await database.write((tx) => tx.delete(inboundEvent).where(lt(inboundEvent.receivedAtMs, olderThanMs)));
}
