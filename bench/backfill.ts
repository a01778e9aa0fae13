// Backfill throughput against the NetSuite simulator with 150 ms per SuiteQL page:
//   npm run bench:backfill [-- <bills>]   (default 250,000; about 12 minutes)
// Prints records/s, SuiteQL and record calls per 1,000 records, and heap samples at each quarter of
// the run: the relay's memory must stay flat (the simulator's 250k bills are seeded before the start).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { Secret } from '../relay/src/config';
import { createNetSuiteClient, generateNetSuiteKeyPair } from '../relay/src/netsuite';
import { createBackfiller } from '../relay/src/poller';
import { migrateDatabase, openDatabase } from '../relay/src/store/database';
import { toolAudit } from '../relay/src/store/audit-scope';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createClock } from '../simulators/netsuite';
import { clockReading } from '../relay/src/time/clock';

const BILLS = Number(process.argv[2] ?? 250_000);
const SUITEQL_LATENCY_MS = 150;

// The simulator runs in a child process: its own memory (the seeded bills, its caches) stays out of
// the heap figures, which are the relay's alone.
const CLOCK_START = Date.parse('2026-12-01T12:00:00Z');
const clock = createClock({ start: CLOCK_START });
const keys = await generateNetSuiteKeyPair({});
const sim = await startSimulatorProcess(keys.certificatePem);

const calls = { suiteql: 0, record: 0 };
const client = createNetSuiteClient({
  baseUrl: sim.baseUrl,
  accountId: '1234567_SB1',
  clientId: 'bench-client',
  certificateId: 'bench-cert',
  privateKey: new Secret(keys.privateKeyPem),
  timeoutMs: 60_000,
  now: () => clock.now(),
  onRequest: (request) => {
    if (request.path.includes('/query/v1/suiteql')) calls.suiteql += 1;
    else if (request.path.includes('/record/v1/')) calls.record += 1;
  },
});
const dir = mkdtempSync(path.join(os.tmpdir(), 'mlc-bench-backfill-'));
const database = await openDatabase({ url: `file:${path.join(dir, 'mlc.db')}`, audit: toolAudit() });
await migrateDatabase(database);

global.gc?.();
const baseline = process.memoryUsage().heapUsed;
const backfiller = createBackfiller({
  client,
  database,
  logger: pino({ level: 'warn' }),
  clock: clockReading(() => clock.now()),
});
const started = performance.now();
await backfiller.start({ since: '2026-01-01', requestedBy: 'bench' });

const samples: { records: number; heapMb: number }[] = [];
let peak = 0;
const timer = setInterval(() => void sample(), 250);
async function sample() {
  const run = await backfiller.progress();
  const records = Object.values(run?.progress ?? {}).reduce((sum, scope) => sum + scope.scanned, 0);
  const heap = process.memoryUsage().heapUsed - baseline;
  peak = Math.max(peak, heap);
  const quarter = Math.floor((records / BILLS) * 4);
  if (quarter > samples.length - 1 && quarter <= 4) {
    global.gc?.(); // what is still held, not garbage waiting for a collection
    samples.push({ records, heapMb: (process.memoryUsage().heapUsed - baseline) / 2 ** 20 });
  }
}
await backfiller.settled();
clearInterval(timer);
const seconds = (performance.now() - started) / 1000;
const run = await backfiller.progress();
const records = Object.values(run?.progress ?? {}).reduce((sum, scope) => sum + scope.scanned, 0);

console.log(
  `backfill of ${records.toLocaleString('en')} records (${BILLS.toLocaleString('en')} synthetic bills), ${SUITEQL_LATENCY_MS} ms per SuiteQL page`,
);
console.log(`  status            ${run?.status}`);
console.log(`  throughput        ${(records / seconds).toFixed(0)} records/s (${seconds.toFixed(1)} s)`);
console.log(
  `  SuiteQL calls     ${((calls.suiteql / records) * 1000).toFixed(1)} per 1,000 records (${calls.suiteql})`,
);
console.log(`  record calls      ${((calls.record / records) * 1000).toFixed(1)} per 1,000 records (${calls.record})`);
console.log(`  relay heap growth ${(peak / 2 ** 20).toFixed(1)} MB peak before GC; live heap after GC by progress:`);
for (const point of samples)
  console.log(`    ${point.records.toLocaleString('en').padStart(9)} records  ${point.heapMb.toFixed(1)} MB`);

await client.close();
sim.child.kill('SIGTERM');
database.close();
rmSync(dir, { recursive: true, force: true });

async function startSimulatorProcess(
  certificatePem: string,
): Promise<{ baseUrl: string; child: ReturnType<typeof spawn> }> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const loader = pathToFileURL(path.join(here, '..', 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  const child = spawn(
    process.execPath,
    [
      '--import',
      loader,
      path.join(here, 'netsuite-sim-process.ts'),
      String(BILLS),
      String(SUITEQL_LATENCY_MS),
      String(CLOCK_START),
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  child.stdin.end(certificatePem);
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the simulator exited (${code}) before it was ready`)));
  });
  return { baseUrl: (JSON.parse(line) as { baseUrl: string }).baseUrl, child };
}
