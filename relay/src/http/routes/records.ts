import { Hono } from 'hono';
import { z } from 'zod';
import type { Database } from '../../store/database';
import { decodeCursor, getRecord, listRecords } from '../../store/records';
import { ApiError } from '../errors';
import { recordSummary, recordView } from '../record-view';
import type { SyncControl } from '../sync-control';
import type { AppEnv } from '../types';
import { parseQuery } from './query';
import { actorOf } from '../admin-user';

const listQuery = z.object({
  status: z.enum(['pending', 'synced', 'linked', 'needs_mapping', 'failed', 'skipped', 'deleted']).optional(),
  recordType: z.enum(['vendor', 'vendorbill', 'purchaseorder']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(500).optional(),
});

const replayBody = z.object({
  records: z
    .array(z.object({ recordType: z.enum(['vendor', 'vendorbill', 'purchaseorder']), recordId: z.string().max(100) }))
    .min(1)
    .max(500),
});

/** `/v1/records`: list, one record with its history, replay. */
export function recordRoutes(deps: { database: Database; sync?: SyncControl }) {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const query = parseQuery(listQuery, c.req.query());
    if (query.cursor && !decodeCursor(query.cursor)) {
      throw new ApiError('validation_failed', 'cursor: is not a cursor this API gave out', { field: 'cursor' });
    }
    const page = await listRecords(deps.database.db, query);
    return c.json({ items: page.items.map(recordSummary), nextCursor: page.nextCursor });
  });

  app.get('/:recordType/:recordId', async (c) => {
    const row = await getRecord(deps.database.db, c.req.param());
    if (!row) throw notFound(c.req.param());
    return c.json(await recordView(deps.database.db, row));
  });

  // Replay reads the record from NetSuite again and refreshes the Procurify data its last problem
  // depended on before queueing it; the answer says where the replayed version came from.
  app.post('/replay', async (c) => {
    const body = replayBody.safeParse(await c.req.json().catch(() => undefined));
    if (!body.success)
      throw new ApiError(
        'validation_failed',
        'Send {"records": [{"recordType": "vendorbill", "recordId": "1002"}, …]} (1 to 500).',
      );
    return c.json(await sync().replay(body.data.records, actorOf(c)), 202);
  });

  app.post('/:recordType/:recordId/replay', async (c) => {
    const key = c.req.param();
    if (!(await getRecord(deps.database.db, key))) throw notFound(key);
    const [replayed] = (await sync().replay([key], actorOf(c))).records;
    if (!replayed?.queued) throw new ApiError('conflict', replayed?.note ?? 'Not replayed.');
    return c.json(replayed, 202);
  });

  function sync(): SyncControl {
    if (!deps.sync)
      throw new ApiError('not_ready', 'Procurify is not configured on this relay, so nothing can be replayed yet.');
    return deps.sync;
  }
  return app;
}

function notFound(key: { recordType: string; recordId: string }): ApiError {
  return new ApiError('record_not_found', `No ${key.recordType} ${key.recordId} is known to the relay.`);
}
