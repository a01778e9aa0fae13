import { Hono } from 'hono';
import { RecordNotFoundError } from '../../reconcile/preview-record';
import type { ReconcileServices } from '../../reconcile/services';
import { ApiError } from '../errors';
import type { AppEnv } from '../types';

/**
 * `GET /v1/records/{type}/{id}/preview`: the dry run of a replay, the requests it would send to
 * Procurify and the field-by-field diff, with nothing written. A GET because it changes nothing.
 */
export function previewRoutes(deps: { reconciliation?: ReconcileServices }) {
  return new Hono<AppEnv>().get('/:recordType/:recordId/preview', async (c) => {
    const preview = deps.reconciliation?.preview;
    if (!preview) throw new ApiError('not_ready', 'A preview needs the Procurify connection configured.');
    try {
      return c.json(await preview({ recordType: c.req.param('recordType'), recordId: c.req.param('recordId') }));
    } catch (error) {
      if (error instanceof RecordNotFoundError) throw new ApiError('record_not_found', error.message);
      throw error;
    }
  });
}
