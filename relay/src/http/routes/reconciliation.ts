import { Hono } from 'hono';
import { parsePeriod, PeriodError } from '../../reconcile';
import type { ReconcileServices } from '../../reconcile/services';
import { ApiError } from '../errors';
import type { AppEnv } from '../types';

/** `GET /v1/reconciliation?period=2026-10[&subsidiary=1]`: the month-end report as JSON (money in cents). */
export function reconciliationRoutes(deps: { reconciliation?: ReconcileServices }) {
  return new Hono<AppEnv>().get('/', async (c) => {
    const reconcile = deps.reconciliation?.reconcile;
    if (!reconcile) {
      throw new ApiError(
        'not_ready',
        'Reconciliation needs both the NetSuite and the Procurify connection configured.',
      );
    }
    const periodText = c.req.query('period');
    if (!periodText)
      throw new ApiError('validation_failed', 'Say which period: ?period=2026-10 or ?period=2026-10-01..2026-10-15.');
    const subsidiary = c.req.query('subsidiary');
    if (subsidiary !== undefined && !/^\d+$/.test(subsidiary)) {
      throw new ApiError('validation_failed', 'subsidiary is a NetSuite internal id (digits).');
    }
    try {
      const period = parsePeriod(periodText);
      return c.json(await reconcile(period, { subsidiaryId: subsidiary }));
    } catch (error) {
      if (error instanceof PeriodError) throw new ApiError('validation_failed', error.message);
      throw error;
    }
  });
}
