// N/https: synchronous calls (10 units each) with `.promise` variants. Only https:// URLs; the
// host map redirects an https origin to a loopback http server. A non-2xx answer is returned, not
// thrown; transport failures throw SSS_* errors. `{custsecret_*}` placeholders in SecureStrings
// are filled from the account's API secrets. A client script may call a Suitelet by its
// domain-relative URL (url.resolveScript); that call is served in-process.
import type { Engine } from '../engine';
import { COSTS } from '../governance';
import { SuiteScriptError } from '../script-error';
import { resolveSecret } from './n-crypto';

export class SecureString {
  constructor(readonly template: string) {}
  appendString(options: { input: string }): this {
    (this as { template: string }).template += options.input;
    return this;
  }
  toString(): string {
    return '[SecureString]';
  }
}

export interface ClientResponse {
  code: number;
  headers: Record<string, string>;
  body: string;
}

export type SuiteletCaller = (
  url: string,
  method: string,
  body: string,
  headers: Record<string, string>,
) => ClientResponse;

interface RequestOptions {
  url: string;
  method?: string;
  body?: string | Record<string, unknown>;
  headers?: Record<string, string | SecureString>;
}

function formEncode(body: Record<string, unknown>): string {
  return new URLSearchParams(
    Object.entries(body).map(([key, value]): [string, string] => [key, String(value)]),
  ).toString();
}

export function createHttpsModule(engine: Engine, callSuitelet: SuiteletCaller) {
  const fill = (value: string | SecureString): string =>
    value instanceof SecureString
      ? value.template.replace(/\{(custsecret[a-zA-Z0-9_]{1,89})\}/g, (_, id: string) => resolveSecret(engine, id))
      : String(value);

  const request = (options: RequestOptions): ClientResponse => {
    const method = (options.method ?? 'GET').toUpperCase();
    const headers = Object.fromEntries(Object.entries(options.headers ?? {}).map(([key, value]) => [key, fill(value)]));
    const body =
      options.body === undefined || method === 'GET'
        ? null
        : typeof options.body === 'string'
          ? options.body
          : formEncode(options.body);
    if (typeof options.url === 'string' && options.url.startsWith('/app/site/hosting/scriptlet.nl')) {
      if (engine.current().kind !== 'client')
        throw new SuiteScriptError('SSS_INVALID_URL', 'A server script needs an absolute URL.');
      return callSuitelet(options.url, method, body ?? '', headers);
    }
    const match = /^https:\/\/([^/?#]+)(.*)$/i.exec(options.url ?? '');
    if (!match) throw new SuiteScriptError('SSS_INVALID_URL', `Invalid URL (only https:// is allowed): ${options.url}`);
    const origin = `https://${(match[1] as string).toLowerCase()}`;
    const target = `${engine.settings.hostMap[origin] ?? origin}${match[2] ?? ''}`;
    engine.charge(`https.${method.toLowerCase()}`, COSTS.https);
    const started = performance.now();
    const outcome = engine.http.request({
      method,
      url: target,
      headers,
      body,
      timeoutMs: engine.settings.httpTimeoutMs,
    });
    engine.current().meter.addTime(`https.${method.toLowerCase()}`, performance.now() - started);
    if (outcome.ok) return { code: outcome.status, headers: outcome.headers, body: outcome.body };
    switch (outcome.kind) {
      case 'timeout':
        throw new SuiteScriptError('SSS_REQUEST_TIME_EXCEEDED', `The host did not answer in time: ${origin}`);
      case 'unknown_host':
        throw new SuiteScriptError('SSS_UNKNOWN_HOST', `The host ${origin} could not be found.`);
      default:
        throw new SuiteScriptError('SSS_CONNECTION_CLOSED', `The connection to ${origin} failed: ${outcome.message}`);
    }
  };

  const verb = (method: string) => {
    const call = (options: RequestOptions) => request({ ...options, method });
    return Object.assign(call, { promise: (options: RequestOptions) => promised(() => call(options)) });
  };
  const promised = <T>(work: () => T): Promise<T> => new Promise((resolve) => resolve(work()));

  return {
    Method: { GET: 'GET', POST: 'POST', PUT: 'PUT', DELETE: 'DELETE', HEAD: 'HEAD', PATCH: 'PATCH' },
    get: verb('GET'),
    post: verb('POST'),
    put: verb('PUT'),
    delete: verb('DELETE'),
    request: Object.assign((options: RequestOptions) => request(options), {
      promise: (options: RequestOptions) => promised(() => request(options)),
    }),
    createSecureString: (options: { input: string }) => new SecureString(options.input),
  };
}
