import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { Secret } from '../../../relay/src/config';
import { auditKeyOf } from '../../../relay/src/crypto/derived-key';
import { ensureKeyedChain } from '../../../relay/src/store/audit-chain-key';
import { appendAudit, verifyAudit } from '../../../relay/src/store/audit-store';
import { auditAnchor } from '../../../relay/src/store/audit-verify';
import { resealCredentials } from '../../../relay/src/store/credentials';
import { migrateDatabase, openDatabase, type Database } from '../../../relay/src/store/database';
import { toolAudit } from '../../../relay/src/store/audit-scope';
import { auditRows, rewriteTrail } from '../../helpers/audit-tamper';
import { tempDir } from '../../helpers/temp-dir';

const masterKey = new Secret(randomBytes(32).toString('base64'));
const KEY = auditKeyOf(masterKey);

async function open(file: string, auditKey?: Buffer): Promise<Database> {
  const database = await openDatabase({ url: `file:${file}`, audit: toolAudit(auditKey) });
  await migrateDatabase(database);
  onTestFinished(() => database.close());
  return database;
}

async function append(database: Database, count: number, from = 0): Promise<void> {
  for (let index = from; index < from + count; index += 1) {
    await database.write((tx) =>
      appendAudit(tx, { action: 'event_received', actor: 'netsuite', recordType: 'vendor', recordId: String(index) }),
    );
  }
}

async function keyedTrail(count = 6) {
  const database = await open(path.join(tempDir('mlc-audit-'), 'mlc.db'), KEY);
  await database.write((tx) => ensureKeyedChain(tx, KEY));
  await append(database, count);
  return database;
}

const verify = (database: Database, anchor?: { id: number; hash: string }) =>
  verifyAudit(database.db, { key: KEY, anchor });

describe('the keyed audit chain', () => {
  it('verifies when intact, and says it is keyed', async () => {
    const database = await keyedTrail();
    expect(await verify(database)).toEqual({ ok: true, entries: 6, keyed: true });
  });

  it('detects an edit whose hashes and head were recomputed without the key', async () => {
    const database = await keyedTrail();
    const rows = await auditRows(database.client);
    rows[2] = { ...rows[2]!, detail: '{"forged":true}' };
    await rewriteTrail(database.client, rows);
    expect(await verify(database)).toMatchObject({ ok: false, firstBadEntry: 1 });
  });

  it('detects an edit recomputed under a guessed key', async () => {
    const database = await keyedTrail();
    const rows = await auditRows(database.client);
    rows[2] = { ...rows[2]!, actor: 'someone-else' };
    await rewriteTrail(database.client, rows, randomBytes(32));
    expect(await verify(database)).toMatchObject({ ok: false, firstBadEntry: 1 });
  });

  it('detects the newest entries deleted with the head rewritten to the new end', async () => {
    const database = await keyedTrail();
    const rows = await auditRows(database.client);
    await database.client.execute('delete from audit_entry where id > 4');
    await database.client.execute({
      sql: 'update audit_head set last_id = 4, entries = 4, last_hash = ?',
      args: [rows[3]!.hash],
    });
    expect(await verify(database)).toMatchObject({
      ok: false,
      reason: 'the newest entries were removed (the chain ends before its recorded head)',
    });
  });

  it('detects a middle entry deleted and the rest renumbered', async () => {
    const database = await keyedTrail();
    const rows = await auditRows(database.client);
    await rewriteTrail(database.client, [...rows.slice(0, 2), ...rows.slice(3)]);
    expect(await verify(database)).toMatchObject({ ok: false, firstBadEntry: 1 });
  });

  it('detects both tables emptied, with or without the key record, while the database holds records', async () => {
    const database = await keyedTrail();
    await database.client.execute('delete from audit_entry');
    await database.client.execute('delete from audit_head');
    expect(await verify(database)).toMatchObject({ ok: false });
    await database.client.execute('delete from audit_chain');
    expect(await verify(database)).toMatchObject({
      ok: false,
      reason: 'the record of where the chain is keyed is missing: the audit tables were tampered with',
    });
  });

  it('checks against an exported anchor: a trail emptied and re-keyed from scratch (a restart) fails it', async () => {
    const database = await keyedTrail();
    const anchor = await auditAnchor(database);
    expect(await verify(database, anchor)).toMatchObject({ ok: true });
    for (const table of ['audit_entry', 'audit_head', 'audit_chain'])
      await database.client.execute(`delete from ${table}`);
    await database.write((tx) => ensureKeyedChain(tx, KEY));
    expect(await verify(database)).toMatchObject({ ok: true, entries: 0 });
    expect(await verify(database, anchor)).toMatchObject({
      ok: false,
      reason: `the chain ends before the exported anchor (entry ${anchor.id}): entries were removed`,
    });
  });

  it('tells a wrong master key apart from tampering', async () => {
    const database = await keyedTrail();
    expect(await verifyAudit(database.db, { key: randomBytes(32) })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('does not match this master key'),
    });
  });

  it('keys a trail an older relay left plain, and then detects a rewrite of the old entries', async () => {
    const file = path.join(tempDir('mlc-audit-'), 'mlc.db');
    const legacy = await open(file);
    await append(legacy, 3);
    legacy.close();
    const database = await open(file, KEY);
    await database.write((tx) => ensureKeyedChain(tx, KEY));
    await append(database, 2, 3);
    expect(await verify(database)).toEqual({ ok: true, entries: 5, keyed: true });

    const rows = await auditRows(database.client);
    rows[0] = { ...rows[0]!, actor: 'rewritten' };
    // Plain hashes recomputed for the legacy part: the first keyed entry still covers the old hash.
    const { client } = database;
    await rewriteTrail(client, rows.slice(0, 3));
    for (const row of rows.slice(3)) {
      await client.execute({
        sql: 'insert into audit_entry (id, at, actor, action, record_type, record_id, detail, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        args: [row.id, row.at, row.actor, row.action, row.recordType, row.recordId, row.detail, row.prevHash, row.hash],
      });
    }
    expect(await verify(database)).toMatchObject({ ok: false, firstBadEntry: 4 });
  });

  it('refuses to append to a keyed chain without the key, instead of breaking it', async () => {
    const database = await keyedTrail(1);
    const keyless = await openDatabase({ url: `file:${database.file}`, audit: toolAudit() });
    onTestFinished(() => keyless.close());
    await expect(append(keyless, 1)).rejects.toThrow('The audit chain is keyed by the master key');
  });

  it('is re-keyed by mlc rotate-key after verifying under the old key', async () => {
    const database = await keyedTrail(3);
    const next = new Secret(randomBytes(32).toString('base64'));
    await resealCredentials(database, masterKey, next, 'cli');
    expect(await verifyAudit(database.db, { key: auditKeyOf(next) })).toEqual({ ok: true, entries: 4, keyed: true });
    expect(await verify(database)).toMatchObject({ ok: false });
  });
});
