import { createHash, createHmac } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainFields {
  id: number;
  at: string;
  actor: string;
  action: string;
  recordType: string | null;
  recordId: string | null;
  /** The detail exactly as stored (JSON text). */
  detail: string;
}

/**
 * The hash of one entry: its stored fields and the previous entry's hash, in a fixed order. Keyed
 * (HMAC-SHA256 under the audit key derived from the master key) for every entry a relay of this
 * version writes, so someone who can write the database file but lacks the key cannot recompute
 * it; plain SHA-256 only for entries older relays wrote before the chain was keyed.
 */
export function entryHash(prevHash: string, fields: ChainFields, key?: Buffer): string {
  const canonical = JSON.stringify([
    prevHash,
    fields.id,
    fields.at,
    fields.actor,
    fields.action,
    fields.recordType,
    fields.recordId,
    fields.detail,
  ]);
  return key
    ? createHmac('sha256', key).update(canonical, 'utf8').digest('hex')
    : createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** The keyed chain's head seal: deleting the newest entries and rewriting the head needs the key. */
export function headSeal(key: Buffer, head: { lastId: number; entries: number; lastEntryHash: string }): string {
  return mac(key, ['head', head.lastId, head.entries, head.lastEntryHash]);
}

/** Binds where the chain became keyed to the key itself (and tells a wrong master key from tampering). */
export function keyCheck(key: Buffer, keyedFromId: number): string {
  return mac(key, ['keyed-from', keyedFromId]);
}

function mac(key: Buffer, parts: unknown[]): string {
  return createHmac('sha256', key).update(JSON.stringify(parts), 'utf8').digest('hex');
}
