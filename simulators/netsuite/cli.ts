import { threePlants } from '../scenario/three-plants';
import { startNetSuiteSimulator } from './server';

// `npm run sim:netsuite [-- --port 8902]`: the simulated account seeded with the demo scenario,
// its clock running with real time so relay-signed JWTs (iat = now) verify.

function portFromArguments(argv: string[]): number {
  const index = argv.indexOf('--port');
  const value = index >= 0 ? argv[index + 1] : undefined;
  const port = Number(value ?? 8902);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a port number, got ${String(value)}`);
  return port;
}

const sim = await startNetSuiteSimulator({ port: portFromArguments(process.argv.slice(2)), scenario: threePlants() });
console.log(`NetSuite simulator listening on ${sim.baseUrl} (token URL ${sim.tokenUrl}; control API under /__sim/)`);
const stop = () => void sim.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
