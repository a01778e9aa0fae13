import type { RequestRecord } from '../retry/request-record';

export interface SystemHealth {
  lastSuccessAt: string | null;
  lastFailureAt: string | null;
  /** Why the last call failed, when it did (never a secret: status and error names only). */
  lastFailure: string | null;
  /** The credentials were refused on the last token request. */
  credentialsRefused: boolean;
}

/**
 * What the relay has seen of each connection, fed by every request record: the dashboard's token
 * health and the readiness check read it without making calls of their own.
 */
export function createConnectionHealth(now: () => number = Date.now) {
  const state: Record<'procurify' | 'netsuite', SystemHealth> = {
    procurify: empty(),
    netsuite: empty(),
  };
  return {
    record(request: RequestRecord): void {
      const health = state[request.system];
      const at = new Date(now()).toISOString();
      const isToken = isTokenRequest(request);
      if (request.status !== undefined && request.status < 400) {
        health.lastSuccessAt = at;
        if (isToken) health.credentialsRefused = false;
        return;
      }
      health.lastFailureAt = at;
      health.lastFailure = request.status
        ? `HTTP ${request.status} on ${request.method} ${request.path}`
        : (request.error ?? 'no answer');
      if (isToken && (request.status === 400 || request.status === 401)) health.credentialsRefused = true;
    },
    get(system: 'procurify' | 'netsuite'): SystemHealth {
      return { ...state[system] };
    },
  };
}

export type ConnectionHealth = ReturnType<typeof createConnectionHealth>;

/** A token request of either system (NetSuite's M2M token, Procurify's client-credentials token). */
export function isTokenRequest(request: Pick<RequestRecord, 'path'>): boolean {
  return /oauth2?\/(v1\/)?token$|\/oauth\/token$/.test(request.path);
}

function empty(): SystemHealth {
  return { lastSuccessAt: null, lastFailureAt: null, lastFailure: null, credentialsRefused: false };
}
