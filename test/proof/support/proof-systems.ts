import path from 'node:path';
import { onTestFinished } from 'vitest';
import { startSimulatedWorld } from '../../../relay/src/demo/simulated-systems';
import { LOCAL_SECRETS } from '../../helpers/local-stack';
import { tempDir } from '../../helpers/temp-dir';

// The simulated world (both simulators in the test process) and the environment of a relay child
// process pointed at it, on a temp database file that survives the relay's restarts.

export const PROOF_SECRETS = LOCAL_SECRETS;

export async function startProofSystems() {
  const systems = await startSimulatedWorld({ eventSecret: PROOF_SECRETS.eventSecret });
  onTestFinished(() => systems.close());
  const { scenario, procurify, netsuite } = systems;
  const dataDir = tempDir('mlc-proof-');
  const databaseFile = path.join(dataDir, 'mlc.db');
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    ...systems.relayEnvironment(PROOF_SECRETS),
    MLC_LOG_LEVEL: 'info', // 'relay listening' (info) tells the harness the port
    MLC_DATABASE_URL: `file:${databaseFile}`,
    MLC_REQUEST_TIMEOUT: '2s',
    MLC_RETRY_MAX_DELAY: '2s',
  };
  return { scenario, procurify, netsuite, env, dataDir, databaseFile };
}

export type ProofSystems = Awaited<ReturnType<typeof startProofSystems>>;
