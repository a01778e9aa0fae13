import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { loadConfig, Secret } from '../../relay/src/config';
import { signedHeaders } from '../../relay/src/crypto/signature';
import { serveRelay, type ServedRelay } from '../../relay/src/serve-relay';
import { capturedLogger } from './captured-logger';
import { tempDir } from './temp-dir';

// The relay served in this process with no NetSuite or Procurify connection: enough for the HTTP
// edge, the database and the admin API, and it starts in a few milliseconds.

export const BARE_ACCOUNT = '1234567';

export interface BareRelay {
  served: ServedRelay;
  baseUrl: string;
  dataDir: string;
  secrets: { adminToken: string; eventSecret: string; masterKey: string };
  log: ReturnType<typeof capturedLogger>;
  /** POSTs a signed body to /v1/netsuite/events. */
  postEvents(body: string, secret?: string): Promise<Response>;
  admin(pathWithQuery: string, init?: { method?: string; token?: string; body?: unknown }): Promise<Response>;
}

export async function startBareRelay(
  options: { env?: Record<string, string>; dataDir?: string; now?: () => number } = {},
): Promise<BareRelay> {
  const dataDir = options.dataDir ?? tempDir('mlc-bare-');
  const secrets = {
    adminToken: randomBytes(24).toString('base64url'),
    eventSecret: randomBytes(24).toString('base64url'),
    masterKey: randomBytes(32).toString('base64'),
  };
  const config = loadConfig({
    NODE_ENV: 'test',
    MLC_HOST: '127.0.0.1',
    MLC_DATABASE_URL: `file:${path.join(dataDir, 'mlc.db')}`,
    MLC_ADMIN_TOKEN: secrets.adminToken,
    MLC_EVENT_SECRET: secrets.eventSecret,
    MLC_MASTER_KEY: secrets.masterKey,
    NETSUITE_ACCOUNT_ID: BARE_ACCOUNT,
    MLC_POLL_INTERVAL: '0',
    ...options.env,
  });
  const log = capturedLogger({ level: 'debug', secrets: Object.values(secrets) });
  const served = await serveRelay(config, { logger: log.logger, port: 0 });
  await served.relay.start();
  let closed = false;
  const close = served.close.bind(served);
  served.close = async () => {
    if (closed) return;
    closed = true;
    await close();
  };
  onTestFinished(() => served.close());
  const baseUrl = `http://127.0.0.1:${served.port}`;
  const used = { ...secrets, ...pick(options.env) };
  return {
    served,
    baseUrl,
    dataDir,
    secrets: used,
    log,
    postEvents(body, secret = used.eventSecret) {
      const pathWithQuery = '/v1/netsuite/events';
      const timestamp = String(Math.floor(Date.now() / 1000));
      return fetch(`${baseUrl}${pathWithQuery}`, {
        method: 'POST',
        body,
        headers: {
          'content-type': 'application/json',
          ...signedHeaders(new Secret(secret), {
            timestamp,
            account: BARE_ACCOUNT,
            method: 'POST',
            pathWithQuery,
            body,
          }),
        },
      });
    },
    admin(pathWithQuery, init = {}) {
      return fetch(`${baseUrl}${pathWithQuery}`, {
        method: init.method ?? 'GET',
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        headers: {
          authorization: `Bearer ${init.token ?? used.adminToken}`,
          ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
      });
    },
  };
}

/** The secrets the environment overrides, so the helpers sign and authenticate with them. */
function pick(env: Record<string, string> = {}): Partial<BareRelay['secrets']> {
  return {
    ...(env.MLC_ADMIN_TOKEN ? { adminToken: env.MLC_ADMIN_TOKEN } : {}),
    ...(env.MLC_EVENT_SECRET ? { eventSecret: env.MLC_EVENT_SECRET } : {}),
    ...(env.MLC_MASTER_KEY ? { masterKey: env.MLC_MASTER_KEY } : {}),
  };
}
