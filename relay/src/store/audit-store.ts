import { and, asc, desc, eq, gt, lt } from 'drizzle-orm';
import type { AuditEntry, AuditInput } from '../audit/actions';
import { entryHash } from '../audit/chain';
import { redact } from '../audit/redact';
import type { Executor } from './executor';
import { currentAuditContext } from './audit-scope';
import { ensureKeyedChain, readChainState, writeHead } from './audit-chain-key';
import { insertJsonRows } from './json-rows';
import { auditEntry } from './schema';

/**
 * Appends entries to the hash chain. Call it inside the transaction that makes the change it
 * records: the write transaction (BEGIN IMMEDIATE) also serialises the chain across processes.
 * The entries are made with the audit context of the write in progress (`store/audit-scope.ts`):
 * keyed with its audit key (a keyed chain refuses appends without one rather than break), redacted
 * of its secret values, stamped by its clock.
 */
export async function appendAudit(tx: Executor, inputs: AuditInput | AuditInput[]): Promise<void> {
  const list = Array.isArray(inputs) ? inputs : [inputs];
  if (list.length === 0) return;
  const { key, secrets, clock } = currentAuditContext();
  const state = await readChainState(tx);
  if (state.keyedFromId !== undefined && !key) {
    throw new Error('The audit chain is keyed by the master key: append through a database opened with it.');
  }
  const keyedFromId = key ? await ensureKeyedChain(tx, key) : undefined;
  let lastId = state.lastId;
  let lastHash = state.lastEntryHash;
  const at = new Date(clock.now()).toISOString();
  const rows = list.map((input) => {
    const fields = {
      id: lastId + 1,
      at,
      actor: input.actor,
      action: input.action,
      recordType: input.recordType ?? null,
      recordId: input.recordId ?? null,
      detail: JSON.stringify(redact(input.detail ?? {}, secrets)),
    };
    const keyed = keyedFromId !== undefined && fields.id >= keyedFromId;
    const hash = entryHash(lastHash, fields, keyed ? key : undefined);
    const row = { ...fields, prevHash: lastHash, hash };
    lastId = fields.id;
    lastHash = hash;
    return row;
  });
  await insertJsonRows(tx, auditEntry, rows);
  await writeHead(tx, key, { lastId, entries: state.entries + rows.length, lastEntryHash: lastHash });
}

export { verifyAudit, type AuditVerification } from './audit-verify';

/**
 * Newest first; for one record, or all, narrowed by action and actor. Paged by id: `beforeId` gives
 * the entries older than it, `afterId` the ones newer than it (the page just above, still newest first).
 */
export async function listAudit(
  db: Executor,
  filter: {
    recordType?: string;
    recordId?: string;
    action?: string;
    actor?: string;
    limit?: number;
    beforeId?: number;
    afterId?: number;
  },
): Promise<AuditEntry[]> {
  const conditions = [];
  if (filter.recordType) conditions.push(eq(auditEntry.recordType, filter.recordType));
  if (filter.recordId) conditions.push(eq(auditEntry.recordId, filter.recordId));
  if (filter.action) conditions.push(eq(auditEntry.action, filter.action));
  if (filter.actor) conditions.push(eq(auditEntry.actor, filter.actor));
  if (filter.beforeId) conditions.push(gt(auditEntry.id, 0), lt(auditEntry.id, filter.beforeId));
  if (filter.afterId) conditions.push(gt(auditEntry.id, filter.afterId));
  const newer = filter.afterId !== undefined && !filter.beforeId;
  const found = await db
    .select()
    .from(auditEntry)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(newer ? asc(auditEntry.id) : desc(auditEntry.id))
    .limit(Math.min(filter.limit ?? 50, 501));
  const rows = newer ? found.reverse() : found;
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
