import { NETSUITE_AUTH_FAILED } from '../transport/classify-failure';
import type { RequestRecord } from '../transport/request-record';
import type { Clock } from '../time/clock';

export interface SystemHealth {
  lastSuccessAt: string | null;
  lastFailureAt: string | null;
  /** Why the last call failed, when it did (never a secret: status and error names only). */
  lastFailure: string | null;
  /**
   * The credentials were refused: on the last token request, or (NetSuite) by a 401 that survived the
   * client's token refresh. Cleared by the next success of the same kind, or any request that works.
   */
  credentialsRefused: boolean;
  /** What the refusal is reported as, while it lasts (`netsuite_auth_failed` for NetSuite). */
  refusalCode: string | null;
}

/**
 * What the relay has seen of each connection, fed by every request record: the dashboard's token
 * health and the readiness check read it without making calls of their own.
 */
export function createConnectionHealth(clock: Clock) {
  const state: Record<'procurify' | 'netsuite', SystemHealth> = {
    procurify: empty(),
    netsuite: empty(),
  };
  /** Whether the standing refusal came from a token request (a token success then ends it). */
  const refusedAtToken = { procurify: false, netsuite: false };
  return {
    record(request: RequestRecord): void {
      const health = state[request.system];
      const at = new Date(clock.now()).toISOString();
      const isToken = isTokenRequest(request);
      if (request.status !== undefined && request.status < 400) {
        health.lastSuccessAt = at;
        if (!isToken || refusedAtToken[request.system]) {
          health.credentialsRefused = false;
          health.refusalCode = null;
        }
        return;
      }
      health.lastFailureAt = at;
      health.lastFailure = request.status
        ? `HTTP ${request.status} on ${request.method} ${request.path}`
        : (request.error ?? 'no answer');
      const refusedToken = isToken && (request.status === 400 || request.status === 401);
      // A NetSuite 401 on the retry after a fresh token: the credentials or the role no longer work.
      const refusedAfterRefresh = request.system === 'netsuite' && request.status === 401 && request.attempt > 1;
      if (refusedToken || refusedAfterRefresh) {
        health.credentialsRefused = true;
        health.refusalCode = request.system === 'netsuite' ? NETSUITE_AUTH_FAILED : null;
        refusedAtToken[request.system] = refusedToken;
      }
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
  return { lastSuccessAt: null, lastFailureAt: null, lastFailure: null, credentialsRefused: false, refusalCode: null };
}
