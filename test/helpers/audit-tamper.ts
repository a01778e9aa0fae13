import type { Client } from '@libsql/client';
import { entryHash, GENESIS_HASH, type ChainFields } from '../../relay/src/audit/chain';

// What someone who can write the database file, but has no master key, can do to the audit trail:
// change rows, then recompute every hash and the head the only way open to them (plain SHA-256, or
// HMAC under a key they guess), so the chain looks consistent.

interface Row extends ChainFields {
  prevHash: string;
  hash: string;
}

export async function auditRows(client: Client): Promise<Row[]> {
  const result = await client.execute(
    'select id, at, actor, action, record_type, record_id, detail, prev_hash, hash from audit_entry order by id',
  );
  return result.rows.map((row) => ({
    id: Number(row.id),
    at: String(row.at),
    actor: String(row.actor),
    action: String(row.action),
    recordType: row.record_type === null ? null : String(row.record_type),
    recordId: row.record_id === null ? null : String(row.record_id),
    detail: String(row.detail),
    prevHash: String(row.prev_hash),
    hash: String(row.hash),
  }));
}

/** Rewrites the whole trail as `rows` (renumbered 1…n), every hash and the head recomputed with `key` (none: plain SHA-256). */
export async function rewriteTrail(client: Client, rows: ChainFields[], key?: Buffer): Promise<void> {
  await client.execute('delete from audit_entry');
  let prevHash = GENESIS_HASH;
  for (const [index, row] of rows.entries()) {
    const fields = { ...row, id: index + 1 };
    const hash = entryHash(prevHash, fields, key);
    await client.execute({
      sql: 'insert into audit_entry (id, at, actor, action, record_type, record_id, detail, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      args: [
        fields.id,
        fields.at,
        fields.actor,
        fields.action,
        fields.recordType,
        fields.recordId,
        fields.detail,
        prevHash,
        hash,
      ],
    });
    prevHash = hash;
  }
  await client.execute({
    sql: 'update audit_head set last_id = ?, last_hash = ?, entries = ?',
    args: [rows.length, prevHash, rows.length],
  });
}
