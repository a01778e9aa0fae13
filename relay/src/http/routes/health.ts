import { Hono } from 'hono';
import { runChecks, type ReadinessCheck } from '../../health/readiness';
import type { AppEnv } from '../types';

/** `/healthz`: the process answers. `/readyz`: each dependency, by name, with the reason it is not ready. */
export function healthRoutes(checks: Record<string, ReadinessCheck>) {
  return new Hono<AppEnv>()
    .get('/healthz', (c) => c.json({ status: 'ok' }))
    .get('/readyz', async (c) => {
      const results = await runChecks(checks);
      const ready = Object.values(results).every((result) => result.ok);
      return c.json({ status: ready ? 'ready' : 'not_ready', checks: results }, ready ? 200 : 503);
    });
}
