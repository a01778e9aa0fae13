import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';
import { createClock } from '../../../../simulators/netsuite/account/clock';
import { seedFromScenario } from '../../../../simulators/netsuite/account/seed-scenario';
import { AccountStore } from '../../../../simulators/netsuite/account/store';
import { createSuiteScriptRuntime } from '../../../../simulators/netsuite/suitescript';
import { smallScenario } from '../fixtures/small-scenario';

// The runtime with the probe SuiteApp (fixtures/probe-dist): scripts that log what they were given,
// on a small seeded account with a frozen clock. `parameters` picks each probe's behaviour.

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** `dist`: another fixture SuiteApp, e.g. `bad-dist` (a script without its header). */
export function probeRuntime(parameters: Record<string, string>, dist = 'probe-dist') {
  const store = new AccountStore(createClock({ mode: 'frozen', start: Date.parse('2026-11-21T08:00:00Z') }));
  seedFromScenario(store, smallScenario());
  const runtime = createSuiteScriptRuntime({ store, distDir: path.join(FIXTURES, dist), parameters });
  onTestFinished(() => runtime.close());
  /** The details of every log entry with this title, parsed. */
  const logged = <T = unknown>(title: string) =>
    runtime.logs.filter((entry) => entry.title === title).map((entry) => JSON.parse(entry.details) as T);
  return { store, runtime, logged };
}
