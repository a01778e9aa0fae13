import type { MiddlewareHandler } from 'hono';
import type { SimContext, SimEnv } from './context';
import { fieldErrors, ProcurifyError } from './errors';
import { validateRequest } from './openapi';
import { queryRecord, redactBody, type LoggedRequest } from './request-log';

// The request pipeline in Procurify's (DRF's) order: faults first (they model the edge), then
// authentication, the client header, body parsing and validation, then the view.

type Middleware = MiddlewareHandler<SimEnv>;

export function recordRequests(sim: SimContext): Middleware {
  return async (c, next) => {
    const url = new URL(c.req.url);
    const text = ['GET', 'HEAD'].includes(c.req.method) ? '' : await c.req.text();
    const parsed = parseJson(text);
    const entry: LoggedRequest = {
      method: c.req.method,
      path: url.pathname,
      query: queryRecord(url.searchParams),
      body: redactBody(parsed.ok ? parsed.value : text),
      status: null,
      outcome: 'pending',
      time: new Date(sim.clock.now()).toISOString(),
    };
    sim.requests.push(entry);
    c.set('logEntry', entry);
    c.set('body', parsed.ok ? parsed.value : new JsonParseFailure(parsed.message));
    await next();
    if (entry.outcome === 'pending') {
      entry.status = c.res.status;
      entry.outcome = 'answered';
    }
  };
}

export class JsonParseFailure {
  constructor(readonly message: string) {}
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

export function applyFaults(sim: SimContext): Middleware {
  return async (c, next) => {
    const rules = sim.faults.take(c.req.method, new URL(c.req.url).pathname);
    for (const rule of rules) {
      if (rule.kind === 'latency') await new Promise((resolve) => setTimeout(resolve, rule.ms));
    }
    for (const rule of rules) {
      if (rule.kind === 'hang') await new Promise<void>((resolve) => sim.hangs.add(resolve));
      if (rule.kind === 'rate_limit') {
        const seconds = rule.retryAfterSeconds === undefined ? 30 : rule.retryAfterSeconds;
        const detail =
          seconds === null
            ? 'Request was throttled.'
            : `Request was throttled. Expected available in ${seconds} seconds.`;
        throw new ProcurifyError(429, { detail }, seconds === null ? {} : { 'Retry-After': String(seconds) });
      }
      if (rule.kind === 'server_error') {
        const status = rule.status ?? 503;
        throw new ProcurifyError(status, {
          detail: status === 503 ? 'Service temporarily unavailable.' : 'A server error occurred.',
        });
      }
    }
    c.set(
      'dropAfterCommit',
      rules.some((rule) => rule.kind === 'drop_after_commit'),
    );
    await next();
    if (c.get('dropAfterCommit'))
      dropConnection(c.env as { incoming?: { socket?: { destroy(): void } } }, c.get('logEntry'));
  };
}

// The write has been applied; the client never hears about it. Outside a real server (app.request)
// there is no socket, so the answer is replaced by an empty 599 marker instead.
function dropConnection(
  env: { incoming?: { socket?: { destroy(): void } } } | undefined,
  entry: LoggedRequest | undefined,
): void {
  if (entry) {
    entry.outcome = 'dropped';
    entry.status = null;
  }
  env?.incoming?.socket?.destroy();
}

export function authenticate(sim: SimContext): Middleware {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match)
      throw new ProcurifyError(
        401,
        { detail: 'Authentication credentials were not provided.' },
        { 'WWW-Authenticate': 'Bearer realm="api"' },
      );
    const check = sim.tokens.check(match[1] as string);
    if (!check.ok) {
      const detail = check.reason === 'expired' ? 'Token has expired.' : 'Invalid token.';
      throw new ProcurifyError(401, { detail }, { 'WWW-Authenticate': 'Bearer realm="api", error="invalid_token"' });
    }
    if (sim.settings.requireClientHeader && c.req.header('x-procurify-client') !== 'api') {
      throw new ProcurifyError(403, { detail: 'You do not have permission to perform this action.' });
    }
    await next();
  };
}

export function validateAgainstSpec(sim: SimContext): Middleware {
  return async (c, next) => {
    const body = c.get('body');
    if (body instanceof JsonParseFailure)
      throw new ProcurifyError(400, { detail: `JSON parse error - ${body.message}` });
    if (sim.settings.validateRequests) {
      const url = new URL(c.req.url);
      const result = validateRequest(
        c.req.method,
        url.pathname,
        body ?? (c.req.method === 'GET' ? undefined : {}),
        url.searchParams,
      );
      if (!result.ok) {
        const entry = c.get('logEntry');
        if (entry) entry.validationErrors = result.errors;
        throw fieldErrors(result.errors);
      }
    }
    await next();
  };
}
