import { asc, eq, gt } from 'drizzle-orm';
import { entryHash, GENESIS_HASH, headSeal, keyCheck } from '../audit/chain';
import { readChainState } from './audit-chain-key';
import type { Executor } from './executor';
import { auditEntry, inboundEvent, syncRecord } from './schema';
import type { Database } from './database';

export type AuditVerification =
  | { ok: true; entries: number; keyed?: boolean; anchor?: AuditAnchor }
  | { ok: false; entries: number; firstBadEntry: number | null; reason: string };

/** The newest entry at one moment, kept outside the database (`mlc audit anchor`), to check the chain against later. */
export interface AuditAnchor {
  id: number;
  hash: string;
}

/**
 * Walks the whole chain: every hash recomputed (keyed ones with `key`), ids contiguous, the head
 * matching the end (sealed with the key once keyed), the trail not emptied while the database holds
 * records, and, with an exported anchor, the anchored entry still there with the same hash.
 */
export async function verifyAudit(
  db: Executor,
  options: { key?: Buffer; anchor?: AuditAnchor } = {},
): Promise<AuditVerification> {
  const { key, anchor } = options;
  const state = await readChainState(db);
  const keyedFromId = state.keyedFromId;
  if (keyedFromId !== undefined) {
    if (!key)
      return broken(0, null, 'the chain is keyed by the master key: verify it on the relay, which holds the key');
    if (state.keyCheck !== keyCheck(key, keyedFromId)) {
      return broken(
        0,
        keyedFromId,
        'the record of where the chain is keyed does not match this master key: it was altered, or the key differs',
      );
    }
  } else if (key) {
    // A relay keys the chain when it starts: with the key in hand, a missing record was removed.
    return broken(0, null, 'the record of where the chain is keyed is missing: the audit tables were tampered with');
  }

  let expectedId = 1;
  let prevHash = GENESIS_HASH;
  let anchorSeen = false;
  for (;;) {
    const page = await db
      .select()
      .from(auditEntry)
      .where(gt(auditEntry.id, expectedId - 1))
      .orderBy(asc(auditEntry.id))
      .limit(1000);
    for (const row of page) {
      if (row.id !== expectedId) return broken(expectedId - 1, expectedId, `entry ${expectedId} is missing`);
      const keyed = keyedFromId !== undefined && row.id >= keyedFromId;
      if (row.prevHash !== prevHash || entryHash(prevHash, row, keyed ? key : undefined) !== row.hash) {
        return broken(expectedId - 1, row.id, `entry ${row.id} was altered`);
      }
      if (anchor && row.id === anchor.id) {
        if (row.hash !== anchor.hash) {
          return broken(
            row.id - 1,
            row.id,
            `entry ${row.id} differs from the exported anchor: the chain was rewritten`,
          );
        }
        anchorSeen = true;
      }
      prevHash = row.hash;
      expectedId += 1;
    }
    if (page.length < 1000) break;
  }
  const count = expectedId - 1;
  const headHash =
    keyedFromId !== undefined && key
      ? headSeal(key, { lastId: count, entries: count, lastEntryHash: prevHash })
      : prevHash;
  // A keyed chain always has a sealed head; only a never-keyed, never-written trail has none.
  const headIntact =
    state.headHash === undefined
      ? count === 0 && keyedFromId === undefined
      : state.lastId === count && state.entries === count && state.headHash === headHash;
  if (!headIntact) {
    return broken(count, count + 1, 'the newest entries were removed (the chain ends before its recorded head)');
  }
  if (anchor && anchor.id > 0 && !anchorSeen) {
    return broken(
      count,
      count + 1,
      `the chain ends before the exported anchor (entry ${anchor.id}): entries were removed`,
    );
  }
  if (count === 0 && (await holdsRecords(db))) {
    return broken(0, 1, 'the audit trail is empty while the database holds records: it was emptied');
  }
  return { ok: true, entries: count, ...(keyedFromId === undefined ? {} : { keyed: true }) };
}

/** Every event and record leaves audit entries: with none at all, the trail was emptied. */
async function holdsRecords(db: Executor): Promise<boolean> {
  const [event] = await db.select({ id: inboundEvent.eventId }).from(inboundEvent).limit(1);
  const [record] = await db.select({ id: syncRecord.recordId }).from(syncRecord).limit(1);
  return event !== undefined || record !== undefined;
}

/** The anchor to export now (`mlc audit anchor`, and the log hourly): the newest entry and its hash. */
export async function auditAnchor(database: Database): Promise<AuditAnchor & { entries: number; at: string }> {
  const { db, clock } = database;
  const state = await readChainState(db);
  const [row] = state.lastId > 0 ? await db.select().from(auditEntry).where(eq(auditEntry.id, state.lastId)) : [];
  return {
    id: state.lastId,
    hash: row?.hash ?? GENESIS_HASH,
    entries: state.entries,
    at: new Date(clock.now()).toISOString(),
  };
}

function broken(entries: number, firstBadEntry: number | null, reason: string): AuditVerification {
  return { ok: false, entries, firstBadEntry, reason };
}
