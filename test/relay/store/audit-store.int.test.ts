import { describe, expect, it } from 'vitest';
import { appendAudit, listAudit, verifyAudit } from '../../../relay/src/store/audit-store';
import { tempDatabase } from '../../helpers/temp-database';

async function databaseWithEntries(count: number) {
  const database = await tempDatabase();
  for (let index = 0; index < count; index += 1) {
    await database.write((tx) =>
      appendAudit(tx, {
        action: 'event_received',
        actor: 'netsuite',
        recordType: 'vendor',
        recordId: String(index),
        detail: { eventId: `e-${index}` },
      }),
    );
  }
  return database;
}

describe('the audit trail', () => {
  it('verifies an intact chain and counts its entries', async () => {
    const database = await databaseWithEntries(5);
    expect(await verifyAudit(database.db)).toEqual({ ok: true, entries: 5 });
  });

  it('detects a row edited in the database file', async () => {
    const database = await databaseWithEntries(5);
    await database.client.execute(`update audit_entry set detail = '{"eventId":"forged"}' where id = 3`);
    expect(await verifyAudit(database.db)).toMatchObject({ ok: false, firstBadEntry: 3 });
  });

  it('detects a row deleted from the middle', async () => {
    const database = await databaseWithEntries(5);
    await database.client.execute('delete from audit_entry where id = 2');
    expect(await verifyAudit(database.db)).toMatchObject({ ok: false, firstBadEntry: 2 });
  });

  it('detects the newest rows deleted, through the head kept apart', async () => {
    const database = await databaseWithEntries(5);
    await database.client.execute('delete from audit_entry where id >= 4');
    expect(await verifyAudit(database.db)).toMatchObject({ ok: false, firstBadEntry: 4 });
  });

  it('never stores credentials: secret-named keys and known secret values are redacted', async () => {
    const database = await tempDatabase({ secrets: ['s3cr3t-value'] });
    await database.write((tx) =>
      appendAudit(tx, {
        action: 'procurify_request',
        actor: 'worker',
        detail: { headers: { authorization: 'Bearer abc' }, note: 'used s3cr3t-value here', clientSecret: 'x' },
      }),
    );
    const [entry] = await listAudit(database.db, {});
    expect(JSON.stringify(entry)).not.toContain('Bearer abc');
    expect(JSON.stringify(entry)).not.toContain('s3cr3t-value');
    expect(entry?.detail).toEqual({
      headers: { authorization: '[redacted]' },
      note: 'used [redacted] here',
      clientSecret: '[redacted]',
    });
  });

  it('lists a record’s entries newest first', async () => {
    const database = await databaseWithEntries(3);
    const entries = await listAudit(database.db, { recordType: 'vendor', recordId: '1' });
    expect(entries.map((entry) => entry.detail.eventId)).toEqual(['e-1']);
    const all = await listAudit(database.db, { limit: 2 });
    expect(all.map((entry) => entry.id)).toEqual([3, 2]);
  });
});
