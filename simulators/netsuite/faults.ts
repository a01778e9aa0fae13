// Switchable misbehaviour for tests and benchmarks: latency per kind of request and bursts of 5xx.

export type RouteKind = 'token' | 'suiteql' | 'record' | 'system' | 'other';
export type FailureStatus = 500 | 502 | 503;

export interface LatencySettings {
  token: number;
  suiteql: number;
  record: number;
  system: number;
  other: number;
}

export interface FailureBurst {
  remaining: number;
  status: FailureStatus;
  route: RouteKind | 'any';
}

export function routeKind(path: string): RouteKind {
  if (path === '/services/rest/auth/oauth2/v1/token') return 'token';
  if (path.startsWith('/services/rest/query/v1/suiteql')) return 'suiteql';
  if (path.startsWith('/services/rest/record/v1/')) return 'record';
  if (path.startsWith('/services/rest/system/v1/')) return 'system';
  return 'other';
}

export class Faults {
  latency: LatencySettings = { token: 0, suiteql: 0, record: 0, system: 0, other: 0 };
  private bursts: FailureBurst[] = [];

  setLatency(changes: Partial<LatencySettings>): void {
    for (const [kind, ms] of Object.entries(changes)) {
      if (!(kind in this.latency)) throw new Error(`unknown latency kind '${kind}'`);
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0)
        throw new Error(`latency for ${kind} must be a number of ms >= 0`);
    }
    this.latency = { ...this.latency, ...changes };
  }

  /** The next `count` matching requests answer `status`. */
  failNext(count: number, options: { status?: FailureStatus; route?: RouteKind | 'any' } = {}): void {
    if (!Number.isInteger(count) || count < 1) throw new Error('count must be a positive integer');
    const status = options.status ?? 503;
    if (![500, 502, 503].includes(status)) throw new Error('status must be 500, 502 or 503');
    this.bursts.push({ remaining: count, status, route: options.route ?? 'any' });
  }

  /** Consumes one failure for this request, if one is pending. */
  takeFailure(kind: RouteKind): FailureStatus | null {
    const burst = this.bursts.find(
      (candidate) => candidate.remaining > 0 && (candidate.route === 'any' || candidate.route === kind),
    );
    if (!burst) return null;
    burst.remaining--;
    this.bursts = this.bursts.filter((candidate) => candidate.remaining > 0);
    return burst.status;
  }

  pending(): readonly FailureBurst[] {
    return this.bursts;
  }

  clear(): void {
    this.bursts = [];
    this.latency = { token: 0, suiteql: 0, record: 0, system: 0, other: 0 };
  }
}
