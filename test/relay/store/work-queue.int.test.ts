import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../relay/src/store/audit-store';
import { acceptEvents } from '../../../relay/src/store/inbox';
import { getRecord } from '../../../relay/src/store/records';
import { claimDueRecords, finishRecord, scheduleRetry } from '../../../relay/src/store/work-queue';
import { envelope, vendorSnapshot } from '../../helpers/snapshots';
import { tempDatabase } from '../../helpers/temp-database';

const NOW = Date.parse('2026-11-20T12:00:00Z');

describe('the work queue', () => {
  it('gives a due record to one worker at a time, and to another once the lease expired', async () => {
    const database = await tempDatabase();
    await acceptEvents(database, [envelope('vendor', vendorSnapshot('201'))], { receivedAtMs: NOW });
    const first = await claimDueRecords(database, { owner: 'a', nowMs: NOW, leaseMs: 60_000, limit: 10 });
    const second = await claimDueRecords(database, { owner: 'b', nowMs: NOW + 1_000, leaseMs: 60_000, limit: 10 });
    expect(first.map((row) => row.recordId)).toEqual(['201']);
    expect(second).toEqual([]);
    const later = await claimDueRecords(database, { owner: 'b', nowMs: NOW + 61_000, leaseMs: 60_000, limit: 10 });
    expect(later.map((row) => row.leaseOwner)).toEqual(['b']);
    // The first worker lost its lease: its outcome is not recorded.
    expect(
      await finishRecord(database, first[0]!, 'a', { status: 'synced', message: 'late' }, { nowMs: NOW + 62_000 }),
    ).toBe(false);
    expect(await getRecord(database.db, { recordType: 'vendor', recordId: '201' })).toMatchObject({
      status: 'pending',
      dirty: true,
    });
  });

  it('records an outcome with its audit rows and a writeback in one go, and keeps a newer version dirty', async () => {
    const database = await tempDatabase();
    const snapshot = vendorSnapshot('201');
    await acceptEvents(database, [envelope('vendor', snapshot)], { receivedAtMs: NOW });
    const [claimed] = await claimDueRecords(database, { owner: 'a', nowMs: NOW, leaseMs: 60_000, limit: 10 });
    const newer = { ...snapshot, companyName: 'Renamed Ltd', lastModified: '2026-11-20T12:30:00Z' };
    await acceptEvents(database, [envelope('vendor', newer)], { receivedAtMs: NOW + 500 });
    expect(
      await finishRecord(
        database,
        claimed!,
        'a',
        { status: 'synced', message: 'done', procurifyId: '7' },
        { nowMs: NOW + 1_000 },
      ),
    ).toBe(true);
    const record = await getRecord(database.db, { recordType: 'vendor', recordId: '201' });
    expect(record).toMatchObject({ status: 'pending', dirty: true, procurifyId: '7', leaseOwner: null });
    const writebacks = await database.client.execute('select count(*) as n from writeback');
    expect(writebacks.rows[0]?.n).toBe(1);
    const actions = (await listAudit(database.db, { recordType: 'vendor', recordId: '201' })).map(
      (entry) => entry.action,
    );
    expect(actions[0]).toBe('state_changed');
  });

  it('finishes a record whose re-save arrived while it was processed: the content is what was processed', async () => {
    const database = await tempDatabase();
    const snapshot = vendorSnapshot('201');
    await acceptEvents(database, [envelope('vendor', snapshot)], { receivedAtMs: NOW });
    const [claimed] = await claimDueRecords(database, { owner: 'a', nowMs: NOW, leaseMs: 60_000, limit: 10 });
    const resaved = { ...snapshot, lastModified: '2026-11-20T12:30:00Z' };
    await acceptEvents(database, [envelope('vendor', resaved)], { receivedAtMs: NOW + 500 });
    await finishRecord(database, claimed!, 'a', { status: 'synced', message: 'done' }, { nowMs: NOW + 1_000 });
    expect(await getRecord(database.db, { recordType: 'vendor', recordId: '201' })).toMatchObject({
      status: 'synced',
      dirty: false,
      versionLastModified: '2026-11-20T12:30:00Z',
    });
  });

  it('schedules a retry without losing the record, counting attempts', async () => {
    const database = await tempDatabase();
    await acceptEvents(database, [envelope('vendor', vendorSnapshot('201'))], { receivedAtMs: NOW });
    const [claimed] = await claimDueRecords(database, { owner: 'a', nowMs: NOW, leaseMs: 60_000, limit: 10 });
    await scheduleRetry(
      database,
      claimed!,
      'a',
      { delayMs: 5_000, message: 'busy', uncertainWrite: true },
      { nowMs: NOW },
    );
    expect(await claimDueRecords(database, { owner: 'b', nowMs: NOW + 4_000, leaseMs: 60_000, limit: 10 })).toEqual([]);
    const [again] = await claimDueRecords(database, { owner: 'b', nowMs: NOW + 5_000, leaseMs: 60_000, limit: 10 });
    expect(again).toMatchObject({ attempts: 1, uncertainWrite: true, failingSinceMs: NOW });
  });
});
