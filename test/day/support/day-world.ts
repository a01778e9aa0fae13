// Everything at once, as production runs it, on one simulated clock: the NetSuite account (REST and
// the compiled SuiteApp), Procurify, and the real relay in its own process with its poller, reference
// refresh, worker and state writer at their default settings. Time runs at real speed while anything
// works and jumps over the quiet parts, so a business day takes a minute or two.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startSimulatedWorld } from '../../../relay/src/demo/simulated-systems';
import type { RunningNetSuiteSimulator } from '../../../simulators/netsuite';
import type { SuiteScriptRuntime } from '../../../simulators/netsuite/suitescript';
import type { RunningProcurifySimulator } from '../../../simulators/procurify';
import type { Scenario } from '../../../simulators/scenario/types';
import { startClockedRelay, type ClockedRelay } from './clocked-relay';

export const DAY_SECRETS = {
  adminToken: 'day-admin-token-4f8c2e',
  eventSecret: 'day-event-secret-9b3d71',
  masterKey: Buffer.alloc(32, 7).toString('base64'),
};
/** The longest idle wait of the relay's loops: they wake sooner when work falls due. */
const RELAY_IDLE_MS = 5 * 60_000;
/** Quiet this long (real ms) with nothing at work counts as settled. */
const QUIET_MS = 30;
/** Busy but quiet this long with nothing in flight: a wait the clock does not see; move time on. */
const STALLED_MS = 5_000;

export interface DayWorld {
  scenario: Scenario;
  netsuite: RunningNetSuiteSimulator;
  procurify: RunningProcurifySimulator;
  runtime: SuiteScriptRuntime;
  relay: ClockedRelay;
  now(): number;
  /** Moves every clock forward to `at` (never back) and lets the relay's timers that fall due fire. */
  jumpTo(at: number): Promise<void>;
  /** Waits until nothing is at work in the relay (or it only waits for time to pass). */
  settle(): Promise<void>;
  /** When the relay's next timer falls due (poll, refresh, retry, idle wake-up), or null. */
  relayNextDue(): Promise<number | null>;
  /** SIGKILL and start again on the same database: an outage, not a shutdown. */
  restartRelay(): Promise<void>;
  admin<T = unknown>(path: string): Promise<T>;
  close(): Promise<void>;
}

export async function startDayWorld(options: { start: number; distDir: string }): Promise<DayWorld> {
  const systems = await startSimulatedWorld({
    eventSecret: DAY_SECRETS.eventSecret,
    clockStart: options.start,
    suiteApp: { distDir: options.distDir, httpTimeoutMs: 20_000 },
  });
  const { scenario, netsuite, procurify } = systems;
  const runtime = netsuite.suitescript!;
  // Not the test helper's temp dir: the benchmark runs this world outside vitest too.
  const cwd = mkdtempSync(path.join(tmpdir(), 'mlc-day-'));
  const env = {
    NODE_ENV: 'test',
    ...systems.relayEnvironment(DAY_SECRETS),
    MLC_LOG_LEVEL: 'warn',
    DAY_IDLE_MS: String(RELAY_IDLE_MS),
  };
  const offset = () => netsuite.clock.now() - Date.now();
  const startRelay = async () => {
    const relay = await startClockedRelay({ cwd, env, offsetMs: offset() });
    systems.connectRelay(relay.baseUrl);
    return relay;
  };

  const world: DayWorld = {
    scenario,
    netsuite,
    procurify,
    runtime,
    relay: await startRelay(),
    now: () => netsuite.clock.now(),
    async jumpTo(at) {
      const ms = at - netsuite.clock.now();
      if (ms <= 0) return;
      netsuite.clock.advance(ms);
      procurify.control.clock.advance(ms);
      await world.relay.setOffset(offset());
    },
    async settle() {
      const deadline = Date.now() + 120_000;
      for (;;) {
        const status = await world.relay.status();
        const quiet = status.inFlight === 0 && status.quietMs >= QUIET_MS;
        if (quiet && (!status.busy || status.waitsInPass > 0)) return;
        if (status.inFlight === 0 && status.quietMs >= STALLED_MS) return;
        if (Date.now() > deadline)
          throw new Error(
            `the relay did not settle: ${JSON.stringify(status)}\n${world.relay.output.slice(-20).join('\n')}`,
          );
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    async relayNextDue() {
      return (await world.relay.status()).nextDue;
    },
    async restartRelay() {
      await world.relay.stop('SIGKILL');
      world.relay = await startRelay();
    },
    async admin<T>(path: string) {
      const response = await fetch(`${world.relay.baseUrl}${path}`, {
        headers: { authorization: `Bearer ${DAY_SECRETS.adminToken}` },
      });
      if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
      return (await response.json()) as T;
    },
    async close() {
      await world.relay.stop('SIGKILL');
      await systems.close();
      rmSync(cwd, { recursive: true, force: true });
    },
  };
  return world;
}
