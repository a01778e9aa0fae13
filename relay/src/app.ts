import { Hono } from 'hono';
import { requestId } from 'hono/request-id';
import type { Config } from './config';
import type { ReadinessCheck } from './health/readiness';
import { accessLog } from './http/middleware/access-log';
import { onError, onNotFound } from './http/on-error';
import { healthRoutes } from './http/routes/health';
import type { AppEnv } from './http/types';
import type { Logger } from './log/logger';
import type { Database } from './store/database';

export interface AppDeps {
  database: Database;
  logger: Logger;
  readiness: Record<string, ReadinessCheck>;
}

/** Builds the relay's HTTP app. No environment reads and no I/O here: everything comes in through config and deps. */
export function createApp(_config: Config, deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use(requestId());
  app.use(accessLog(deps.logger));
  app.route('/', healthRoutes(deps.readiness));
  app.onError(onError);
  app.notFound(onNotFound);
  return app;
}

export type App = ReturnType<typeof createApp>;
