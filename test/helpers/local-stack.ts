import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { loadConfig, Secret } from '../../relay/src/config';
import { signedHeaders } from '../../relay/src/crypto/signature';
import { PROCURIFY_CLIENT, startSimulatedWorld, type SimulatedSystems } from '../../relay/src/demo/simulated-systems';
import type { Logger } from '../../relay/src/log/logger';
import { createRelay, type Relay, type RelayOptions } from '../../relay/src/relay';
import type { EventEnvelope } from '../../suiteapp/src/lib/snapshot-types';

// The simulated world (both simulators, three-plant scenario) and the whole relay in this process,
// wired together over loopback: for the tests (test/helpers/stack.ts) and the benchmarks. No vitest
// here, so the benchmarks can run it.

export const LOCAL_SECRETS = {
  adminToken: 'admin-token-7c1e4b9a2f',
  eventSecret: 'event-secret-3d8a6f2c1b',
  masterKey: Buffer.alloc(32, 9).toString('base64'),
  procurifyClientSecret: PROCURIFY_CLIENT.secret,
};

export interface LocalStackOptions {
  dataDir: string;
  logger: Logger;
  env?: Record<string, string>;
  relay?: Omit<RelayOptions, 'logger'>;
  /** Runs once the simulators are up and before the relay starts (e.g. to set a fault). */
  beforeRelay?: (simulators: Pick<SimulatedSystems, 'procurify' | 'netsuite'>) => void;
}

export async function startLocalStack(options: LocalStackOptions) {
  const world = await startSimulatedWorld({ eventSecret: LOCAL_SECRETS.eventSecret });
  const { scenario, procurify, netsuite } = world;
  const config = loadConfig({
    NODE_ENV: 'test',
    MLC_DATABASE_URL: `file:${path.join(options.dataDir, 'mlc.db')}`,
    ...world.relayEnvironment(LOCAL_SECRETS),
    MLC_REQUEST_TIMEOUT: '2s',
    ...options.env,
  });
  options.beforeRelay?.({ procurify, netsuite });
  const relay: Relay = await createRelay(config, { logger: options.logger, idleMs: 25, ...options.relay });
  const server = serve({ fetch: relay.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await relay.start();

  async function signed(method: 'GET' | 'POST', pathWithQuery: string, body = '', account = scenario.accountId) {
    const timestamp = String(Math.floor(Date.now() / 1000));
    return fetch(`${baseUrl}${pathWithQuery}`, {
      method,
      body: method === 'GET' ? undefined : body,
      headers: {
        'content-type': 'application/json',
        ...signedHeaders(new Secret(LOCAL_SECRETS.eventSecret), { timestamp, account, method, pathWithQuery, body }),
      },
    });
  }

  async function admin<T = unknown>(pathWithQuery: string, init: { method?: string; body?: unknown } = {}) {
    const response = await fetch(`${baseUrl}${pathWithQuery}`, {
      method: init.method ?? 'GET',
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      headers: { authorization: `Bearer ${LOCAL_SECRETS.adminToken}`, 'content-type': 'application/json' },
    });
    return { status: response.status, body: (await response.json()) as T };
  }

  return {
    scenario,
    procurify,
    netsuite,
    relay,
    baseUrl,
    signed,
    admin,
    async sendEvents(envelopes: EventEnvelope[]) {
      const response = await signed('POST', '/v1/netsuite/events', JSON.stringify({ events: envelopes }));
      if (response.status !== 202) throw new Error(`events refused: ${response.status} ${await response.text()}`);
      return (await response.json()) as { accepted: string[]; duplicates: string[] };
    },
    async close(): Promise<void> {
      await relay.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await world.close();
    },
  };
}

export type LocalStack = Awaited<ReturnType<typeof startLocalStack>>;
