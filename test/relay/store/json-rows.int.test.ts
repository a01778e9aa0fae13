import { describe, expect, it } from 'vitest';
import { insertJsonRows } from '../../../relay/src/store/json-rows';
import { syncRecord } from '../../../relay/src/store/schema';
import { tempDatabase } from '../../helpers/temp-database';

const record = (recordId: string, fields: Partial<typeof syncRecord.$inferInsert> = {}) => ({
  recordType: 'vendor',
  recordId,
  status: 'pending',
  snapshot: '{"companyName":"O\'Brien \\"Steel\\" — Montréal"}',
  action: 'edit',
  versionLastModified: null,
  versionOccurredAt: '2026-11-20T10:00:00.000Z',
  dirty: true,
  nextAttemptAtMs: 1_795_000_000_000,
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
  ...fields,
});

describe('insertJsonRows', () => {
  it('stores text, nulls, booleans and large integers exactly, and leaves omitted columns to their defaults', async () => {
    const database = await tempDatabase();
    const rows = [record('201'), record('0042', { dirty: false, snapshot: null })];
    await database.write((tx) => insertJsonRows(tx, syncRecord, rows));
    const stored = await database.db.select().from(syncRecord).orderBy(syncRecord.recordId);
    expect(stored).toEqual([
      expect.objectContaining({ ...rows[1], issues: '[]', attempts: 0, uncertainWrite: false }),
      expect.objectContaining({ ...rows[0], issues: '[]', attempts: 0, uncertainWrite: false }),
    ]);
    // Ids that look like numbers stay text.
    const types = await database.client.execute('select typeof(record_id) as t from sync_record');
    expect(types.rows.map((row) => row.t)).toEqual(['text', 'text']);
  });

  it('updates the named columns of a row that already exists, and only those', async () => {
    const database = await tempDatabase();
    await database.write((tx) => insertJsonRows(tx, syncRecord, [record('201', { status: 'synced', dirty: false })]));
    const newer = record('201', { status: 'pending', action: 'delete', createdAt: '2030-01-01T00:00:00.000Z' });
    await database.write((tx) =>
      insertJsonRows(tx, syncRecord, [newer, record('202')], {
        target: ['recordType', 'recordId'],
        replace: ['status', 'action'],
      }),
    );
    const stored = await database.db.select().from(syncRecord).orderBy(syncRecord.recordId);
    expect(stored.map((row) => [row.recordId, row.status, row.action, row.dirty, row.createdAt])).toEqual([
      ['201', 'pending', 'delete', false, '2026-11-20T10:00:00.000Z'],
      ['202', 'pending', 'edit', true, '2026-11-20T10:00:00.000Z'],
    ]);
  });

  it('names a key that is not a column of the table, and writes nothing', async () => {
    const database = await tempDatabase();
    const bad = [{ ...record('201'), colour: 'red' }] as unknown as (typeof syncRecord.$inferInsert)[];
    await expect(database.write((tx) => insertJsonRows(tx, syncRecord, bad))).rejects.toThrow(
      'sync_record has no column for colour',
    );
    await expect(database.db.select().from(syncRecord)).resolves.toEqual([]);
  });
});
