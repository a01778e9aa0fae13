import type { Context } from 'hono';
import type { SimClock } from './clock';
import type { FaultRegistry } from './faults';
import type { LoggedRequest } from './request-log';
import type { SimState } from './state';
import type { TokenStore } from './tokens';

/** Behaviour switches. Where Procurify's sources are silent, the default is the harshest plausible one. */
export interface SimSettings {
  clientId: string;
  clientSecret: string;
  /** Subdomain used in the token's scope (`urn:procurify-api:domain:<domain>`). */
  domain: string;
  tokenTtlSeconds: number;
  /** Silent in the docs: the default rejects an API call without `X-Procurify-Client: api` (403). */
  requireClientHeader: boolean;
  defaultPageSize: number;
  /** Unknown in reality; page_size above it is clamped, as DRF does. */
  maxPageSize: number;
  /** Validate requests to documented operations against the OpenAPI spec (400 on failure). */
  validateRequests: boolean;
  /** The undocumented v2 draft-bill write flow (docs/reference/procurify-api.md "Bill writes (undocumented)"). When off, its routes answer `billWriteRefusalStatus`. */
  billWriteEnabled: boolean;
  billWriteRefusalStatus: 403 | 405;
  /** "Get list of all active vendors": the plain list hides inactive vendors unless this is on (`/all/` shows them). */
  vendorListIncludesInactive: boolean;
  /** Unknown in reality: by default duplicate `external_id`s are accepted, so clients must guard themselves. */
  uniqueVendorExternalId: boolean;
  /** Absolute base for next/previous links; defaults to the request's own origin. */
  publicBaseUrl: string | undefined;
  /**
   * A sustained limit of API requests per wall-clock second; null for none. Never announced in advance
   * (Procurify publishes no figure and sends no rate-limit headers): a client learns it from the 429s.
   */
  rateLimitPerSecond: number | null;
  /** Whether a 429 of that limit carries `Retry-After` (DRF's throttle sends it; a proxy in front may not). */
  rateLimitRetryAfter: boolean;
  /**
   * An approver who approves every bill as it is submitted (1 → Approved, 2), as `POST /__sim/bills/approve`
   * does on request. Off by default: bills wait for approval, as in Procurify. The demo turns it on.
   */
  approveSubmittedBills: boolean;
}

export const DEFAULT_SETTINGS: SimSettings = {
  clientId: 'sim-client-id',
  clientSecret: 'sim-client-secret',
  domain: 'sim',
  tokenTtlSeconds: 86_400,
  requireClientHeader: true,
  defaultPageSize: 10,
  maxPageSize: 100,
  validateRequests: true,
  billWriteEnabled: true,
  billWriteRefusalStatus: 405,
  vendorListIncludesInactive: false,
  uniqueVendorExternalId: false,
  publicBaseUrl: undefined,
  rateLimitPerSecond: null,
  rateLimitRetryAfter: true,
  approveSubmittedBills: false,
};

export interface SimContext {
  state: SimState;
  clock: SimClock;
  tokens: TokenStore;
  faults: FaultRegistry;
  requests: LoggedRequest[];
  settings: SimSettings;
  /** Resolvers of requests held by a `hang` fault. */
  hangs: Set<() => void>;
}

export type SimEnv = {
  Variables: { body: unknown; logEntry: LoggedRequest | undefined; dropAfterCommit: boolean };
};

export type SimHonoContext = Context<SimEnv>;

export function requestUrl(c: SimHonoContext, settings: SimSettings): string {
  if (!settings.publicBaseUrl) return c.req.url;
  const url = new URL(c.req.url);
  return new URL(url.pathname + url.search, settings.publicBaseUrl).toString();
}
