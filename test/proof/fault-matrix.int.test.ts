import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import type { EventEnvelope } from '../../suiteapp/src/lib/snapshot-types';
import { billSnapshot, envelope, vendorSnapshot } from '../helpers/snapshots';
import { startStack, type Stack } from '../helpers/stack';
import { writeFigures } from './support/figures';
import { proofScale } from './support/proof-scale';
import { listRecords } from './support/relay-calls';
import { waitSettled } from './support/relay-run';
import { differences, worldOutcome, type RecordOutcome } from './support/world-outcome';

// Every fault of both simulators, alone and all at once: the run converges to what a run without
// faults gives, with no record lost and none written twice. Prints (and at full size writes) the table.

const scale = proofScale();

interface FaultCase {
  name: string;
  /** Applied before the events are sent. */
  before?(stack: Stack): void;
  /** Applied once a few records are through (token expiry mid-run). */
  midway?(stack: Stack): void;
}

const rateLimitStorm = (retryAfterSeconds: number | null) => (stack: Stack) =>
  stack.procurify.control.addFault({ kind: 'rate_limit', retryAfterSeconds, times: scale.stormSize });
const serverErrors = (stack: Stack) =>
  stack.procurify.control.addFault({ kind: 'server_error', status: 503, times: 15 });
const hangs = (stack: Stack) =>
  stack.procurify.control.addFault({ kind: 'hang', method: 'POST', path: '/api/v2/ap/bills/', times: 2 });
const drops = (stack: Stack) => {
  stack.procurify.control.addFault({ kind: 'drop_after_commit', method: 'POST', path: '/api/v3/vendors/', times: 2 });
  stack.procurify.control.addFault({ kind: 'drop_after_commit', method: 'POST', path: '/api/v2/ap/bills/', times: 2 });
};
const netsuiteBusy = (stack: Stack) => {
  stack.netsuite.control.updateSettings({ concurrencyLimit: 1 });
  stack.netsuite.control.setLatency({ record: 50 });
  stack.netsuite.control.failNext(4, { status: 503, route: 'record' });
};
const expireBoth = (stack: Stack) => {
  stack.procurify.control.expireTokens();
  stack.netsuite.control.expireTokens();
};

const CASES: FaultCase[] = [
  { name: 'none' },
  { name: '429 storm with Retry-After', before: rateLimitStorm(1) },
  { name: '429 storm without Retry-After', before: rateLimitStorm(null) },
  { name: '5xx burst', before: serverErrors },
  { name: 'hangs (request timeout)', before: hangs },
  { name: 'drops after commit', before: drops },
  { name: 'Procurify token expiry mid-run', midway: (stack) => stack.procurify.control.expireTokens() },
  { name: 'NetSuite token expiry mid-run', midway: (stack) => stack.netsuite.control.expireTokens() },
  { name: 'NetSuite concurrency limit and 503s', before: netsuiteBusy },
  {
    name: 'all mixed',
    before: (stack) => [rateLimitStorm(1), serverErrors, hangs, drops, netsuiteBusy].forEach((apply) => apply(stack)),
    midway: expireBoth,
  },
];

function plannedEvents(stack: Stack): EventEnvelope[] {
  const bills = scale.full ? stack.scenario.bills : stack.scenario.bills.slice(0, 12);
  const vendorIds = [...new Set(bills.map((bill) => bill.vendorId))];
  return [
    ...vendorIds.map((id) => envelope('vendor', vendorSnapshot(id, stack.scenario))),
    ...bills.map((bill) => envelope('vendorbill', billSnapshot(bill.id, stack.scenario))),
  ];
}

interface CaseRun {
  keys: Set<string>;
  outcome: Map<string, RecordOutcome>;
  seconds: number;
  retries: number;
}

async function runCase(fault: FaultCase): Promise<CaseRun> {
  const stack = await startStack({ env: { MLC_RETRY_MAX_DELAY: '2s', MLC_REQUEST_TIMEOUT: '2s' } });
  const events = plannedEvents(stack);
  const keys = new Set(events.map((event) => `${event.recordType}:${event.recordId}`));
  fault.before?.(stack);
  const started = Date.now();
  for (let at = 0; at < events.length; at += 50) await stack.sendEvents(events.slice(at, at + 50));
  if (fault.midway) {
    while ([...(await listRecords(stack.baseUrl)).values()].filter((r) => r.status !== 'pending').length < 3)
      await sleep(50);
    fault.midway(stack);
  }
  const records = await waitSettled(() => stack.baseUrl, keys, stack.netsuite, scale.full ? 600_000 : 120_000);
  const seconds = (Date.now() - started) / 1000;
  stack.procurify.control.releaseHangs();
  const outcome = worldOutcome(keys, records, stack);
  const retries = await stack.relay.database.client.execute(
    "select count(*) as n from audit_entry where action in ('retry_scheduled', 'writeback_failed')",
  );
  return { keys, outcome, seconds, retries: Number(retries.rows[0]?.n) };
}

// What a run without faults gives, run once for the file: by the first case that needs it (the
// fault-free case itself when the whole matrix runs), so any case run alone (-t) still compares.
const NO_FAULT = CASES[0]!;
let faultFree: Promise<CaseRun> | undefined;
const baselineRun = () => (faultFree ??= runCase(NO_FAULT));

const rows: string[] = [];

describe('the fault matrix', () => {
  it.each(CASES)(
    'converges under $name with nothing lost and nothing duplicated',
    async (fault) => {
      const run = fault === NO_FAULT ? await baselineRun() : await runCase(fault);
      const baseline = (await baselineRun()).outcome;
      const duplicates = [...run.outcome.values()].filter((record) => record.copies > 1).length;
      const lost = differences(baseline, run.outcome);
      rows.push(
        `| ${fault.name} | ${run.keys.size} | ${run.retries} | ${run.seconds.toFixed(1)} s | ${duplicates} | ${lost.length} |`,
      );
      expect(duplicates).toBe(0);
      expect(lost).toEqual([]);
      // A storm of 429s pauses the whole Procurify connection once per 429: a second each.
    },
    // A case run alone runs the fault-free one first.
    scale.full ? 1_500_000 : 300_000,
  );

  afterAll(() => {
    const table = [
      '| fault | records | retries | time to converge | duplicates | lost |',
      '|---|---|---|---|---|---|',
      ...rows,
      '',
    ].join('\n');
    writeFigures('fault-matrix', scale.full, { rows }, `${table}\n`);
  });
});
