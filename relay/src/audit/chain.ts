import { createHash } from 'node:crypto';

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

/** The hash of one entry: its stored fields and the previous entry's hash, in a fixed order. */
export function entryHash(prevHash: string, fields: ChainFields): string {
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
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
