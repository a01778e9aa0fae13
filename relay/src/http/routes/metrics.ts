import { Hono } from 'hono';
import type { RequestCounts } from '../../connections/request-counts';
import type { PaceStatus } from '../../procurify';
import type { Database } from '../../store/database';
import { eventTotals } from '../../store/inbox';
import { countByStatus } from '../../store/records';
import { pendingWritebacks } from '../../store/writeback-queue';
import type { AppEnv } from '../types';

/**
 * Prometheus text format: records per state, the backlog of sync-state writes, and since this
 * process started, events by what they did and outbound requests by system and kind.
 */
export function metricsRoutes(deps: {
  database: Database;
  requests?: { totals(): RequestCounts };
  procurifyPace?: () => PaceStatus;
}) {
  return new Hono<AppEnv>().get('/metrics', async (c) => {
    const counts = await countByStatus(deps.database.db);
    const writebacks = (await pendingWritebacks(deps.database)).length;
    const events = eventTotals(deps.database);
    const requests = deps.requests?.totals();
    const pace = deps.procurifyPace?.();
    const lines = [
      '# HELP mlc_records Records known to the relay, by sync state.',
      '# TYPE mlc_records gauge',
      ...Object.entries(counts).map(([status, count]) => `mlc_records{status="${status}"} ${count}`),
      '# HELP mlc_writebacks_pending Sync-state records waiting to be written to NetSuite.',
      '# TYPE mlc_writebacks_pending gauge',
      `mlc_writebacks_pending ${writebacks}`,
      '# HELP mlc_events_total Events received: applied (a new version), unchanged (same content, nothing to do), stale (older than the version known), duplicate (event id seen before).',
      '# TYPE mlc_events_total counter',
      ...Object.entries(events).map(
        ([disposition, count]) => `mlc_events_total{disposition="${disposition}"} ${count}`,
      ),
      ...(requests
        ? [
            '# HELP mlc_outbound_requests_total Requests made to NetSuite and Procurify: reads (GET, SuiteQL), writes, token requests.',
            '# TYPE mlc_outbound_requests_total counter',
            ...Object.entries(requests).flatMap(([system, kinds]) =>
              Object.entries(kinds).map(
                ([kind, count]) => `mlc_outbound_requests_total{system="${system}",kind="${kind}"} ${count}`,
              ),
            ),
          ]
        : []),
      ...(pace ? paceLines(pace) : []),
      '',
    ];
    return c.text(lines.join('\n'), 200, { 'content-type': 'text/plain; version=0.0.4' });
  });
}

/** The rate the Procurify connection keeps to: 0 while unpaced (no limit met and none configured). */
function paceLines(pace: PaceStatus): string[] {
  return [
    '# HELP mlc_procurify_pace_requests_per_second Requests per second the Procurify connection keeps to; 0 while unpaced.',
    '# TYPE mlc_procurify_pace_requests_per_second gauge',
    `mlc_procurify_pace_requests_per_second{source="${pace.learnt ? 'learnt' : pace.ceilingPerSecond === null ? 'none' : 'configured'}"} ${pace.ratePerSecond ?? 0}`,
    '# HELP mlc_procurify_throttled_total 429 answers from Procurify since this process started.',
    '# TYPE mlc_procurify_throttled_total counter',
    `mlc_procurify_throttled_total ${pace.throttled}`,
  ];
}
