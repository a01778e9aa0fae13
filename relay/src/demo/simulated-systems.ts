import { generateNetSuiteKeyPair } from '../netsuite/keygen';
import { createClock, startNetSuiteSimulator, type RunningNetSuiteSimulator } from '../../../simulators/netsuite';
import type { AccountFeatures } from '../../../simulators/netsuite/account/features';
import {
  startProcurifySimulator,
  type RunningProcurifySimulator,
  type SimSettings,
} from '../../../simulators/procurify';
import { threePlants } from '../../../simulators/scenario/three-plants';
import type { Scenario } from '../../../simulators/scenario/types';

// The one simulated world of the demo, the tests and the benchmarks: both simulators seeded with a
// scenario (three plants unless told), the relay's M2M certificate registered with NetSuite, and the
// environment of a relay pointed at both, as an operator would set it after `mlc netsuite keygen`.
// With `suiteApp`, the NetSuite simulator also runs the compiled SuiteApp (user events, dispatcher)
// with the relay's event secret as its API secret. The relay itself is the caller's: a child process
// (relay-child.ts) or, in the tests, in process (test/helpers/local-stack.ts).

/** The https origin the SuiteApp is configured with; `connectRelay` sends it to the relay. */
export const RELAY_ORIGIN = 'https://relay.demo.invalid';
export const CLIENT_ID = 'demo-integration-client';
export const CERTIFICATE_ID = 'demo-certificate-1';
/** Client credentials for the Procurify simulator (it accepts any). */
export const PROCURIFY_CLIENT = { id: 'sim-client-id', secret: 'sim-client-secret' } as const;

export interface SimulatedSystems {
  scenario: Scenario;
  procurify: RunningProcurifySimulator;
  netsuite: RunningNetSuiteSimulator;
  /** PKCS#8 PEM whose certificate is registered with the NetSuite simulator. */
  privateKeyPem: string;
  /**
   * The environment of a relay pointed at both simulators: the three secrets, the NetSuite account,
   * M2M client and key, the Procurify client. The caller adds its own (database, port, timeouts).
   */
  relayEnvironment(secrets: { adminToken: string; masterKey: string }): Record<string, string>;
  /** Points the SuiteApp's relay origin at a relay listening at `baseUrl` (with `suiteApp` only). */
  connectRelay(baseUrl: string): void;
  close(): Promise<void>;
}

export interface SimulatedWorldOptions {
  /** The relay's event secret, also the SuiteApp's API secret. */
  eventSecret: string;
  scenario?: Scenario;
  procurifyPort?: number;
  netsuitePort?: number;
  procurifySettings?: Partial<SimSettings>;
  /** The NetSuite account's optional features (all on by default). */
  features?: AccountFeatures;
  /** Both simulators' clocks run from this instant (epoch ms) instead of now. */
  clockStart?: number;
  /** Runs the compiled SuiteApp in the NetSuite simulator. */
  suiteApp?: {
    /** The assembled SuiteApp (a private copy of suiteapp/dist, so a rebuild cannot pull it away). */
    distDir: string;
    /** The user event's delivery mode (custscript_mlc_ue_mode); default `outbox`. */
    mode?: 'outbox' | 'direct';
    /** N/https time limit; default 10 s. */
    httpTimeoutMs?: number;
  };
}

export async function startSimulatedWorld(options: SimulatedWorldOptions): Promise<SimulatedSystems> {
  const scenario = options.scenario ?? threePlants();
  const procurify = await startProcurifySimulator({
    port: options.procurifyPort ?? 0,
    scenario,
    settings: options.procurifySettings,
  });
  const netsuite = await startNetSuiteSimulator({
    port: options.netsuitePort ?? 0,
    scenario,
    ...(options.clockStart === undefined ? {} : { clock: createClock({ mode: 'running', start: options.clockStart }) }),
    ...(options.suiteApp
      ? { suitescript: suiteAppSettings({ ...options.suiteApp, eventSecret: options.eventSecret }) }
      : {}),
  });
  if (options.clockStart !== undefined)
    procurify.control.clock.advance(options.clockStart - procurify.control.clock.now());
  if (options.features) netsuite.store.features = { ...options.features };
  const keys = await generateNetSuiteKeyPair({ commonName: 'ml-connector demo' });
  netsuite.control.registerCertificate({
    certificateId: CERTIFICATE_ID,
    clientId: CLIENT_ID,
    pem: keys.certificatePem,
  });
  return {
    scenario,
    procurify,
    netsuite,
    privateKeyPem: keys.privateKeyPem,
    relayEnvironment: (secrets) => ({
      MLC_ADMIN_TOKEN: secrets.adminToken,
      MLC_EVENT_SECRET: options.eventSecret,
      MLC_MASTER_KEY: secrets.masterKey,
      NETSUITE_ACCOUNT_ID: scenario.accountId,
      NETSUITE_BASE_URL: netsuite.baseUrl,
      NETSUITE_CLIENT_ID: CLIENT_ID,
      NETSUITE_CERTIFICATE_ID: CERTIFICATE_ID,
      NETSUITE_PRIVATE_KEY: keys.privateKeyPem,
      PROCURIFY_BASE_URL: procurify.baseUrl,
      PROCURIFY_CLIENT_ID: PROCURIFY_CLIENT.id,
      PROCURIFY_CLIENT_SECRET: PROCURIFY_CLIENT.secret,
    }),
    connectRelay(baseUrl) {
      if (!netsuite.suitescript) throw new Error('this world runs no SuiteApp (start it with suiteApp)');
      netsuite.suitescript.setHost(RELAY_ORIGIN, baseUrl);
    },
    async close() {
      await netsuite.close();
      await procurify.close();
    },
  };
}

/** The SuiteApp's settings in the simulated account: its secret, script parameters and relay address. */
export function suiteAppSettings(options: {
  eventSecret: string;
  distDir?: string;
  mode?: 'outbox' | 'direct';
  httpTimeoutMs?: number;
  /** Where the relay origin goes; empty until `connectRelay` knows the relay's port. */
  hostMap?: Record<string, string>;
  relayOrigin?: string;
}) {
  const origin = options.relayOrigin ?? RELAY_ORIGIN;
  return {
    ...(options.distDir ? { distDir: options.distDir } : {}),
    secrets: {
      custsecret_mlc_event_secret: { value: options.eventSecret, availableToSuiteApps: ['com.mlconnector.procurify'] },
    },
    parameters: {
      custscript_mlc_ue_relay_url: origin,
      custscript_mlc_ue_mode: options.mode ?? 'outbox',
      custscript_mlc_mr_relay_url: origin,
      custscript_mlc_sl_relay_url: origin,
    },
    hostMap: options.hostMap ?? {},
    httpTimeoutMs: options.httpTimeoutMs ?? 10_000,
  };
}

/**
 * The demo's world: the compiled SuiteApp in NetSuite, and in Procurify an approver who approves
 * each bill as it is submitted, so bills paid in NetSuite are marked paid in Procurify (only approved
 * bills can be; docs/architecture.md "Bill payment status").
 */
export async function startSimulatedSystems(options: {
  eventSecret: string;
  /** The assembled SuiteApp (a copy of suiteapp/dist, so a rebuild meanwhile cannot pull it away). */
  distDir: string;
  procurifyPort?: number;
  netsuitePort?: number;
}): Promise<SimulatedSystems> {
  return startSimulatedWorld({
    eventSecret: options.eventSecret,
    procurifyPort: options.procurifyPort,
    netsuitePort: options.netsuitePort,
    procurifySettings: { approveSubmittedBills: true },
    suiteApp: { distDir: options.distDir },
  });
}
