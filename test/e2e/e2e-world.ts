// The whole product on one machine: the NetSuite simulator (REST and the SuiteScript runtime running
// the compiled SuiteApp) and the Procurify simulator in this process, the real relay in a child
// process, as in production. N/https blocks this thread while a script calls the relay, so the relay
// must not share it.
import { onTestFinished } from 'vitest';
import { generateNetSuiteKeyPair } from '../../relay/src/netsuite';
import { startNetSuiteSimulator, type RunningNetSuiteSimulator } from '../../simulators/netsuite';
import { customRecordsOf, type SuiteScriptRuntime } from '../../simulators/netsuite/suitescript';
import { startProcurifySimulator, type RunningProcurifySimulator } from '../../simulators/procurify';
import { threePlants } from '../../simulators/scenario/three-plants';
import type { Scenario } from '../../simulators/scenario/types';
import { startRelay, type RelayProcess } from '../helpers/relay-process';
import { tempDir } from '../helpers/temp-dir';
import { compiledSuiteApp } from './compiled-suiteapp';

export const SECRETS = {
  adminToken: 'e2e-admin-token-5b2d7f',
  eventSecret: 'e2e-event-secret-8c4a1e',
  masterKey: Buffer.alloc(32, 5).toString('base64'),
};
/** The relay URL the script parameters carry; N/https only speaks https, the host map points it at loopback. */
export const RELAY_ORIGIN = 'https://relay.e2e.test';
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

export async function startE2eWorld(): Promise<E2eWorld> {
  const scenario = threePlants();
  const procurify = await startProcurifySimulator({ port: 0, scenario });
  onTestFinished(() => procurify.close());
  const netsuite = await startNetSuiteSimulator({
    port: 0,
    scenario,
    suitescript: {
      distDir: compiledSuiteApp(),
      secrets: {
        custsecret_mlc_event_secret: {
          value: SECRETS.eventSecret,
          availableToSuiteApps: ['com.mlconnector.procurify'],
        },
      },
      parameters: {
        custscript_mlc_ue_relay_url: RELAY_ORIGIN,
        custscript_mlc_ue_mode: 'outbox',
        custscript_mlc_mr_relay_url: RELAY_ORIGIN,
        custscript_mlc_sl_relay_url: RELAY_ORIGIN,
      },
      httpTimeoutMs: 10_000,
    },
  });
  onTestFinished(() => netsuite.close());
  const runtime = netsuite.suitescript!;

  const keys = await generateNetSuiteKeyPair({});
  netsuite.control.registerCertificate({
    certificateId: 'cert-e2e-1',
    clientId: 'ns-e2e-client',
    pem: keys.certificatePem,
  });
  const cwd = tempDir('mlc-e2e-');
  const env = {
    NODE_ENV: 'test',
    MLC_LOG_LEVEL: 'info',
    MLC_ADMIN_TOKEN: SECRETS.adminToken,
    MLC_EVENT_SECRET: SECRETS.eventSecret,
    MLC_MASTER_KEY: SECRETS.masterKey,
    NETSUITE_ACCOUNT_ID: scenario.accountId,
    NETSUITE_BASE_URL: netsuite.baseUrl,
    NETSUITE_CLIENT_ID: 'ns-e2e-client',
    NETSUITE_CERTIFICATE_ID: 'cert-e2e-1',
    NETSUITE_PRIVATE_KEY: keys.privateKeyPem,
    PROCURIFY_BASE_URL: procurify.baseUrl,
    PROCURIFY_CLIENT_ID: 'sim-client-id',
    PROCURIFY_CLIENT_SECRET: 'sim-client-secret',
    MLC_REFERENCE_REFRESH_INTERVAL: '0',
    MLC_REQUEST_TIMEOUT: '2s',
  };
  const world: E2eWorld = {
    scenario,
    netsuite,
    runtime,
    procurify,
    relay: await startRelay({ cwd, env }),
    async stopRelay() {
      await world.relay.stop('SIGKILL');
    },
    async restartRelay() {
      world.relay = await startRelay({ cwd, env });
      runtime.setHost(RELAY_ORIGIN, world.relay.baseUrl);
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
  runtime.setHost(RELAY_ORIGIN, world.relay.baseUrl);
  return world;
}
