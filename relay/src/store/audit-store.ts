import { and, asc, desc, eq, gt, lt } from 'drizzle-orm';
import type { AuditEntry, AuditInput } from '../audit/actions';
import { entryHash, GENESIS_HASH } from '../audit/chain';
import { redact } from '../audit/redact';
import type { Executor } from './executor';
import { insertJsonRows } from './json-rows';
import { auditEntry, auditHead } from './schema';

export interface AuditOptions {
  /** Secret values cut out of every detail before it is stored. */
  secrets?: readonly string[];
  now?: () => Date;
}

/**
 * Appends entries to the hash chain. Call it inside the transaction that makes the change it
 * records: the write transaction (BEGIN IMMEDIATE) also serialises the chain across processes.
 */
export async function appendAudit(
  tx: Executor,
  inputs: AuditInput | AuditInput[],
  options: AuditOptions = {},
): Promise<void> {
  const list = Array.isArray(inputs) ? inputs : [inputs];
  if (list.length === 0) return;
  const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 1));
  let lastId = head?.lastId ?? 0;
  let lastHash = head?.lastHash ?? GENESIS_HASH;
  const at = (options.now?.() ?? new Date()).toISOString();
  const rows = list.map((input) => {
    const fields = {
      id: lastId + 1,
      at,
      actor: input.actor,
      action: input.action,
      recordType: input.recordType ?? null,
      recordId: input.recordId ?? null,
      detail: JSON.stringify(redact(input.detail ?? {}, options.secrets)),
    };
    const hash = entryHash(lastHash, fields);
    const row = { ...fields, prevHash: lastHash, hash };
    lastId = fields.id;
    lastHash = hash;
    return row;
  });
  await insertJsonRows(tx, auditEntry, rows);
  const entries = (head?.entries ?? 0) + rows.length;
  await tx
    .insert(auditHead)
    .values({ id: 1, lastId, lastHash, entries })
    .onConflictDoUpdate({ target: auditHead.id, set: { lastId, lastHash, entries } });
}

export type AuditVerification =
  { ok: true; entries: number } | { ok: false; entries: number; firstBadEntry: number | null; reason: string };

/** Walks the whole chain: every hash recomputed, ids contiguous, and the head kept apart matching the end. */
export async function verifyAudit(db: Executor): Promise<AuditVerification> {
  let expectedId = 1;
  let prevHash = GENESIS_HASH;
  for (;;) {
    const page = await db
      .select()
      .from(auditEntry)
      .where(gt(auditEntry.id, expectedId - 1))
      .orderBy(asc(auditEntry.id))
      .limit(1000);
    for (const row of page) {
      if (row.id !== expectedId) return broken(expectedId - 1, expectedId, `entry ${expectedId} is missing`);
      if (row.prevHash !== prevHash || entryHash(prevHash, row) !== row.hash) {
        return broken(expectedId - 1, row.id, `entry ${row.id} was altered`);
      }
      prevHash = row.hash;
      expectedId += 1;
    }
    if (page.length < 1000) break;
  }
  const count = expectedId - 1;
  const [head] = await db.select().from(auditHead).where(eq(auditHead.id, 1));
  if (
    (head?.lastId ?? 0) !== count ||
    (head?.lastHash ?? GENESIS_HASH) !== prevHash ||
    (head?.entries ?? 0) !== count
  ) {
    return broken(count, count + 1, 'the newest entries were removed (the chain ends before its recorded head)');
  }
  return { ok: true, entries: count };
}

function broken(entries: number, firstBadEntry: number, reason: string): AuditVerification {
  return { ok: false, entries, firstBadEntry, reason };
}

/** Newest first; for one record, or all. */
export async function listAudit(
  db: Executor,
  filter: { recordType?: string; recordId?: string; limit?: number; beforeId?: number },
): Promise<AuditEntry[]> {
  const conditions = [];
  if (filter.recordType) conditions.push(eq(auditEntry.recordType, filter.recordType));
  if (filter.recordId) conditions.push(eq(auditEntry.recordId, filter.recordId));
  if (filter.beforeId) conditions.push(gt(auditEntry.id, 0), lt(auditEntry.id, filter.beforeId));
  const rows = await db
    .select()
    .from(auditEntry)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(auditEntry.id))
    .limit(Math.min(filter.limit ?? 50, 500));
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action as AuditEntry['action'],
    recordType: row.recordType,
    recordId: row.recordId,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
  }));
}
