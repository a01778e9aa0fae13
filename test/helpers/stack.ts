import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { onTestFinished } from 'vitest';
import { loadConfig } from '../../relay/src/config';
import { sign, signingInput } from '../../relay/src/crypto/signature';
import { Secret } from '../../relay/src/config';
import { generateNetSuiteKeyPair } from '../../relay/src/netsuite';
import { createRelay, type Relay } from '../../relay/src/relay';
import { startNetSuiteSimulator } from '../../simulators/netsuite';
import { startProcurifySimulator } from '../../simulators/procurify';
import { threePlants } from '../../simulators/scenario/three-plants';
import type { EventEnvelope } from '../../suiteapp/src/lib/snapshot-types';
import { capturedLogger } from './captured-logger';
import { tempDir } from './temp-dir';

// The whole relay in this process, served over loopback, against both simulators seeded with the
// three-plant scenario. Known secret values, so tests can check none of them leaks.

export const SECRETS = {
  adminToken: 'admin-token-7c1e4b9a2f',
  eventSecret: 'event-secret-3d8a6f2c1b',
  masterKey: Buffer.alloc(32, 9).toString('base64'),
  procurifyClientSecret: 'sim-client-secret',
};

export type Stack = Awaited<ReturnType<typeof startStack>>;

export async function startStack(options: { env?: Record<string, string> } = {}) {
  const scenario = threePlants();
  const procurify = await startProcurifySimulator({ port: 0, scenario });
  const netsuite = await startNetSuiteSimulator({ port: 0, scenario });
  const keys = await generateNetSuiteKeyPair({});
  netsuite.control.registerCertificate({
    certificateId: 'cert-mlc-1',
    clientId: 'ns-client-1',
    pem: keys.certificatePem,
  });
  const config = loadConfig({
    NODE_ENV: 'test',
    MLC_DATABASE_URL: `file:${path.join(tempDir('mlc-stack-'), 'mlc.db')}`,
    MLC_ADMIN_TOKEN: SECRETS.adminToken,
    MLC_EVENT_SECRET: SECRETS.eventSecret,
    MLC_MASTER_KEY: SECRETS.masterKey,
    NETSUITE_ACCOUNT_ID: scenario.accountId,
    NETSUITE_BASE_URL: netsuite.baseUrl,
    NETSUITE_CLIENT_ID: 'ns-client-1',
    NETSUITE_CERTIFICATE_ID: 'cert-mlc-1',
    NETSUITE_PRIVATE_KEY: keys.privateKeyPem,
    PROCURIFY_BASE_URL: procurify.baseUrl,
    PROCURIFY_CLIENT_ID: 'sim-client-id',
    PROCURIFY_CLIENT_SECRET: SECRETS.procurifyClientSecret,
    MLC_REFERENCE_REFRESH_INTERVAL: '0',
    MLC_REQUEST_TIMEOUT: '2s',
    ...options.env,
  });
  const log = capturedLogger({ level: 'debug' });
  const relay: Relay = await createRelay(config, { logger: log.logger, idleMs: 25, retryBaseMs: 200 });
  const server = serve({ fetch: relay.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await relay.start();
  onTestFinished(async () => {
    await relay.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await procurify.close();
    await netsuite.close();
  });

  async function signed(method: 'GET' | 'POST', pathWithQuery: string, body = '', account = scenario.accountId) {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = sign(new Secret(SECRETS.eventSecret), signingInput(timestamp, method, pathWithQuery, body));
    return fetch(`${baseUrl}${pathWithQuery}`, {
      method,
      body: method === 'GET' ? undefined : body,
      headers: {
        'content-type': 'application/json',
        'x-mlc-account': account,
        'x-mlc-timestamp': timestamp,
        'x-mlc-signature': signature,
      },
    });
  }

  return {
    scenario,
    procurify,
    netsuite,
    relay,
    baseUrl,
    log,
    signed,
    async sendEvents(envelopes: EventEnvelope[]) {
      const response = await signed('POST', '/v1/netsuite/events', JSON.stringify({ events: envelopes }));
      if (response.status !== 202) throw new Error(`events refused: ${response.status} ${await response.text()}`);
      return (await response.json()) as { accepted: string[]; duplicates: string[] };
    },
    async admin<T = unknown>(pathWithQuery: string, init: { method?: string; body?: unknown } = {}) {
      const response = await fetch(`${baseUrl}${pathWithQuery}`, {
        method: init.method ?? 'GET',
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        headers: { authorization: `Bearer ${SECRETS.adminToken}`, 'content-type': 'application/json' },
      });
      return { status: response.status, body: (await response.json()) as T };
    },
    /** Waits until the record reaches one of the states, and its writeback (if any) has gone out. */
    async waitFor(recordType: string, recordId: string, states: string[], timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const { status, body } = await this.admin<RecordBody>(`/v1/records/${recordType}/${recordId}`);
        const writebackDone =
          (
            await relay.database.client.execute({
              sql: 'select count(*) as n from writeback where record_type = ? and record_id = ?',
              args: [recordType, recordId],
            })
          ).rows[0]?.n === 0;
        if (status === 200 && states.includes(body.status) && writebackDone) return body;
        if (Date.now() > deadline)
          throw new Error(`${recordType} ${recordId} is ${JSON.stringify(body)}, not ${states.join('/')}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

export interface RecordBody {
  recordType: string;
  recordId: string;
  status: string;
  procurifyId: string | null;
  message: string | null;
  issues: { code: string; message?: string }[];
  attempts: number;
  lastSyncedAt: string | null;
  history: { action: string; detail: Record<string, unknown> }[];
}
