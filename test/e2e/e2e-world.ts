// The whole product on one machine: the NetSuite simulator (REST and the SuiteScript runtime running
// the compiled SuiteApp) and the Procurify simulator in this process, the real relay in a child
// process, as in production. N/https blocks this thread while a script calls the relay, so the relay
// must not share it.
import { onTestFinished } from 'vitest';
import { startSimulatedWorld } from '../../relay/src/demo/simulated-systems';
import type { RunningNetSuiteSimulator } from '../../simulators/netsuite';
import type { AccountFeatures } from '../../simulators/netsuite/account/features';
import { customRecordsOf, type SuiteScriptRuntime } from '../../simulators/netsuite/suitescript';
import type { RunningProcurifySimulator } from '../../simulators/procurify';
import type { Scenario } from '../../simulators/scenario/types';
import { startRelay, type RelayProcess } from '../helpers/relay-process';
import { tempDir } from '../helpers/temp-dir';
import { compiledSuiteApp } from './compiled-suiteapp';

export const SECRETS = {
  adminToken: 'e2e-admin-token-5b2d7f',
  eventSecret: 'e2e-event-secret-8c4a1e',
  masterKey: Buffer.alloc(32, 5).toString('base64'),
};
export const OUTBOX = 'customrecord_mlc_outbox';

export interface E2eWorld {
  scenario: Scenario;
  netsuite: RunningNetSuiteSimulator;
  runtime: SuiteScriptRuntime;
  procurify: RunningProcurifySimulator;
  relay: RelayProcess;
  /** Stops the relay child (SIGKILL: an outage, not a shutdown). */
  stopRelay(): Promise<void>;
  /** Starts a new relay child on the same data directory (same database) and points N/https at it. */
  restartRelay(): Promise<void>;
  admin<T = unknown>(path: string, init?: { method?: string }): Promise<{ status: number; body: T }>;
  outboxRows(): { id: string; fields: Record<string, unknown> }[];
}

/**
 * `mode` is the user event's delivery mode parameter (custscript_mlc_ue_mode); the default is the outbox.
 * `features`: the NetSuite account's optional features (all on by default), set before the relay starts.
 */
export async function startE2eWorld(
  options: { mode?: 'outbox' | 'direct'; features?: AccountFeatures } = {},
): Promise<E2eWorld> {
  const systems = await startSimulatedWorld({
    eventSecret: SECRETS.eventSecret,
    features: options.features,
    suiteApp: { distDir: compiledSuiteApp(), mode: options.mode },
  });
  onTestFinished(() => systems.close());
  const { scenario, netsuite, procurify } = systems;
  const runtime = netsuite.suitescript!;

  const cwd = tempDir('mlc-e2e-');
  const env = {
    NODE_ENV: 'test',
    ...systems.relayEnvironment(SECRETS),
    MLC_LOG_LEVEL: 'info',
    MLC_REQUEST_TIMEOUT: '5s',
  };
  let starts = 0;
  // The relay starts its worker once its first reference refresh is over; saves wait for that, so
  // a test never races the relay's start-up (a failed refresh fails the wait, with the relay's log).
  const startReadyRelay = async () => {
    const relay = await startRelay({ cwd, env });
    starts += 1;
    await waitForReferenceRefresh(relay, 2 * starts);
    systems.connectRelay(relay.baseUrl);
    return relay;
  };
  const world: E2eWorld = {
    scenario,
    netsuite,
    runtime,
    procurify,
    relay: await startReadyRelay(),
    async stopRelay() {
      await world.relay.stop('SIGKILL');
    },
    async restartRelay() {
      world.relay = await startReadyRelay();
    },
    async admin<T>(path: string, init: { method?: string } = {}) {
      const response = await fetch(`${world.relay.baseUrl}${path}`, {
        method: init.method ?? 'GET',
        headers: { authorization: `Bearer ${SECRETS.adminToken}` },
      });
      return { status: response.status, body: (await response.json()) as T };
    },
    outboxRows: () =>
      [...customRecordsOf(netsuite.store).scan(OUTBOX)].map((row) => ({ id: row.id, fields: row.fields })),
  };
  return world;
}

/** Waits until the relay's audit holds `count` reference refreshes (one per system per start). */
async function waitForReferenceRefresh(relay: RelayProcess, count: number, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await countReferenceRefreshes(relay)) < count) {
    if (Date.now() > deadline)
      throw new Error(`the relay did not load its reference data:\n${relay.output.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Every page of the audit, not just the newest: after a restart the earlier refreshes may be far back. */
async function countReferenceRefreshes(relay: RelayProcess): Promise<number> {
  let count = 0;
  let before: number | null = null;
  do {
    const response = await fetch(`${relay.baseUrl}/v1/audit?limit=500${before ? `&before=${before}` : ''}`, {
      headers: { authorization: `Bearer ${SECRETS.adminToken}` },
    });
    const page = (await response.json()) as { items: { action: string }[]; nextBefore: number | null };
    count += page.items.filter((item) => item.action === 'reference_refreshed').length;
    before = page.nextBefore;
  } while (before !== null);
  return count;
}
