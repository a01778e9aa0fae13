// Governance units and simulated time of the SuiteApp's user event per vendor bill save, for a
// 1-line and a 200-line bill, in the default outbox mode, and of opening a synced bill (beforeLoad
// reads its sync-state record in one SuiteQL lookup). Run: npm run bench:suiteapp
// Simulated time is the runtime's latency model (simulators/netsuite/suitescript/governance.ts),
// not a NetSuite measurement; wall time is how long the simulator took.
import { createClock } from '../simulators/netsuite/account/clock';
import { seedFromScenario } from '../simulators/netsuite/account/seed-scenario';
import { AccountStore } from '../simulators/netsuite/account/store';
import { threePlants } from '../simulators/scenario/three-plants';
import { createSuiteScriptRuntime, customRecordsOf } from '../simulators/netsuite/suitescript';

const SAVES_PER_SIZE = 20;

const scenario = threePlants();
const store = new AccountStore(createClock());
seedFromScenario(store, scenario);
const runtime = createSuiteScriptRuntime({
  store,
  secrets: { custsecret_mlc_event_secret: 'bench-secret' },
  parameters: { custscript_mlc_ue_relay_url: 'https://relay.example.com', custscript_mlc_ue_mode: 'outbox' },
});

const vendor = scenario.vendors[0]!;
const accounts = scenario.accounts.filter((account) => account.number !== null && !account.isInactive).slice(0, 5);
const department = scenario.departments.find((each) => !each.isInactive)!;

function bill(lines: number, tranId: string) {
  return {
    fields: {
      tranid: tranId,
      entity: vendor.id,
      trandate: '2026-11-21',
      duedate: '2026-12-21',
      currency: vendor.currencyId,
      exchangerate: 1,
      approvalstatus: '2',
      status: 'Open',
      subsidiary: vendor.subsidiaryId,
      memo: `Bench ${tranId}`,
    },
    sublists: {
      expense: Array.from({ length: lines }, (_, index) => ({
        line: index + 1,
        account: accounts[index % accounts.length]!.id,
        amount: 100 + index,
        department: department.id,
        location: null,
        memo: `Line ${index + 1}`,
      })),
      item: [],
    },
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

console.log('lines  units  simulated-ms  wall-ms(p50)  wall-ms(p95)  save-wall-ms(p50)');
for (const lines of [1, 200]) {
  runtime.clearMeters();
  const saveWall: number[] = [];
  for (let index = 0; index < SAVES_PER_SIZE; index += 1) {
    const started = performance.now();
    runtime.save('vendorbill', bill(lines, `B${lines}-${index}`));
    saveWall.push(performance.now() - started);
  }
  const meters = runtime.meters.filter((meter) => meter.entryPoint === 'afterSubmit');
  const errors = meters.filter((meter) => meter.error !== null);
  if (errors.length > 0) throw new Error(`user event failed: ${errors[0]!.error}`);
  const units = Math.max(...meters.map((meter) => meter.unitsUsed));
  const simulated = Math.max(...meters.map((meter) => meter.simulatedMs));
  const wall = meters.map((meter) => meter.wallMs);
  console.log(
    [
      String(lines).padStart(5),
      String(units).padStart(6),
      simulated.toFixed(1).padStart(13),
      percentile(wall, 50).toFixed(2).padStart(13),
      percentile(wall, 95).toFixed(2).padStart(13),
      percentile(saveWall, 50).toFixed(2).padStart(18),
    ].join(' '),
  );
}
// Open the last bill once the relay has written its sync state.
const billId = runtime.save('vendorbill', bill(200, 'B-VIEW'));
customRecordsOf(store).save('customrecord_mlc_sync_state', null, {
  name: `vendorbill ${billId}`,
  externalid: `vendorbill-${billId}`,
  custrecord_mlc_ss_status: 'synced',
  custrecord_mlc_ss_synced_at: '2026-11-21T10:00:00Z',
  custrecord_mlc_ss_message: 'Written to Procurify',
});
runtime.clearMeters();
runtime.loadForView('vendorbill', billId);
const view = runtime.meters.find((meter) => meter.entryPoint === 'beforeLoad');
if (!view || view.error !== null) throw new Error(`beforeLoad failed: ${view?.error ?? 'did not run'}`);
console.log(
  `\nview of a synced bill (beforeLoad): ${view.unitsUsed} units, ${view.simulatedMs.toFixed(1)} simulated ms`,
);
await runtime.close();
