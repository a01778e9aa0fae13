import { describe, expect, it } from 'vitest';
import type { TransactionSnapshot } from '../../../suiteapp/src/lib/snapshot-types';
import { startPollerWorld } from './poller-world';

// Applying, voiding or deleting a vendor payment changes the bills it pays without saving them (the
// simulator keeps the bill's last-modified time): the poller follows the payments to those bills.

const BILL = '1001';

async function billEvents(world: Awaited<ReturnType<typeof startPollerWorld>>) {
  return (await world.inbox())
    .filter((event) => event.recordType === 'vendorbill' && event.recordId === BILL)
    .map((event) => ({ eventId: event.eventId, snapshot: JSON.parse(event.snapshot!) as TransactionSnapshot }));
}

describe('polling follows vendor payments and bill credits to the bills they touch', () => {
  it('sends the bill again when a payment is applied, voided, or a credit applied and then deleted', async () => {
    const world = await startPollerWorld();
    await world.poll(0);
    world.sim.clock.advance(60_000);
    world.sim.control.editRecord('vendorbill', BILL, { fields: { memo: 'Known to the relay' } });
    await world.poll(0);
    const [known] = await billEvents(world);
    expect(known!.snapshot.amountRemaining).toBe(known!.snapshot.total);
    expect(known!.snapshot.payments).toEqual([]);
    const total = Number(known!.snapshot.total);
    const billModified = world.sim.store.peek('vendorbill', BILL)!.lastModifiedAt;

    world.sim.clock.advance(60_000);
    const payment = world.sim.control.createRecord(
      'vendorpayment',
      { tranid: 'PMT-1', entity: known!.snapshot.entity.id, trandate: '2026-12-01', currency: '1', status: 'Paid' },
      { apply: [{ line: 1, doc: BILL, apply: true, amount: total }] },
    );
    expect(world.sim.store.peek('vendorbill', BILL)!.lastModifiedAt).toBe(billModified);
    expect(world.sim.store.peek('vendorbill', BILL)!.fields.status).toBe('Paid In Full');
    const paid = await world.poll(0);
    expect(paid.payment.accepted).toBe(1);
    const afterPayment = (await billEvents(world)).at(-1)!.snapshot;
    expect(afterPayment.status).toBe('Paid In Full');
    expect(afterPayment.amountRemaining).toBe('0.00');
    expect(afterPayment.payments).toEqual([
      { id: payment.id, tranId: 'PMT-1', type: 'VendPymt', date: '2026-12-01', amount: total.toFixed(2) },
    ]);
    expect(Date.parse(afterPayment.lastModified)).toBeGreaterThan(billModified);

    world.sim.clock.advance(60_000);
    world.sim.control.editRecord('vendorpayment', payment.id, { fields: { voided: true, status: 'Voided' } });
    expect((await world.poll(0)).payment.accepted).toBe(1);
    const afterVoid = (await billEvents(world)).at(-1)!.snapshot;
    expect(afterVoid.status).toBe('Open');
    expect(afterVoid.amountRemaining).toBe(total.toFixed(2));
    expect(afterVoid.payments).toEqual([]);

    world.sim.clock.advance(60_000);
    const credit = world.sim.control.createRecord(
      'vendorcredit',
      { tranid: 'CRED-1', entity: known!.snapshot.entity.id, trandate: '2026-12-02', currency: '1', status: 'Open' },
      { apply: [{ line: 1, doc: BILL, apply: true, amount: 100 }] },
    );
    await world.poll(0);
    const afterCredit = (await billEvents(world)).at(-1)!.snapshot;
    expect(afterCredit.amountRemaining).toBe((total - 100).toFixed(2));
    expect(afterCredit.payments!.map((entry) => [entry.type, entry.amount])).toEqual([['VendCred', '100.00']]);

    world.sim.clock.advance(60_000);
    world.sim.control.deleteRecord('vendorcredit', credit.id);
    const deleted = await world.poll(0);
    expect(deleted.deleted.accepted).toBe(1);
    const events = await billEvents(world);
    expect(events.at(-1)!.eventId).toContain(`payment-deleted:${credit.id}`);
    expect(events.at(-1)!.snapshot.amountRemaining).toBe(total.toFixed(2));
    expect(events.at(-1)!.snapshot.payments).toEqual([]);

    // Nothing changed since: a re-poll of the overlap sends nothing again and costs one query per scan.
    world.sim.control.clearRequests();
    const again = await world.poll();
    expect(again.payment.accepted + again.deleted.accepted).toBe(0);
    expect(world.sim.control.requests().map((request) => request.kind)).toEqual(Array(5).fill('suiteql'));
  });
});
