import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { environment } from '../config/environment';
import { driveSaves, type DriveResult } from './drive-saves';
import { startRelayChild, type RelayChild } from './relay-child';
import { startSimulatedSystems, type SimulatedSystems } from './simulated-systems';
import { ensureSuiteAppBuilt } from './suiteapp-build';
import { waitUntilSettled, type StateCounts } from './wait-settled';

export { RelayPortBusyError } from './relay-child';

export interface DemoOptions {
  /** The package root: suiteapp/, relay/, node_modules/. */
  root: string;
  /** Wiped and recreated: the demo always starts from the scenario. */
  dataDir: string;
  relayPort: number;
  procurifyPort: number;
  netsuitePort: number;
  say(line: string): void;
  stopSignal: Promise<unknown>;
}

const DISPATCH_EVERY_MS = 2_000;

/** The demo's stack, running: what `mlc demo` shows, and what the story tests walk through. */
export interface RunningDemo {
  systems: SimulatedSystems;
  relay: RelayChild;
  adminToken: string;
  driven: DriveResult;
  counts: StateCounts;
  settled: boolean;
  /** Stops the dispatcher, the relay and both simulators. */
  close(): Promise<void>;
}

/**
 * The whole product on one machine: both simulators (three-plant scenario), the relay on an
 * embedded database, and the compiled SuiteApp driving real saves. Resolves when stopped.
 */
export async function runDemo(options: DemoOptions): Promise<void> {
  const { say } = options;
  const started = Date.now();
  const demo = await startDemo(options);
  try {
    say(
      `${demo.settled ? 'Synced' : 'Still working'} after ${((Date.now() - started) / 1000).toFixed(1)} s: ${describe(demo.counts)}.`,
    );
    printBanner(say, {
      relay: demo.relay.baseUrl,
      procurify: demo.systems.procurify.baseUrl,
      netsuite: demo.systems.netsuite.baseUrl,
      adminToken: demo.adminToken,
    });
    await options.stopSignal;
    say('Stopping…');
  } finally {
    await demo.close();
  }
}

/** Starts the demo's stack and waits until the scenario's saves have settled (at most 50 s). */
export async function startDemo(options: Omit<DemoOptions, 'stopSignal'>): Promise<RunningDemo> {
  const { say } = options;
  if (ensureSuiteAppBuilt(options.root)) say('Built the SuiteApp (suiteapp/dist).');
  // Empty it rather than remove it: someone may be standing in it.
  mkdirSync(options.dataDir, { recursive: true });
  for (const entry of readdirSync(options.dataDir)) {
    rmSync(path.join(options.dataDir, entry), { recursive: true, force: true });
  }
  const distDir = path.join(options.dataDir, 'suiteapp');
  cpSync(path.join(options.root, 'suiteapp', 'dist'), distDir, { recursive: true });

  const secrets = {
    adminToken: randomBytes(18).toString('base64url'),
    eventSecret: randomBytes(24).toString('base64url'),
    masterKey: randomBytes(32).toString('base64'),
  };
  let systems: SimulatedSystems | undefined;
  let relay: RelayChild | undefined;
  let dispatcher: NodeJS.Timeout | undefined;
  const close = async () => {
    if (dispatcher) clearInterval(dispatcher);
    await relay?.stop();
    await systems?.close();
  };
  try {
    systems = await startSimulatedSystems({
      eventSecret: secrets.eventSecret,
      distDir,
      procurifyPort: options.procurifyPort,
      netsuitePort: options.netsuitePort,
    });
    say(`Simulators up: Procurify ${systems.procurify.baseUrl}, NetSuite ${systems.netsuite.baseUrl}.`);
    relay = await startRelayChild({
      root: options.root,
      logFile: path.join(options.dataDir, 'relay.log'),
      env: {
        NODE_ENV: 'development',
        ...(environment().MLC_DEMO_LOG_LEVEL ? { MLC_LOG_LEVEL: environment().MLC_DEMO_LOG_LEVEL! } : {}),
        MLC_PORT: String(options.relayPort),
        MLC_HOST: '127.0.0.1',
        MLC_DATA_DIR: options.dataDir,
        MLC_DATABASE_URL: `file:${path.join(options.dataDir, 'mlc.db')}`,
        ...systems.relayEnvironment(secrets),
        MLC_REQUEST_TIMEOUT: '10s',
      },
    });
    say(`Relay up: ${relay.baseUrl} (log in ${path.join(options.dataDir, 'relay.log')}).`);

    systems.connectRelay(relay.baseUrl);
    const runtime = systems.netsuite.suitescript!;
    const driven = driveSaves(runtime, systems.scenario);
    say(`Saved ${driven.vendors} vendors and ${driven.bills} bills through the SuiteApp; the dispatcher sent them.`);
    // The SuiteApp's scheduled dispatcher, sped up: anything queued since (e.g. a resync) goes out.
    dispatcher = setInterval(() => runtime.runQueuedTasks(), DISPATCH_EVERY_MS);

    const { counts, settled } = await waitUntilSettled({
      baseUrl: relay.baseUrl,
      adminToken: secrets.adminToken,
      expected: driven.vendors + driven.bills,
      timeoutMs: 50_000,
    });
    return { systems, relay, adminToken: secrets.adminToken, driven, counts, settled, close };
  } catch (error) {
    await close();
    throw error;
  }
}

function describe(counts: StateCounts): string {
  const order = ['synced', 'linked', 'needs_mapping', 'failed', 'skipped', 'pending', 'deleted'];
  return (
    order
      .filter((state) => counts[state])
      .map((state) => `${counts[state]} ${state}`)
      .join(', ') || 'no records'
  );
}

function printBanner(
  say: (line: string) => void,
  urls: { relay: string; procurify: string; netsuite: string; adminToken: string },
): void {
  say('');
  say('ml-connector demo is running.');
  say(`  Admin pages:          ${urls.relay}/admin/`);
  say(`  Admin token:          ${urls.adminToken}`);
  say(`  Relay API:            ${urls.relay}  (e.g. curl -H "Authorization: Bearer <token>" ${urls.relay}/v1/records)`);
  // The CLI finds a relay from MLC_HOST and MLC_PORT (or --url) and signs in with MLC_ADMIN_TOKEN.
  const { hostname, port } = new URL(urls.relay);
  say(`  CLI:                  export MLC_HOST=${hostname} MLC_PORT=${port} MLC_ADMIN_TOKEN=${urls.adminToken}`);
  say(`                        then e.g. npx mlc records --status failed  (or --url ${urls.relay} on any command)`);
  say(`  Procurify simulator:  ${urls.procurify}  (state: ${urls.procurify}/__sim/state)`);
  say(`  NetSuite simulator:   ${urls.netsuite}`);
  say('Press Ctrl-C to stop.');
}
