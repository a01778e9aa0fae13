import { beforeAll, describe, expect, it } from 'vitest';
import { buildSuiteApp } from './compiled-suiteapp';
import { newVendor, twoLineBill, waitForSync, type RelayRecord } from './e2e-records';
import { startE2eWorld, type E2eWorld } from './e2e-world';

beforeAll(buildSuiteApp, 120_000);

// A payment run in NetSuite, through the compiled SuiteApp: the user event on the vendor payment
// sends fresh snapshots of the bills it pays; the relay marks the ones paid in full as paid in
// Procurify in one call, and reports the partly paid one, and later the voided payment, on the record.

const MARK_PAID = '/api/v3/ap/bills/mark-as-paid/';
const BILL_TOTAL = 2335.25; // twoLineBill: 2150.00 + 185.25

async function waitUntil(world: E2eWorld, billId: string, done: (record: RelayRecord) => boolean) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const { body } = await world.admin<RelayRecord>(`/v1/records/vendorbill/${billId}`);
    if (done(body)) return body;
    if (Date.now() > deadline) throw new Error(`vendorbill ${billId} is ${JSON.stringify(body)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const drift = (record: RelayRecord) => record.issues.some((issue) => issue.code === 'payment_status_drift');

describe('bill payment status, end to end', () => {
  it('marks a payment run paid in one Procurify call, and reports the partial payment and the voided run on the bills', async () => {
    const world = await startE2eWorld();
    const { runtime } = world;
    const vendorId = runtime.save('vendor', newVendor('Burlington Bar Stock'));
    const bills = ['BBS-101', 'BBS-102', 'BBS-103'].map((tranId) =>
      runtime.save('vendorbill', twoLineBill(vendorId, tranId)),
    );
    runtime.runQueuedTasks();
    for (const billId of bills) await waitForSync(world, 'vendorbill', billId, ['synced']);
    world.procurify.control.approveBills(); // an approver in Procurify

    const run = {
      fields: { tranid: 'PMT-RUN-48', entity: vendorId, trandate: '2026-11-27', currency: '3', status: 'Paid' },
      sublists: {
        apply: [
          { line: 1, doc: bills[0]!, apply: true, amount: BILL_TOTAL },
          { line: 2, doc: bills[1]!, apply: true, amount: BILL_TOTAL },
          { line: 3, doc: bills[2]!, apply: true, amount: 1000 },
        ],
      },
    };
    const paymentId = runtime.save('vendorpayment', run);
    runtime.runQueuedTasks();

    for (const billId of bills.slice(0, 2)) {
      const record = await waitUntil(world, billId, (body) => (body.message ?? '').includes('Marked paid'));
      expect(record.message).toContain('payment date 2026-11-27');
    }
    const partial = await waitForSync(world, 'vendorbill', bills[2]!, ['synced']);
    const partialRecord = await waitUntil(world, bills[2]!, drift);
    expect(partialRecord.message).toContain('Partly paid in NetSuite (1335.25 still due');
    expect(partial.status).toBe('synced');
    const calls = world.procurify.control.requests().filter((request) => request.path === MARK_PAID);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.body).toMatchObject({ payment_date: '2026-11-27' });
    const uuids = await Promise.all(
      bills
        .slice(0, 2)
        .map(async (billId) => (await world.admin<RelayRecord>(`/v1/records/vendorbill/${billId}`)).body.procurifyId),
    );
    expect([...(calls[0]!.body as { bill_uuids: string[] }).bill_uuids].sort()).toEqual(uuids.sort());
    await waitForSync(world, 'vendorbill', bills[2]!, ['synced']);
    expect(runtime.loadForView('vendorbill', bills[2]!).tabHtml('Procurify sync')).toContain('Partly paid in NetSuite');

    // The run is voided in NetSuite: both bills are open again there, and still paid in Procurify.
    runtime.edit('vendorpayment', paymentId, { fields: { ...run.fields, voided: true, status: 'Voided' } });
    runtime.runQueuedTasks();
    for (const billId of bills.slice(0, 2)) {
      const reopened = await waitUntil(world, billId, drift);
      expect(reopened.message).toContain('Paid in Procurify, but not in NetSuite');
    }
    expect(world.procurify.control.requests().filter((request) => request.path === MARK_PAID)).toHaveLength(1);
  });
});
