import { Hono } from 'hono';
import { chooseSubsidiary, parsePeriod, PeriodError } from '../../reconcile';
import type { ReconcileServices } from '../../reconcile/services';
import { ApiError } from '../errors';
import type { AppEnv } from '../types';

/**
 * `GET /v1/reconciliation?period=2026-10[&subsidiary=1 | &subsidiary=Name]`: the month-end report as
 * JSON (money in cents; without a period, for the latest month with bills); `GET /v1/reconciliation/subsidiaries`: the subsidiaries it can be limited to.
 */
export function reconciliationRoutes(deps: { reconciliation?: ReconcileServices }) {
  return new Hono<AppEnv>()
    .get('/subsidiaries', async (c) => {
      const subsidiaries = (await deps.reconciliation?.subsidiaries()) ?? [];
      return c.json({ subsidiaries });
    })
    .get('/', async (c) => {
      const services = deps.reconciliation;
      const reconcile = services?.reconcile;
      if (!reconcile) {
        throw new ApiError(
          'not_ready',
          'Reconciliation needs both the NetSuite and the Procurify connection configured.',
        );
      }
      // No period: the latest month with bills, as the page opens on.
      const periodText = c.req.query('period') ?? (await services.defaultPeriod?.())?.label;
      if (!periodText)
        throw new ApiError('validation_failed', 'Say which period: ?period=2026-10 or ?period=2026-10-01..2026-10-15.');
      const subsidiaryText = c.req.query('subsidiary')?.trim();
      let subsidiaryId: string | undefined;
      if (subsidiaryText) {
        // An internal id or a name; unknown, the answer lists the valid names.
        const choice = chooseSubsidiary(subsidiaryText, await services.subsidiaries());
        if (!choice.ok) throw new ApiError('validation_failed', choice.problem, { field: 'subsidiary' });
        subsidiaryId = choice.subsidiary.id;
      }
      try {
        const period = parsePeriod(periodText);
        return c.json(await reconcile(period, { subsidiaryId }));
      } catch (error) {
        if (error instanceof PeriodError) throw new ApiError('validation_failed', error.message);
        throw error;
      }
    });
}
