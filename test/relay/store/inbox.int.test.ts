import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../relay/src/store/audit-store';
import { acceptEvents } from '../../../relay/src/store/inbox';
import { getRecord } from '../../../relay/src/store/records';
import { billSnapshot, envelope, vendorSnapshot } from '../../helpers/snapshots';
import { tempDatabase } from '../../helpers/temp-database';

const later = (iso: string, seconds: number) => new Date(Date.parse(iso) + seconds * 1000).toISOString();

describe('the inbox', () => {
  it('stores a new event, creates its pending record and audits the receipt', async () => {
    const database = await tempDatabase();
    const event = envelope('vendor', vendorSnapshot('201'));
    expect(await acceptEvents(database, [event])).toEqual({ accepted: [event.eventId], duplicates: [] });
    const record = await getRecord(database.db, { recordType: 'vendor', recordId: '201' });
    expect(record).toMatchObject({ status: 'pending', dirty: true, action: 'edit' });
    expect(JSON.parse(record!.snapshot!)).toEqual(event.snapshot);
    const [audit] = await listAudit(database.db, { recordType: 'vendor', recordId: '201' });
    expect(audit).toMatchObject({ action: 'event_received', detail: { eventId: event.eventId } });
  });

  it('reports a repeated event id as a duplicate and changes nothing, also inside one batch', async () => {
    const database = await tempDatabase();
    const event = envelope('vendor', vendorSnapshot('201'));
    await acceptEvents(database, [event]);
    const newer = { ...event, snapshot: { ...event.snapshot!, companyName: 'Renamed' } };
    expect(await acceptEvents(database, [newer, newer])).toEqual({
      accepted: [],
      duplicates: [event.eventId, event.eventId],
    });
    const record = await getRecord(database.db, { recordType: 'vendor', recordId: '201' });
    expect(JSON.parse(record!.snapshot!).companyName).toBe('Great Lakes Steel Supply');
    expect(await listAudit(database.db, {})).toHaveLength(1);
  });

  it('commits concurrent batches together, each with its own answer, a repeated id accepted once', async () => {
    const database = await tempDatabase();
    const events = ['201', '202', '203', '204', '205'].map((id) => envelope('vendor', vendorSnapshot(id)));
    const repeated = events[2]!;
    const answers = await Promise.all([...events, repeated].map((event) => acceptEvents(database, [event])));
    expect(answers.slice(0, 5).map((answer) => answer.accepted)).toEqual(events.map((event) => [event.eventId]));
    expect(answers[5]).toEqual({ accepted: [], duplicates: [repeated.eventId] });
    const stored = await database.client.execute('select count(*) as n from inbound_event');
    expect(stored.rows[0]?.n).toBe(5);
  });

  it('coalesces several events for one record into its latest version, whatever order they arrive in', async () => {
    const database = await tempDatabase();
    const base = billSnapshot('1001');
    const v2 = { ...base, memo: 'second', lastModified: later(base.lastModified, 60) };
    const v3 = { ...base, memo: 'third', lastModified: later(base.lastModified, 120) };
    await acceptEvents(database, [
      envelope('vendorbill', v3),
      envelope('vendorbill', base),
      envelope('vendorbill', v2),
    ]);
    const record = await getRecord(database.db, { recordType: 'vendorbill', recordId: '1001' });
    expect(JSON.parse(record!.snapshot!).memo).toBe('third');
    const audit = await listAudit(database.db, { recordType: 'vendorbill', recordId: '1001' });
    expect(audit.map((entry) => entry.action)).toEqual(['event_stale', 'event_stale', 'event_received']);
  });

  it('gives a known record its new version and keeps what the relay learned about it', async () => {
    const database = await tempDatabase();
    const base = vendorSnapshot('201');
    await acceptEvents(database, [envelope('vendor', base)]);
    await database.client.execute(
      `update sync_record set status = 'synced', dirty = 0, attempts = 3, procurify_id = '77',
         written_hash = 'h1', created_at = '2026-01-01T00:00:00.000Z'`,
    );
    const newer = { ...base, phone: '+1 905 555 0100', lastModified: later(base.lastModified, 60) };
    await acceptEvents(database, [envelope('vendor', newer)]);
    const record = await getRecord(database.db, { recordType: 'vendor', recordId: '201' });
    expect(record).toMatchObject({
      status: 'pending',
      dirty: true,
      attempts: 0,
      procurifyId: '77',
      writtenHash: 'h1',
      createdAt: '2026-01-01T00:00:00.000Z',
      versionLastModified: newer.lastModified,
    });
    expect(JSON.parse(record!.snapshot!).phone).toBe('+1 905 555 0100');
  });

  it('takes the same version once: an event and a poll of one save are written once', async () => {
    const database = await tempDatabase();
    const snapshot = vendorSnapshot('201');
    await acceptEvents(database, [envelope('vendor', snapshot, { source: 'userevent' })]);
    await acceptEvents(database, [envelope('vendor', snapshot, { source: 'poll' })]);
    const audit = await listAudit(database.db, { recordType: 'vendor', recordId: '201' });
    expect(audit.map((entry) => entry.action)).toEqual(['event_stale', 'event_received']);
  });

  it('lets a resync of the known version make the record pending again', async () => {
    const database = await tempDatabase();
    const snapshot = vendorSnapshot('201');
    await acceptEvents(database, [envelope('vendor', snapshot)]);
    await database.client.execute("update sync_record set status = 'failed', dirty = 0");
    await acceptEvents(database, [envelope('vendor', snapshot, { action: 'resync', source: 'button' })]);
    expect(await getRecord(database.db, { recordType: 'vendor', recordId: '201' })).toMatchObject({
      status: 'pending',
      dirty: true,
      action: 'resync',
    });
  });

  it('records a newer version with the same content as unchanged: the record stays as it was, only its version moves', async () => {
    const database = await tempDatabase();
    const base = billSnapshot('1001');
    await acceptEvents(database, [envelope('vendorbill', base)]);
    await database.client.execute(
      "update sync_record set status = 'synced', dirty = 0, attempts = 1, procurify_id = 'uuid-1'",
    );
    // A re-save, or a memo nobody syncs: NetSuite moved lastModified, the snapshot says the same.
    const resaved = { ...base, lastModified: later(base.lastModified, 600) };
    const event = envelope('vendorbill', resaved, { source: 'poll' });
    expect(await acceptEvents(database, [event])).toEqual({ accepted: [event.eventId], duplicates: [] });
    expect(await getRecord(database.db, { recordType: 'vendorbill', recordId: '1001' })).toMatchObject({
      status: 'synced',
      dirty: false,
      attempts: 1,
      procurifyId: 'uuid-1',
      versionLastModified: resaved.lastModified,
    });
    const [audit] = await listAudit(database.db, { recordType: 'vendorbill', recordId: '1001' });
    expect(audit).toEqual(
      expect.objectContaining({
        action: 'event_unchanged',
        detail: { eventId: event.eventId, source: 'poll', lastModified: resaved.lastModified },
      }),
    );
    const stored = await database.client.execute('select disposition from inbound_event where event_id = ?', [
      event.eventId,
    ]);
    expect(stored.rows[0]?.disposition).toBe('unchanged');
    // The version moved: the original save, delivered late, is now stale.
    await acceptEvents(database, [envelope('vendorbill', { ...base, memo: 'late' }, { source: 'poll' })]);
    const after = await listAudit(database.db, { recordType: 'vendorbill', recordId: '1001' });
    expect(after[0]?.action).toBe('event_stale');
  });

  it('applies a change back to earlier content, and a resync whatever its content', async () => {
    const database = await tempDatabase();
    const base = vendorSnapshot('201');
    const renamed = { ...base, companyName: 'Renamed', lastModified: later(base.lastModified, 60) };
    const back = { ...base, lastModified: later(base.lastModified, 120) };
    await acceptEvents(database, [envelope('vendor', base), envelope('vendor', renamed), envelope('vendor', back)]);
    const record = await getRecord(database.db, { recordType: 'vendor', recordId: '201' });
    expect(JSON.parse(record!.snapshot!).companyName).toBe(base.companyName);
    expect(record!.versionLastModified).toBe(back.lastModified);
    await database.client.execute("update sync_record set status = 'failed', dirty = 0");
    const resync = { ...back, lastModified: later(base.lastModified, 180) };
    await acceptEvents(database, [envelope('vendor', resync, { action: 'resync', source: 'button' })]);
    expect(await getRecord(database.db, { recordType: 'vendor', recordId: '201' })).toMatchObject({
      status: 'pending',
      dirty: true,
    });
  });

  it('keeps a pending version pending when a re-save of it arrives in the same batch', async () => {
    const database = await tempDatabase();
    const base = vendorSnapshot('201');
    const resaved = { ...base, lastModified: later(base.lastModified, 30) };
    await acceptEvents(database, [envelope('vendor', base), envelope('vendor', resaved)]);
    expect(await getRecord(database.db, { recordType: 'vendor', recordId: '201' })).toMatchObject({
      status: 'pending',
      dirty: true,
      versionLastModified: resaved.lastModified,
    });
    const audit = await listAudit(database.db, { recordType: 'vendor', recordId: '201' });
    expect(audit.map((entry) => entry.action)).toEqual(['event_unchanged', 'event_received']);
  });

  it('orders a delete, which has no snapshot, by when it occurred', async () => {
    const database = await tempDatabase();
    const snapshot = vendorSnapshot('201');
    await acceptEvents(database, [envelope('vendor', snapshot)]);
    const deletion = envelope('vendor', null, {
      recordId: '201',
      action: 'delete',
      occurredAt: later(snapshot.lastModified, 5),
    });
    await acceptEvents(database, [deletion]);
    expect(await getRecord(database.db, { recordType: 'vendor', recordId: '201' })).toMatchObject({
      action: 'delete',
      snapshot: null,
    });
  });
});
