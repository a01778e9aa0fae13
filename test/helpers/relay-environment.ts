import { generateNetSuiteKeyPair } from '../../relay/src/netsuite';
import type { RunningNetSuiteSimulator } from '../../simulators/netsuite';
import type { RunningProcurifySimulator } from '../../simulators/procurify';

// The environment of a relay child process pointed at both simulators, as an operator would set it
// (after `mlc netsuite keygen` and the M2M mapping): a fresh key pair whose certificate the NetSuite
// simulator knows, the three secrets, and the Procurify client credentials the simulator accepts.

export interface RelaySecrets {
  adminToken: string;
  eventSecret: string;
  masterKey: string;
}

export async function simulatedRelayEnvironment(options: {
  netsuite: RunningNetSuiteSimulator;
  procurify: RunningProcurifySimulator;
  accountId: string;
  secrets: RelaySecrets;
  /** Names the M2M client and certificate (e.g. `e2e` → `ns-e2e-client`, `cert-e2e-1`). */
  name: string;
}): Promise<Record<string, string>> {
  const keys = await generateNetSuiteKeyPair({});
  const clientId = `ns-${options.name}-client`;
  const certificateId = `cert-${options.name}-1`;
  options.netsuite.control.registerCertificate({ certificateId, clientId, pem: keys.certificatePem });
  return {
    NODE_ENV: 'test',
    MLC_ADMIN_TOKEN: options.secrets.adminToken,
    MLC_EVENT_SECRET: options.secrets.eventSecret,
    MLC_MASTER_KEY: options.secrets.masterKey,
    NETSUITE_ACCOUNT_ID: options.accountId,
    NETSUITE_BASE_URL: options.netsuite.baseUrl,
    NETSUITE_CLIENT_ID: clientId,
    NETSUITE_CERTIFICATE_ID: certificateId,
    NETSUITE_PRIVATE_KEY: keys.privateKeyPem,
    PROCURIFY_BASE_URL: options.procurify.baseUrl,
    PROCURIFY_CLIENT_ID: 'sim-client-id',
    PROCURIFY_CLIENT_SECRET: 'sim-client-secret',
  };
}
