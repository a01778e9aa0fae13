import type { MiddlewareHandler } from 'hono';
import { setTimeout as sleep } from 'node:timers/promises';
import { routeKind } from '../faults';
import { invalidLogin, nsError } from '../rest/ns-error';
import type { SimEnv, SimulatorState } from '../simulator';

/** Records method, path, SuiteQL text and status of every REST request. */
export function logRequests(state: SimulatorState): MiddlewareHandler<SimEnv> {
  return async (c, next) => {
    const url = new URL(c.req.url);
    const started = performance.now();
    const entry = {
      at: state.clock.now(),
      method: c.req.method,
      path: url.pathname,
      search: url.search.slice(1),
      kind: routeKind(url.pathname),
      status: 0,
      durationMs: 0,
    };
    c.set('logEntry', entry);
    await next();
    entry.status = c.res.status;
    entry.durationMs = Math.round(performance.now() - started);
    state.requests.add(entry);
  };
}

/**
 * The account concurrency limit, shared by every REST call (the token endpoint aside). A request
 * over the limit is refused at once with 429; the body shape is UNVERIFIED (docs/reference/netsuite-api.md "Concurrency").
 */
export function limitConcurrency(state: SimulatorState): MiddlewareHandler<SimEnv> {
  return async (c, next) => {
    if (c.get('logEntry').kind === 'token') return next();
    if (state.inFlight >= state.settings.concurrencyLimit) {
      return nsError(c, 429, {
        detail: `The request exceeds the account concurrency limit of ${state.settings.concurrencyLimit} (simulated; NetSuite's exact text is unverified).`,
        'o:errorCode': 'CONCURRENCY_LIMIT_EXCEEDED',
      });
    }
    state.inFlight++;
    try {
      await next();
    } finally {
      state.inFlight--;
    }
  };
}

/** Injected latency (real time) and 5xx bursts. */
export function injectFaults(state: SimulatorState): MiddlewareHandler<SimEnv> {
  return async (c, next) => {
    const kind = c.get('logEntry').kind;
    const delay = state.faults.latency[kind];
    if (delay > 0) await sleep(delay);
    const status = state.faults.takeFailure(kind);
    if (status !== null) {
      return nsError(c, status, {
        detail: 'An unexpected error occurred (injected by the simulator).',
        'o:errorCode': status === 503 ? 'SERVICE_UNAVAILABLE' : 'UNEXPECTED_ERROR',
      });
    }
    return next();
  };
}

/** Every REST call but the token endpoint needs a live bearer token. */
export function requireBearer(state: SimulatorState): MiddlewareHandler<SimEnv> {
  return async (c, next) => {
    const match = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
    if (!match?.[1] || !state.auth.checkToken(match[1], state.clock.now())) return invalidLogin(c);
    return next();
  };
}
