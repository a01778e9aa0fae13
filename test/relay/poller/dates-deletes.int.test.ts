import { describe, expect, it } from 'vitest';
import { acceptEvents } from '../../../relay/src/store/inbox';
import type { TransactionSnapshot } from '../../../suiteapp/src/lib/snapshot-types';
import { envelope, vendorSnapshot } from '../../helpers/snapshots';
import { startPollerWorld } from './poller-world';

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

async function backfillAll(world: Awaited<ReturnType<typeof startPollerWorld>>) {
  const backfiller = world.backfiller();
  await backfiller.start({ since: '2026-01-01', requestedBy: 'test' });
  await backfiller.settled();
  expect((await backfiller.progress())?.status).toBe('done');
}

describe('dates, deletes and duplicates in polled snapshots', () => {
  it.each([
    ['America/Los_Angeles', 'M/D/YYYY'],
    ['Asia/Kolkata', 'DD.MM.YYYY'],
    ['Pacific/Chatham', 'D/M/YYYY'],
    ['UTC', 'YYYY-MM-DD'],
  ])(
    'reads dates and last-modified instants right with the user in %s writing dates as %s',
    async (timeZone, dateFormat) => {
      const world = await startPollerWorld({ settings: { timeZone, dateFormat } });
      // 200 bills 1,000 s apart across the night Los Angeles leaves daylight saving time.
      world.sim.control.seedSyntheticBills(200, { start: Date.parse('2026-10-31T12:00:00Z'), perSecond: 0.001 });
      await backfillAll(world);

      const events = (await world.inbox()).filter((event) => event.recordType === 'vendorbill');
      expect(events).toHaveLength([...world.sim.store.scan('vendorbill')].length);
      for (const event of events) {
        const snapshot = JSON.parse(event.snapshot!) as TransactionSnapshot;
        const stored = world.sim.store.peek('vendorbill', event.recordId)!;
        expect([snapshot.tranDate, snapshot.dueDate, snapshot.lastModified]).toEqual([
          stored.fields.trandate,
          stored.fields.duedate ?? null,
          iso(stored.lastModifiedAt),
        ]);
      }
    },
  );

  it('turns NetSuite deletes of known records into delete events', async () => {
    const world = await startPollerWorld({ settings: { deletedTypeStyle: 'typecode' } });
    await backfillAll(world);
    await world.poll(); // sets the watermarks
    world.sim.clock.advance(5_000);
    world.sim.control.deleteRecord('vendorbill', '1002');
    world.sim.control.deleteRecord('vendor', '260');

    const counts = await world.poll();

    expect(counts.deleted.accepted).toBe(2);
    const deletes = (await world.inbox()).filter((event) => event.action === 'delete');
    expect(deletes.map((event) => [event.recordType, event.recordId, event.snapshot]).sort()).toEqual([
      ['vendor', '260', null],
      ['vendorbill', '1002', null],
    ]);
    expect((await world.poll()).deleted.accepted).toBe(0); // the overlap re-reads them as duplicates
  });

  it('does not send again a version that already came by user event', async () => {
    const world = await startPollerWorld();
    const event = envelope('vendor', vendorSnapshot('201'));
    await acceptEvents(world.database, [event]);

    await backfillAll(world);

    const forVendor = (await world.inbox()).filter((row) => row.recordType === 'vendor' && row.recordId === '201');
    expect(forVendor.map((row) => row.eventId)).toEqual([event.eventId]);
  });
});
