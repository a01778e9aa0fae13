import { Hono } from 'hono';
import { requestId } from 'hono/request-id';
import type { Config } from './config';
import type { ReadinessCheck } from './health/readiness';
import type { SystemHealth } from './connections/connection-health';
import { accessLog } from './http/middleware/access-log';
import { closeConnectionsWhile } from './http/middleware/connection-close';
import { requireAdminToken } from './http/middleware/admin-auth';
import { onError, onNotFound } from './http/on-error';
import { adminPages } from './http/pages';
import { auditRoutes } from './http/routes/audit';
import { healthRoutes } from './http/routes/health';
import { mappingRoutes } from './http/routes/mappings';
import { metricsRoutes } from './http/routes/metrics';
import { netsuiteRoutes } from './http/routes/netsuite';
import { previewRoutes } from './http/routes/preview';
import { reconciliationRoutes } from './http/routes/reconciliation';
import { recordRoutes } from './http/routes/records';
import { referenceRoutes } from './http/routes/reference';
import { syncRoutes } from './http/routes/sync';
import { userRoutes } from './http/routes/users';
import { createFailureThrottle } from './http/failure-throttle';
import type { SyncControl } from './http/sync-control';
import type { AppEnv } from './http/types';
import type { Logger } from './log/logger';
import type { Poller, PollerStatus } from './poller';
import type { PollStatus } from './http/pages';
import type { ReconcileServices } from './reconcile/services';
import type { Database } from './store/database';
import type { RequestCounts } from './connections/request-counts';
import type { PaceStatus } from './procurify';
import type { ReferenceCache } from './sync/reference-cache';
import { systemClock, type Clock } from './time/clock';

export interface AppDeps {
  database: Database;
  logger: Logger;
  readiness: Record<string, ReadinessCheck>;
  references: ReferenceCache;
  /** The background work; absent while no Procurify connection is configured. */
  sync?: SyncControl;
  /** The SuiteQL poller and backfill; absent while no NetSuite connection is configured. */
  poller?: Poller;
  /** Secret values the admin pages redact from the values a record sent (the audit redacts its own). */
  secrets?: readonly string[];
  /** The relay's clock; the system clock unless a simulation gives the relay its own. */
  clock?: Clock;
  /** Outbound requests by system and kind, for /metrics. */
  requests?: { totals(): RequestCounts };
  /** The pace of the Procurify connection (learnt from 429s), for /metrics and the dashboard. */
  procurifyPace?: () => PaceStatus;
  /** What the relay has seen of each connection, for the admin dashboard. */
  health?: { get(system: 'procurify' | 'netsuite'): SystemHealth };
  /** Month-end reconciliation and record previews (dry runs). */
  reconciliation?: ReconcileServices;
  /** True once the relay drains before stopping: every answer then closes its connection. */
  stopping?: () => boolean;
}

function pollStatus(status: PollerStatus): PollStatus {
  const found =
    status.lastAccepted === null
      ? undefined
      : status.lastAccepted === 0
        ? 'nothing new'
        : `${status.lastAccepted} new version${status.lastAccepted === 1 ? '' : 's'}`;
  return {
    lastPollAt: status.lastPollAt,
    summary: found,
    intervalMs: status.intervalMs,
    nextPollAt: status.nextPollAt,
  };
}

/** Builds the relay's HTTP app. No environment reads and no I/O here: everything comes in through config and deps. */
export function createApp(config: Config, deps: AppDeps) {
  const secrets = deps.secrets ?? [];
  const now = (deps.clock ?? systemClock).now;
  const app = new Hono<AppEnv>();
  app.use(requestId());
  app.use(accessLog(deps.logger));
  if (deps.stopping) app.use(closeConnectionsWhile(deps.stopping));
  app.route('/', healthRoutes(deps.readiness));
  app.route('/', metricsRoutes(deps));
  // Signed by the SuiteApp, not by the admin token.
  app.route('/v1/netsuite', netsuiteRoutes(config, { ...deps, now }));

  // Wrong admin tokens and sign-ins from one address share one throttle.
  const throttle = createFailureThrottle({ now });
  const admin = new Hono<AppEnv>();
  admin.use('*', requireAdminToken(config.adminToken, { database: deps.database, throttle }));
  admin.route('/records', recordRoutes(deps));
  admin.route('/records', previewRoutes(deps));
  admin.route('/reconciliation', reconciliationRoutes(deps));
  admin.route('/mappings', mappingRoutes({ ...deps, accountId: config.netsuite.accountId ?? '' }));
  admin.route('/audit', auditRoutes(deps));
  admin.route('/reference', referenceRoutes(deps));
  admin.route('/sync', syncRoutes(deps));
  admin.route('/users', userRoutes({ database: deps.database }));
  app.route('/v1', admin);
  // Server-rendered admin pages: a session cookie from the admin token, CSRF tokens on every form.
  const lastPoll = deps.poller && (async () => pollStatus(deps.poller!.status()));
  app.route(
    '/admin/',
    adminPages(config, { ...deps, now, secrets, lastPoll, throttle, accountId: config.netsuite.accountId ?? '' }),
  );
  app.get('/admin', (c) => c.redirect('/admin/', 301));

  app.onError(onError);
  app.notFound(onNotFound);
  return app;
}

export type App = ReturnType<typeof createApp>;
