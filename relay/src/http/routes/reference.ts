import { Hono } from 'hono';
import { ApiError } from '../errors';
import type { SyncControl } from '../sync-control';
import type { AppEnv } from '../types';
import { actorOf } from '../admin-user';

/** `POST /v1/reference/refresh`: reload both systems' reference data now and re-check waiting records. */
export function referenceRoutes(deps: { sync?: SyncControl }) {
  return new Hono<AppEnv>().post('/refresh', async (c) => {
    if (!deps.sync) throw new ApiError('not_ready', 'No connection is configured, so there is nothing to refresh.');
    const counts = await deps.sync.refreshReference(actorOf(c));
    return c.json({ refreshed: counts });
  });
}
