// The NetSuite simulator for the backfill benchmark, in a process of its own so that the benchmark
// measures the relay's memory alone. Seeds N synthetic bills, sets the SuiteQL latency, registers the
// certificate given on standard input, then prints its base URL as one JSON line.
import { createClock, startNetSuiteSimulator } from '../simulators/netsuite';
import { threePlants } from '../simulators/scenario/three-plants';

const bills = Number(process.argv[2] ?? 250_000);
const latencyMs = Number(process.argv[3] ?? 150);
const clockStart = Number(process.argv[4] ?? Date.parse('2026-12-01T12:00:00Z'));

let certificatePem = '';
for await (const chunk of process.stdin) certificatePem += String(chunk);

const sim = await startNetSuiteSimulator({
  port: 0,
  scenario: threePlants(),
  clock: createClock({ start: clockStart }),
});
sim.control.seedSyntheticBills(bills, { perSecond: 5 });
sim.control.setLatency({ suiteql: latencyMs });
sim.control.registerCertificate({ certificateId: 'bench-cert', clientId: 'bench-client', pem: certificatePem });
process.stdout.write(`${JSON.stringify({ baseUrl: sim.baseUrl })}\n`);
const stop = () => void sim.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
