import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { SCENARIO_CASES } from '../../simulators/scenario/three-plants';
import type { EventEnvelope, TransactionSnapshot } from '../../suiteapp/src/lib/snapshot-types';
import { billSnapshot, envelope, vendorSnapshot } from '../helpers/snapshots';
import { startProofSystems } from './support/proof-systems';
import { listRecords, postEvents, type RecordItem } from './support/relay-calls';
import { startRelayRun } from './support/relay-run';

// The relay as a child process, killed with SIGKILL while its mark-as-paid call is in flight: the
// call lands in Procurify after the relay died (the server had it), and the relay that starts again
// on the same database must find the bills paid and send nothing more. Each bill is marked once.

const MARK_PAID = '/api/v3/ap/bills/mark-as-paid/';
const template = billSnapshot(SCENARIO_CASES.billTwoLines);

function bill(n: number): TransactionSnapshot {
  return { ...template, id: String(9300 + n), tranId: `CRASH-PAY-${n}`, amountRemaining: template.total, payments: [] };
}

function paidOn(snapshot: TransactionSnapshot, date: string): TransactionSnapshot {
  return {
    ...snapshot,
    status: 'Paid In Full',
    amountRemaining: '0.00',
    payments: [{ id: '7301', tranId: 'PMT-7301', type: 'VendPymt', date, amount: snapshot.total }],
    lastModified: new Date(Date.parse(snapshot.lastModified) + 3_600_000).toISOString().replace('.000Z', 'Z'),
  };
}

/** Waits until every bill is synced with a message that passes `done` (the bills are not in NetSuite's store: no writeback to wait for). */
async function waitForBills(baseUrl: () => string, ids: string[], done: (message: string) => boolean) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const records = await listRecords(baseUrl()).catch(() => null);
    const bills = ids.map((id) => records?.get(`vendorbill:${id}`));
    if (bills.every((record) => record?.status === 'synced' && done(record.message ?? '')))
      return bills as RecordItem[];
    if (Date.now() > deadline) throw new Error(`bills not settled: ${JSON.stringify(bills)}`);
    await sleep(100);
  }
}

describe('a relay killed while marking bills paid', () => {
  it('starts again, finds them paid in Procurify, and marks none twice', async () => {
    const systems = await startProofSystems();
    const procurify = systems.procurify.control;
    const bills = [1, 2, 3].map(bill);
    const vendor: EventEnvelope = envelope('vendor', vendorSnapshot(template.entity.id, systems.scenario));
    const records = new Set([`vendor:${template.entity.id}`, ...bills.map((b) => `vendorbill:${b.id}`)]);
    const run = await startRelayRun(
      systems,
      { batches: [[vendor], bills.map((b) => envelope('vendorbill', b))], records, latestVendorPhone: new Map() },
      { PROCURIFY_RATE_LIMIT: '200' },
    );
    await run.delivered;
    const ids = bills.map((b) => b.id);
    const written = await waitForBills(
      () => run.current().baseUrl,
      ids,
      () => true,
    );
    const uuids = written.map((record) => record.procurifyId!);
    expect(procurify.approveBills(uuids).sort()).toEqual([...uuids].sort());

    // The payment run reaches the relay; its mark-as-paid call is held until the relay is dead.
    procurify.addFault({ kind: 'hang', method: 'POST', path: MARK_PAID, times: 1 });
    const paid = await postEvents(
      run.current().baseUrl,
      bills.map((b) => envelope('vendorbill', paidOn(b, '2026-11-27'))),
    );
    expect(paid.status).toBe(202);
    const inFlight = Date.now() + 30_000;
    while (!procurify.requests().some((r) => r.path === MARK_PAID && r.outcome === 'pending')) {
      if (Date.now() > inFlight) throw new Error('mark-as-paid was never sent');
      await sleep(20);
    }
    const restarted = run.killAndRestart(1_000);
    await sleep(300);
    expect(procurify.releaseHangs()).toBe(1);
    await restarted;

    await waitForBills(
      () => run.current().baseUrl,
      ids,
      (message) => /paid in Procurify/i.test(message),
    );
    const state = procurify.state();
    for (const index of bills.keys()) {
      const held = state.bills.find((candidate) => candidate.uuid === uuids[index])!;
      expect(held.status).toBe(4);
      expect(held.statuses.filter((entry) => entry.status === 4)).toHaveLength(1);
    }
    const calls = procurify.requests().filter((r) => r.method === 'POST' && r.path === MARK_PAID);
    expect(calls).toHaveLength(1);
  }, 120_000);
});
