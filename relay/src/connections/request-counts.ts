import type { RequestRecord } from '../transport/request-record';
import { isTokenRequest } from './connection-health';

export type RequestKind = 'read' | 'write' | 'token';
export type RequestCounts = Record<'procurify' | 'netsuite', Record<RequestKind, number>>;

/** Reads change nothing remote (SuiteQL is a POST that only reads); writes do. */
export function requestKind(request: Pick<RequestRecord, 'system' | 'method' | 'path'>): RequestKind {
  if (isTokenRequest(request)) return 'token';
  if (request.method === 'GET') return 'read';
  if (request.system === 'netsuite' && request.path.startsWith('/services/rest/query/')) return 'read';
  return 'write';
}

/**
 * Outbound requests this process made since it started, by system and kind (Prometheus counters):
 * an operator sees at a glance that an idle relay only reads.
 */
export function createRequestCounts() {
  const counts: RequestCounts = {
    procurify: { read: 0, write: 0, token: 0 },
    netsuite: { read: 0, write: 0, token: 0 },
  };
  return {
    record(request: RequestRecord): void {
      counts[request.system][requestKind(request)] += 1;
    },
    totals(): RequestCounts {
      return { procurify: { ...counts.procurify }, netsuite: { ...counts.netsuite } };
    },
  };
}
