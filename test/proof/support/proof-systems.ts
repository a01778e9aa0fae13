import path from 'node:path';
import { onTestFinished } from 'vitest';
import { LOCAL_SECRETS } from '../../../simulators/local-stack';
import { startNetSuiteSimulator } from '../../../simulators/netsuite';
import { startProcurifySimulator } from '../../../simulators/procurify';
import { threePlants } from '../../../simulators/scenario/three-plants';
import { generateNetSuiteKeyPair } from '../../../relay/src/netsuite';
import { tempDir } from '../../helpers/temp-dir';

// Both simulators in the test process and the environment of a relay child process pointed at them,
// on a temp database file that survives the relay's restarts.

export const PROOF_SECRETS = LOCAL_SECRETS;

export async function startProofSystems() {
  const scenario = threePlants();
  const procurify = await startProcurifySimulator({ port: 0, scenario });
  const netsuite = await startNetSuiteSimulator({ port: 0, scenario });
  onTestFinished(async () => {
    procurify.control.releaseHangs();
    await procurify.close();
    await netsuite.close();
  });
  const keys = await generateNetSuiteKeyPair({});
  netsuite.control.registerCertificate({ certificateId: 'cert-proof', clientId: 'ns-proof', pem: keys.certificatePem });
  const dataDir = tempDir('mlc-proof-');
  const databaseFile = path.join(dataDir, 'mlc.db');
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    MLC_LOG_LEVEL: 'info', // 'relay listening' (info) tells the harness the port
    MLC_DATABASE_URL: `file:${databaseFile}`,
    MLC_ADMIN_TOKEN: PROOF_SECRETS.adminToken,
    MLC_EVENT_SECRET: PROOF_SECRETS.eventSecret,
    MLC_MASTER_KEY: PROOF_SECRETS.masterKey,
    NETSUITE_ACCOUNT_ID: scenario.accountId,
    NETSUITE_BASE_URL: netsuite.baseUrl,
    NETSUITE_CLIENT_ID: 'ns-proof',
    NETSUITE_CERTIFICATE_ID: 'cert-proof',
    NETSUITE_PRIVATE_KEY: keys.privateKeyPem,
    PROCURIFY_BASE_URL: procurify.baseUrl,
    PROCURIFY_CLIENT_ID: 'sim-client-id',
    PROCURIFY_CLIENT_SECRET: PROOF_SECRETS.procurifyClientSecret,
    MLC_REQUEST_TIMEOUT: '2s',
    MLC_RETRY_MAX_DELAY: '2s',
  };
  return { scenario, procurify, netsuite, env, dataDir, databaseFile };
}

export type ProofSystems = Awaited<ReturnType<typeof startProofSystems>>;
