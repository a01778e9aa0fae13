import { generateNetSuiteKeyPair } from '../netsuite/keygen';
import { startNetSuiteSimulator, type RunningNetSuiteSimulator } from '../../../simulators/netsuite';
import { startProcurifySimulator, type RunningProcurifySimulator } from '../../../simulators/procurify';
import { threePlants } from '../../../simulators/scenario/three-plants';
import type { Scenario } from '../../../simulators/scenario/types';

// Both simulators seeded with the three-plant scenario; the NetSuite one also runs the compiled
// SuiteApp (user events, dispatcher) with the relay's event secret as its API secret, and in the
// Procurify one an approver approves each submitted bill.

/** The https origin the SuiteApp is configured with; the runtime's hostMap sends it to the relay. */
export const RELAY_ORIGIN = 'https://relay.demo.invalid';
export const CLIENT_ID = 'demo-integration-client';
export const CERTIFICATE_ID = 'demo-certificate-1';

export interface SimulatedSystems {
  scenario: Scenario;
  procurify: RunningProcurifySimulator;
  netsuite: RunningNetSuiteSimulator;
  /** PKCS#8 PEM whose certificate is registered with the NetSuite simulator. */
  privateKeyPem: string;
  close(): Promise<void>;
}

export async function startSimulatedSystems(options: {
  eventSecret: string;
  /** The assembled SuiteApp (a copy of suiteapp/dist, so a rebuild meanwhile cannot pull it away). */
  distDir: string;
  procurifyPort?: number;
  netsuitePort?: number;
}): Promise<SimulatedSystems> {
  const scenario = threePlants();
  // An approver who approves each bill as it is submitted, so bills paid in NetSuite are marked paid
  // in Procurify (only approved bills can be; docs/architecture.md "Bill payment status").
  const procurify = await startProcurifySimulator({
    port: options.procurifyPort ?? 0,
    scenario,
    settings: { approveSubmittedBills: true },
  });
  const netsuite = await startNetSuiteSimulator({
    port: options.netsuitePort ?? 0,
    scenario,
    suitescript: {
      distDir: options.distDir,
      secrets: {
        custsecret_mlc_event_secret: {
          value: options.eventSecret,
          availableToSuiteApps: ['com.mlconnector.procurify'],
        },
      },
      parameters: {
        custscript_mlc_ue_relay_url: RELAY_ORIGIN,
        custscript_mlc_ue_mode: 'outbox',
        custscript_mlc_mr_relay_url: RELAY_ORIGIN,
        custscript_mlc_sl_relay_url: RELAY_ORIGIN,
      },
      // The relay's port is known only once it listens; setHost points the origin at it then.
      hostMap: {},
      httpTimeoutMs: 10_000,
    },
  });
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
    async close() {
      await netsuite.close();
      await procurify.close();
    },
  };
}
