import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSuiteApp } from '../e2e/compiled-suiteapp';
import { newVendor, twoLineBill } from '../e2e/e2e-records';
import { startE2eWorld, type E2eWorld } from '../e2e/e2e-world';
import { writeFigures } from './support/figures';
import { shownState } from '../helpers/sync-state';
import { proofScale } from './support/proof-scale';

// The SuiteApp's own delivery path under interruption: records saved in the simulated account go
// through the compiled user event into the outbox, and the compiled dispatcher (map/reduce) sends
// them to the real relay child process. The dispatcher runs out of governance (its input stage
// throws SSS_USAGE_LIMIT_EXCEEDED; its map stage cannot afford a full batch of 100) and the relay is
// killed and stays down over several dispatcher runs, then comes back on the same database.
// In the end every outbox row is `sent` and Procurify holds each record exactly once.

beforeAll(buildSuiteApp, 180_000);

const DISPATCHER = 'customscript_mlc_dispatch_mr';
const { full, dispatcherVendors, dispatcherBills } = proofScale();

function outboxStatuses(world: E2eWorld): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of world.outboxRows()) {
    const status = String(row.fields.custrecord_mlc_ob_status);
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return counts;
}

/** Waits until NetSuite shows `synced` on every record (its sync-state record). */
async function waitWrittenBack(world: E2eWorld, records: [string, string][], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const waiting = records.filter(([type, id]) => {
      return shownState(world.netsuite.store, type as 'vendor', id)?.status !== 'synced';
    });
    if (waiting.length === 0) return;
    if (Date.now() > deadline)
      throw new Error(`not written back: ${waiting.slice(0, 10).join(' ')} (${waiting.length})`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('the SuiteApp dispatcher interrupted', () => {
  it('delivers every saved record exactly once although the dispatcher runs out of governance and the relay is down for a while', async () => {
    const started = Date.now();
    const world = await startE2eWorld();
    const { runtime, netsuite } = world;
    const vendorIds = Array.from({ length: dispatcherVendors }, (_, index) =>
      runtime.save('vendor', newVendor(`Dispatch Proof Supplier ${index + 1}`)),
    );

    // 1. The input stage's SuiteQL (10 units) does not fit: the run fails, every row stays pending.
    runtime.setUsageLimit(DISPATCHER, 5, 'mapreduce.getInputData');
    const starved = runtime.runQueuedTasks();
    expect(starved.length).toBeGreaterThan(0);
    for (const run of starved) expect(run.inputError).toContain('SSS_USAGE_LIMIT_EXCEEDED');
    expect(outboxStatuses(world)).toEqual(new Map([['pending', dispatcherVendors]]));
    runtime.setUsageLimit(DISPATCHER, null, 'mapreduce.getInputData');

    // 2. A map invocation gets 130 units: a batch of 100 rows (10 + 100 × 2 + 20 reserve) waits,
    //    the last, smaller batch goes.
    runtime.setUsageLimit(DISPATCHER, 130, 'mapreduce.map');
    const tight = runtime.runScheduledDeployments();
    expect(tight.flatMap((run) => [run.inputError, ...run.mapErrors.map((error) => error.error)])).toEqual([null]);
    const lastBatch = dispatcherVendors % 100;
    expect(outboxStatuses(world).get('sent')).toBe(lastBatch);
    runtime.setUsageLimit(DISPATCHER, null, 'mapreduce.map');

    // 3. The relay dies; bills are saved; two dispatcher runs find it unreachable and back off
    //    (1, then 2 minutes). The simulated clock moves at most 300 s in all: the relay, on the real
    //    clock, refuses signatures further away than that.
    await world.stopRelay();
    const billIds = Array.from({ length: dispatcherBills }, (_, index) =>
      runtime.save('vendorbill', twoLineBill(vendorIds[index % vendorIds.length]!, `DPR-${index + 1}`)),
    );
    runtime.runQueuedTasks();
    netsuite.clock.advance(61_000);
    runtime.runScheduledDeployments();
    const down = world.outboxRows().filter((row) => row.fields.custrecord_mlc_ob_status === 'pending');
    expect(down).toHaveLength(dispatcherVendors + dispatcherBills - lastBatch);
    for (const row of down) {
      expect(row.fields.custrecord_mlc_ob_attempts).toBe(2);
      expect(String(row.fields.custrecord_mlc_ob_last_error)).toContain('relay unreachable');
    }

    // 4. A new relay process on the same database; once the rows fall due the scheduled run drains the outbox.
    await world.restartRelay();
    runtime.runScheduledDeployments();
    expect(outboxStatuses(world).get('sent')).toBe(lastBatch);
    netsuite.clock.advance(121_000);
    let runs = 0;
    while ((outboxStatuses(world).get('pending') ?? 0) > 0 && runs < 5) {
      runtime.runScheduledDeployments();
      runs += 1;
    }
    expect(outboxStatuses(world)).toEqual(new Map([['sent', dispatcherVendors + dispatcherBills]]));

    // 5. The relay is killed once more while it writes to Procurify and back to NetSuite. (Only at CI
    //    size: the e2e world's restart waits for reference refreshes among the newest 500 audit rows,
    //    which a full-size run has long pushed out.)
    if (!full) {
      await sleep(400);
      await world.stopRelay();
      await world.restartRelay();
    }

    const records: [string, string][] = [
      ...vendorIds.map((id): [string, string] => ['vendor', id]),
      ...billIds.map((id): [string, string] => ['vendorbill', id]),
    ];
    await waitWrittenBack(world, records, full ? 600_000 : 120_000);
    const state = world.procurify.control.state();
    for (const id of vendorIds) {
      const copies = state.vendors.filter((vendor) => vendor.external_id === `ns:${world.scenario.accountId}:${id}`);
      expect(copies, `vendor ${id}`).toHaveLength(1);
    }
    for (let index = 0; index < billIds.length; index++) {
      const copies = state.bills.filter((bill) => bill.invoice_number === `DPR-${index + 1}`);
      expect(copies, `bill DPR-${index + 1}`).toHaveLength(1);
    }
    const verify = await world.admin<{ ok: boolean }>('/v1/audit/verify');
    expect(verify.body.ok).toBe(true);
    writeFigures('dispatcher-interrupted', full, {
      vendors: dispatcherVendors,
      bills: dispatcherBills,
      outboxRows: world.outboxRows().length,
      drainRuns: runs,
      seconds: Math.round((Date.now() - started) / 1000),
    });
  }, 900_000);
});
