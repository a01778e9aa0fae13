import type { Config } from '../config';
import type { ParsedArgs } from './command';
import { stringOption } from './command';
import { CliError, configError } from './errors';
import { adminTokenOf } from './settings';

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

export function relayUrl(config: Config, args: ParsedArgs): string {
  const given = stringOption(args, 'url');
  if (given !== undefined) {
    try {
      return new URL(given).origin + new URL(given).pathname.replace(/\/+$/, '');
    } catch {
      throw configError(`--url: "${given}" is not an absolute URL such as http://127.0.0.1:8787`);
    }
  }
  const host = !config.http.host || config.http.host === '0.0.0.0' ? '127.0.0.1' : config.http.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${config.http.port}`;
}

export function createAdminClient(config: Config, args: ParsedArgs): AdminClient {
  const baseUrl = relayUrl(config, args);
  const token = adminTokenOf(config);

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
