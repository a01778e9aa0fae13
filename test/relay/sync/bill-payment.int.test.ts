import { describe, expect, it } from 'vitest';
import { SCENARIO_CASES } from '../../../simulators/scenario/three-plants';
import type { TransactionSnapshot } from '../../../suiteapp/src/lib/snapshot-types';
import { billSnapshot, envelope, vendorSnapshot } from '../../helpers/snapshots';
import { startStack, type Stack } from '../../helpers/stack';

// A bill paid in NetSuite reaches Procurify through the bill job: paid in full → marked paid, one
// mark-as-paid call for the bills of a batch; partly paid or reopened → reported, never written; paid
// before Procurify approved it → reported, and marked paid at the first reference refresh after approval.

const template = billSnapshot(SCENARIO_CASES.billTwoLines);
const MARK_PAID = '/api/v3/ap/bills/mark-as-paid/';
// Procurify's pace would otherwise start at 4 requests/s and stretch the bill writes these tests need first.
const FAST = { env: { PROCURIFY_RATE_LIMIT: '200' } };

/** Copies of one clean bill under other ids and invoice numbers, so one vendor sync serves them all. */
function bill(n: number): TransactionSnapshot {
  return { ...template, id: String(9100 + n), tranId: `PAY-TEST-${n}`, amountRemaining: template.total, payments: [] };
}

function paid(snapshot: TransactionSnapshot, date: string, remaining = '0.00'): TransactionSnapshot {
  const applied = ((Number(snapshot.total) * 100 - Number(remaining) * 100) / 100).toFixed(2);
  return {
    ...snapshot,
    status: remaining === '0.00' ? 'Paid In Full' : 'Partially Paid',
    amountRemaining: remaining,
    payments: [{ id: '7001', tranId: 'PMT-7001', type: 'VendPymt', date, amount: applied }],
    lastModified: later(snapshot.lastModified, 60),
  };
}

function later(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString().replace('.000Z', 'Z');
}

/** Syncs the vendor and the bills (submitted in Procurify, awaiting approval); answers their uuids. */
async function synced(stack: Stack, bills: TransactionSnapshot[]): Promise<Map<string, string>> {
  await stack.sendEvents([envelope('vendor', vendorSnapshot(template.entity.id))]);
  await stack.waitFor('vendor', template.entity.id, ['synced']);
  await stack.sendEvents(bills.map((snapshot) => envelope('vendorbill', snapshot)));
  const uuids = new Map<string, string>();
  for (const snapshot of bills) {
    uuids.set(snapshot.id, (await stack.waitFor('vendorbill', snapshot.id, ['synced'])).procurifyId!);
  }
  return uuids;
}

/** Syncs the vendor and the bills, then approves them in Procurify (as an approver would). */
async function syncedAndApproved(stack: Stack, bills: TransactionSnapshot[]): Promise<Map<string, string>> {
  const uuids = await synced(stack, bills);
  stack.procurify.control.approveBills([...uuids.values()]);
  return uuids;
}

function markPaidCalls(stack: Stack) {
  return stack.procurify.control
    .requests()
    .filter((request) => request.method === 'POST' && request.path === MARK_PAID)
    .map((request) => request.body as { bill_uuids: string[]; payment_date: string });
}

function paidStatuses(stack: Stack, uuid: string): number {
  const held = stack.procurify.control.state().bills.find((candidate) => candidate.uuid === uuid)!;
  return held.statuses.filter((entry) => entry.status === 4).length;
}

describe('bill payment status reaches Procurify', () => {
  it('marks a payment run paid in one call, reports a partial payment and a voided one, and never writes them', async () => {
    const stack = await startStack(FAST);
    const bills = [1, 2, 3, 4].map(bill);
    const uuids = await syncedAndApproved(stack, bills);

    // The weekly payment run pays three bills in full and one in part.
    await stack.sendEvents([
      ...bills.slice(0, 3).map((snapshot) => envelope('vendorbill', paid(snapshot, '2026-11-27'))),
      envelope('vendorbill', paid(bills[3]!, '2026-11-27', '100.00')),
    ]);
    for (const snapshot of bills.slice(0, 3)) {
      const record = await stack.waitFor('vendorbill', snapshot.id, ['synced']);
      expect(record.message).toContain('Marked paid in Procurify');
      expect(record.message).toContain('payment date 2026-11-27');
    }
    const partial = await stack.waitFor('vendorbill', bills[3]!.id, ['synced']);
    expect(partial.issues.map((issue) => issue.code)).toEqual(['payment_status_drift']);
    expect(partial.message).toContain('Partly paid in NetSuite (100.00 still due');

    const calls = markPaidCalls(stack);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.payment_date).toBe('2026-11-27');
    expect([...calls[0]!.bill_uuids].sort()).toEqual(
      bills
        .slice(0, 3)
        .map((s) => uuids.get(s.id)!)
        .sort(),
    );
    expect(stack.procurify.control.state().bills.find((b) => b.uuid === uuids.get(bills[3]!.id))!.status).toBe(2);

    // The payment of the first bill is voided in NetSuite: reopened there, still paid in Procurify.
    const reopened = { ...bills[0]!, payments: [], lastModified: later(bills[0]!.lastModified, 120) };
    await stack.sendEvents([envelope('vendorbill', reopened)]);
    const record = await stack.waitFor('vendorbill', reopened.id, ['synced']);
    expect(record.issues.map((issue) => issue.code)).toEqual(['payment_status_drift']);
    expect(record.message).toContain('Paid in Procurify, but not in NetSuite');
    expect(markPaidCalls(stack)).toHaveLength(1);
  });

  it('looks before marking again when the answer to mark-as-paid was lost: each bill is marked paid once', async () => {
    const stack = await startStack(FAST);
    const bills = [5, 6].map(bill);
    const uuids = await syncedAndApproved(stack, bills);
    stack.procurify.control.addFault({ kind: 'drop_after_commit', method: 'POST', path: MARK_PAID, times: 1 });

    await stack.sendEvents(bills.map((snapshot) => envelope('vendorbill', paid(snapshot, '2026-11-28'))));
    for (const snapshot of bills) {
      const record = await stack.waitFor('vendorbill', snapshot.id, ['synced']);
      expect(record.issues).toEqual([]);
      expect(record.message).toContain('shown paid in Procurify');
      expect(paidStatuses(stack, uuids.get(snapshot.id)!)).toBe(1);
    }
    expect(markPaidCalls(stack)).toHaveLength(1);
    const sync = await stack.relay.database.client.execute({
      sql: "select count(*) as n from sync_record where record_type = 'vendorbill' and write_progress is not null",
      args: [],
    });
    expect(sync.rows[0]?.n).toBe(0);
  });

  it('looks again at each reference refresh at a bill paid before Procurify approved it, and marks it paid once approved', async () => {
    const stack = await startStack(FAST);
    const waiting = bill(7);
    const uuid = (await synced(stack, [waiting])).get(waiting.id)!;
    // The look is one list of the bills modified since the last look, whatever their number.
    const billReads = () =>
      stack.procurify.control
        .requests()
        .filter((request) => request.method === 'GET' && request.path.startsWith('/api/v3/ap/bills/')).length;
    const refresh = async () =>
      expect((await stack.admin('/v1/reference/refresh', { method: 'POST' })).status).toBe(200);

    // Paid in NetSuite while the bill still awaits approval in Procurify: reported, not written.
    await stack.sendEvents([envelope('vendorbill', paid(waiting, '2026-11-27'))]);
    const drift = await stack.waitFor('vendorbill', waiting.id, ['synced']);
    expect(drift.issues).toMatchObject([
      { code: 'payment_status_drift', kind: 'awaiting_approval', procurifyStatus: 1 },
    ]);
    expect(drift.message).toContain('the relay looks again at each reference refresh');

    // Not approved yet: the refresh asks Procurify once and leaves the record alone.
    let reads = billReads();
    await refresh();
    expect(billReads()).toBe(reads + 1);
    const unchanged = await stack.waitFor('vendorbill', waiting.id, ['synced']);
    expect(unchanged.history.filter((entry) => entry.action === 'replay_requested')).toEqual([]);
    expect(markPaidCalls(stack)).toEqual([]);

    // An approver approves it in Procurify (which tells no one); the next refresh sees it and it is marked paid.
    expect(stack.procurify.control.approveBills([uuid])).toEqual([uuid]);
    await refresh();
    const deadline = Date.now() + 10_000;
    let record = await stack.waitFor('vendorbill', waiting.id, ['synced']);
    while (!record.message?.includes('Marked paid in Procurify') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      record = await stack.waitFor('vendorbill', waiting.id, ['synced']);
    }
    expect(record.message).toContain('Marked paid in Procurify, payment date 2026-11-27');
    expect(record.issues).toEqual([]);
    expect(record.history.filter((entry) => entry.action === 'replay_requested')).toHaveLength(1);
    expect(markPaidCalls(stack)).toEqual([{ bill_uuids: [uuid], payment_date: '2026-11-27' }]);
    expect(paidStatuses(stack, uuid)).toBe(1);

    // Nothing awaits approval any more: a refresh asks nothing.
    reads = billReads();
    await refresh();
    expect(billReads()).toBe(reads);
    expect(markPaidCalls(stack)).toHaveLength(1);
  });
});
