import { describe, expect, it } from 'vitest';
import { startPollerWorld } from './poller-world';

describe('polling NetSuite through SuiteQL', () => {
  it('picks up on the next poll a change saved without any user event', async () => {
    const world = await startPollerWorld();
    await world.poll(0); // the first poll only sets the watermarks at the newest change
    const before = (await world.inbox()).length;
    world.sim.clock.advance(60_000);
    world.sim.control.editRecord('vendor', '201', { fields: { phone: '+1 555 0100' } });
    world.sim.control.editRecord('vendorbill', '1001', { fields: { memo: 'Changed by CSV import' } });

    const counts = await world.poll(0);

    expect(counts.vendor.accepted).toBe(1);
    expect(counts.vendorbill.accepted).toBe(1);
    const events = (await world.inbox()).slice(before);
    expect(events.map((event) => [event.recordType, event.recordId, event.action])).toEqual([
      ['vendor', '201', 'edit'],
      ['vendorbill', '1001', 'edit'],
    ]);
    expect(JSON.parse(events[0]!.snapshot!).phone).toBe('+1 555 0100');
    expect(JSON.parse(events[1]!.snapshot!).memo).toBe('Changed by CSV import');
  });

  it('sends nothing again when a re-poll reads the same versions inside the overlap', async () => {
    const world = await startPollerWorld();
    await world.poll();
    world.sim.clock.advance(1_000);
    world.sim.control.editRecord('vendor', '201', { fields: { phone: '+1 555 0101' } });
    const first = await world.poll();
    const second = await world.poll();
    expect(first.vendor.accepted).toBe(1);
    expect(second.vendor.accepted).toBe(0);
    expect(second.vendor.scanned).toBeGreaterThan(0); // the overlap re-read it
    expect((await world.inbox()).filter((event) => event.recordId === '201')).toHaveLength(1);
  });

  it('costs one SuiteQL query per scan when nothing changed, and reads currencies only for records it delivers', async () => {
    const world = await startPollerWorld();
    await world.poll();
    await world.poll(); // hands over what the overlap holds, which the first poll only noted
    world.sim.clock.advance(15 * 60_000);
    world.sim.control.clearRequests();
    await world.poll();
    // The overlap before the watermark comes back every time; its versions were resolved before.
    expect(world.sim.control.requests().filter((request) => request.kind !== 'suiteql')).toEqual([]);
    const idle = world.sim.control.requests();
    expect(idle.map((request) => / FROM (\w+)/.exec(request.query ?? '')?.[1])).toEqual([
      'vendor',
      'transaction',
      'transaction',
      'transaction', // vendor payments and bill credits
      'deletedrecord',
    ]);
    world.sim.clock.advance(60_000);
    world.sim.control.editRecord('vendor', '201', { fields: { phone: '+1 555 0102' } });
    world.sim.control.clearRequests();
    expect((await world.poll()).vendor.accepted).toBe(1);
    const busy = world.sim.control.requests().filter((request) => request.kind === 'suiteql');
    expect(busy.filter((request) => / FROM currency /.test(request.query ?? ''))).toHaveLength(1);
  });
});
