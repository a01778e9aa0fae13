import path from 'node:path';
import { onTestFinished } from 'vitest';
import { LOCAL_SECRETS } from '../../../simulators/local-stack';
import { startNetSuiteSimulator } from '../../../simulators/netsuite';
import { startProcurifySimulator } from '../../../simulators/procurify';
import { threePlants } from '../../../simulators/scenario/three-plants';
import { simulatedRelayEnvironment } from '../../helpers/relay-environment';
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
  const dataDir = tempDir('mlc-proof-');
  const databaseFile = path.join(dataDir, 'mlc.db');
  const env: Record<string, string> = {
    ...(await simulatedRelayEnvironment({
      netsuite,
      procurify,
      accountId: scenario.accountId,
      secrets: PROOF_SECRETS,
      name: 'proof',
    })),
    MLC_LOG_LEVEL: 'info', // 'relay listening' (info) tells the harness the port
    MLC_DATABASE_URL: `file:${databaseFile}`,
    MLC_REQUEST_TIMEOUT: '2s',
    MLC_RETRY_MAX_DELAY: '2s',
  };
  return { scenario, procurify, netsuite, env, dataDir, databaseFile };
}

export type ProofSystems = Awaited<ReturnType<typeof startProofSystems>>;
