import { asc, eq, gte } from 'drizzle-orm';
import { entryHash, GENESIS_HASH, headSeal, keyCheck } from '../audit/chain';
import type { Executor } from './executor';
import { auditChain, auditEntry, auditHead } from './schema';
import { currentAuditContext } from './audit-scope';

// Where the audit chain is keyed: the `audit_chain` row (from which entry on, and a check that
// binds that to the key) and the head's seal. A relay keys the chain when it starts; a database
// written by an older relay keeps its plain entries, and the first keyed entry covers their hash.

export interface ChainState {
  keyedFromId: number | undefined;
  lastId: number;
  entries: number;
  /** The hash of the newest entry (what the next entry chains to). */
  lastEntryHash: string;
}

export async function readChainState(tx: Executor): Promise<ChainState & { keyCheck?: string; headHash?: string }> {
  const [chain] = await tx.select().from(auditChain).where(eq(auditChain.id, 1));
  const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 1));
  const lastId = head?.lastId ?? 0;
  const [last] =
    lastId > 0 ? await tx.select({ hash: auditEntry.hash }).from(auditEntry).where(eq(auditEntry.id, lastId)) : [];
  return {
    keyedFromId: chain?.keyedFromId,
    keyCheck: chain?.keyCheck,
    lastId,
    entries: head?.entries ?? 0,
    headHash: head?.lastHash,
    // A head whose entry is gone: chain to something no real entry hashes to, so verify reports it.
    lastEntryHash: lastId === 0 ? GENESIS_HASH : (last?.hash ?? `missing-${lastId}`),
  };
}

/** Keys the chain from the next entry on, if it is not keyed yet. */
/** Runs in a write transaction: the chain's start is stamped by its audit clock. */
export async function ensureKeyedChain(tx: Executor, key: Buffer): Promise<number> {
  const state = await readChainState(tx);
  if (state.keyedFromId !== undefined) return state.keyedFromId;
  const keyedFromId = state.lastId + 1;
  await tx.insert(auditChain).values({
    id: 1,
    keyedFromId,
    keyCheck: keyCheck(key, keyedFromId),
    createdAt: new Date(currentAuditContext().clock.now()).toISOString(),
  });
  // Sealed at once, even empty: from now on a missing head means the trail was emptied.
  await writeHead(tx, key, state);
  return keyedFromId;
}

export async function writeHead(
  tx: Executor,
  key: Buffer | undefined,
  head: { lastId: number; entries: number; lastEntryHash: string },
): Promise<void> {
  const lastHash = key ? headSeal(key, head) : head.lastEntryHash;
  const values = { lastId: head.lastId, lastHash, entries: head.entries };
  await tx
    .insert(auditHead)
    .values({ id: 1, ...values })
    .onConflictDoUpdate({ target: auditHead.id, set: values });
}

/**
 * `mlc rotate-key`: recomputes every keyed hash, the key check and the head seal under the new key,
 * in the caller's transaction. The caller verifies the chain under the old key first, so no
 * tampering is laundered into a fresh chain. Anchors exported before no longer match.
 */
export async function rekeyAuditChain(tx: Executor, to: Buffer): Promise<void> {
  const state = await readChainState(tx);
  if (state.keyedFromId === undefined) return;
  const [before] =
    state.keyedFromId > 1
      ? await tx
          .select({ hash: auditEntry.hash })
          .from(auditEntry)
          .where(eq(auditEntry.id, state.keyedFromId - 1))
      : [];
  let prevHash = before?.hash ?? GENESIS_HASH;
  for (let fromId = state.keyedFromId; ;) {
    const page = await tx
      .select()
      .from(auditEntry)
      .where(gte(auditEntry.id, fromId))
      .orderBy(asc(auditEntry.id))
      .limit(1000);
    for (const row of page) {
      const hash = entryHash(prevHash, row, to);
      await tx.update(auditEntry).set({ prevHash, hash }).where(eq(auditEntry.id, row.id));
      prevHash = hash;
      fromId = row.id + 1;
    }
    if (page.length < 1000) break;
  }
  await tx
    .update(auditChain)
    .set({ keyCheck: keyCheck(to, state.keyedFromId) })
    .where(eq(auditChain.id, 1));
  if (state.lastId > 0) await writeHead(tx, to, { ...state, lastEntryHash: prevHash });
}
