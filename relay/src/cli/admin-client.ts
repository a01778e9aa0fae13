import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readAdminAccess, type AdminAccess } from '../config/admin-access';
import { ConfigError } from '../config/config-error';
import { DEV_SECRETS_FILE } from '../config/dev-secrets';
import type { ParsedArgs } from './command';
import { stringOption } from './command';
import type { CliContext } from './context';
import { CliError, configError } from './errors';
import { settingsSource } from './settings-source';

// The relay's admin API over HTTP, as the CLI's record, replay, mapping, audit and backfill
// commands use it. Errors come back as the relay words them; the token is never printed.

export interface AdminClient {
  baseUrl: string;
  /** The status and parsed body, whatever the status (for answers a command handles itself). */
  exchange<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
  request<T>(method: string, path: string, body?: unknown): Promise<T>;
  requestText(method: string, path: string): Promise<string>;
}

export const RELAY_OPTIONS = {
  url: { type: 'string' },
} as const;

export const RELAY_OPTIONS_HELP = '  --url URL          the relay (default http://127.0.0.1:<MLC_PORT>)';

/** The relay's address, data directory and token as the settings give them; a bad one is a configuration error. */
export function loadAdminAccess(context: CliContext): AdminAccess {
  try {
    return readAdminAccess(settingsSource(context));
  } catch (error) {
    if (error instanceof ConfigError) throw configError(error.message);
    throw error;
  }
}

/** The admin token: the setting, else the development one the relay generated under the data directory. */
export function adminTokenOf(access: Pick<AdminAccess, 'adminToken' | 'dataDir'>): string {
  if (access.adminToken) return access.adminToken.reveal();
  const file = path.join(access.dataDir, DEV_SECRETS_FILE);
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { adminToken?: string };
    if (stored.adminToken) return stored.adminToken;
  }
  throw configError(
    'MLC_ADMIN_TOKEN is not set and the relay has generated no development token yet; set MLC_ADMIN_TOKEN (in the environment or .env).',
  );
}

export function relayUrl(access: Pick<AdminAccess, 'host' | 'port'>, args: ParsedArgs): string {
  const given = stringOption(args, 'url');
  if (given !== undefined) {
    try {
      return new URL(given).origin + new URL(given).pathname.replace(/\/+$/, '');
    } catch {
      throw configError(`--url: "${given}" is not an absolute URL such as http://127.0.0.1:8787`);
    }
  }
  const host = !access.host || access.host === '0.0.0.0' ? '127.0.0.1' : access.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${access.port}`;
}

export function createAdminClient(context: CliContext, args: ParsedArgs): AdminClient {
  const access = loadAdminAccess(context);
  const baseUrl = relayUrl(access, args);
  const token = adminTokenOf(access);

  async function fetchRelay(method: string, path: string, body?: unknown): Promise<Response> {
    try {
      return await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(60_000),
      });
    } catch {
      throw new CliError(
        `Cannot reach the relay at ${baseUrl}. Is it running (\`mlc serve\`)? Use --url to point elsewhere.`,
      );
    }
  }

  async function send(method: string, path: string, body?: unknown): Promise<Response> {
    const response = await fetchRelay(method, path, body);
    if (response.ok) return response;
    throw await failureOf(response);
  }

  async function failureOf(response: Response): Promise<CliError> {
    const text = await response.text();
    let message = text.slice(0, 300);
    try {
      const parsed = JSON.parse(text) as { error?: { code?: string; message?: string } };
      if (parsed.error?.message) message = `${parsed.error.message} (${parsed.error.code ?? 'error'})`;
    } catch {
      // not JSON: keep the text
    }
    if (response.status === 401) {
      return configError(`The relay at ${baseUrl} refused the admin token: set MLC_ADMIN_TOKEN to the relay's token.`);
    }
    return new CliError(`The relay answered ${response.status}: ${message}`);
  }

  return {
    baseUrl,
    async exchange<T>(method: string, path: string, body?: unknown) {
      const response = await fetchRelay(method, path, body);
      if (response.status === 401 || response.status >= 500) throw await failureOf(response);
      return { status: response.status, body: (await response.json().catch(() => null)) as T };
    },
    async request<T>(method: string, path: string, body?: unknown): Promise<T> {
      return (await (await send(method, path, body)).json()) as T;
    },
    async requestText(method: string, path: string): Promise<string> {
      return (await send(method, path)).text();
    },
  };
}
