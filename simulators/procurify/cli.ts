import { startProcurifySimulator } from './server';
import { demoScenario } from './demo-scenario';

// `npm run sim:procurify [-- --port 8901]`: the simulator seeded with the demo scenario.

function portFromArgs(argv: string[]): number {
  const index = argv.indexOf('--port');
  const raw = index >= 0 ? argv[index + 1] : process.env.PROCURIFY_SIM_PORT;
  const port = raw === undefined ? 8901 : Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a port number, got ${String(raw)}`);
  return port;
}

const simulator = await startProcurifySimulator({
  port: portFromArgs(process.argv.slice(2)),
  scenario: await demoScenario(),
});
const { clientId, clientSecret } = simulator.control.credentials;
console.log(`Procurify simulator listening on ${simulator.baseUrl}`);
console.log(`  PROCURIFY_BASE_URL=${simulator.baseUrl}`);
console.log(`  PROCURIFY_CLIENT_ID=${clientId}`);
console.log(`  PROCURIFY_CLIENT_SECRET=${clientSecret}`);
console.log(`  control API: ${simulator.baseUrl}/__sim/ (state, requests, faults, clock, tokens, settings)`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void simulator.close().then(() => process.exit(0)));
}
