import { Hono } from 'hono';
import type { Database } from '../../store/database';
import { countByStatus } from '../../store/records';
import { pendingWritebacks } from '../../store/writeback-queue';
import type { AppEnv } from '../types';

/** Prometheus text format: records per state and the writeback backlog. */
export function metricsRoutes(deps: { database: Database }) {
  return new Hono<AppEnv>().get('/metrics', async (c) => {
    const counts = await countByStatus(deps.database.db);
    const writebacks = (await pendingWritebacks(deps.database)).length;
    const lines = [
      '# HELP mlc_records Records known to the relay, by sync state.',
      '# TYPE mlc_records gauge',
      ...Object.entries(counts).map(([status, count]) => `mlc_records{status="${status}"} ${count}`),
      '# HELP mlc_writebacks_pending Writebacks to NetSuite not yet sent.',
      '# TYPE mlc_writebacks_pending gauge',
      `mlc_writebacks_pending ${writebacks}`,
      '',
    ];
    return c.text(lines.join('\n'), 200, { 'content-type': 'text/plain; version=0.0.4' });
  });
}
