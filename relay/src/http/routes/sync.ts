import { Hono } from 'hono';
import { z } from 'zod';
import { BackfillConflictError, type Poller } from '../../poller';
import { ApiError } from '../errors';
import type { AppEnv } from '../types';
import { actorOf } from '../admin-user';

const backfillBody = z.strictObject({
  since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'),
  dryRun: z.boolean().optional(),
});

/** `POST /v1/sync/poll`, `POST /v1/sync/backfill {"since"}`, `GET /v1/sync/backfill` (progress). */
export function syncRoutes(deps: { poller?: Poller }) {
  const poller = () => {
    if (!deps.poller)
      throw new ApiError('not_ready', 'No NetSuite connection is configured, so there is nothing to poll.');
    return deps.poller;
  };
  return new Hono<AppEnv>()
    .post('/poll', async (c) => c.json({ polled: await poller().pollOnce() }))
    .post('/backfill', async (c) => {
      const body = backfillBody.safeParse(await c.req.json().catch(() => undefined));
      if (!body.success || Number.isNaN(Date.parse(`${body.data.since}T00:00:00Z`))) {
        throw new ApiError('validation_failed', 'Send {"since": "YYYY-MM-DD"}, a real calendar date.');
      }
      try {
        const run = await poller().backfill.start({ ...body.data, requestedBy: actorOf(c) });
        return c.json({ backfill: run }, 202);
      } catch (error) {
        if (error instanceof BackfillConflictError)
          throw new ApiError('conflict', error.message, { backfill: error.running });
        throw error;
      }
    })
    .get('/backfill', async (c) => c.json({ backfill: await poller().backfill.progress() }));
}
