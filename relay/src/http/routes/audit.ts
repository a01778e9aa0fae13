import { Hono } from 'hono';
import { z } from 'zod';
import { listAudit, verifyAudit } from '../../store/audit-store';
import type { Database } from '../../store/database';
import type { AppEnv } from '../types';
import { parseQuery } from './query';

const listQuery = z.object({
  recordType: z.string().max(40).optional(),
  recordId: z.string().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.coerce.number().int().min(1).optional(),
});

/** `/v1/audit`: entries newest first, and the chain check. */
export function auditRoutes(deps: { database: Database }) {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const query = parseQuery(listQuery, c.req.query());
      const items = await listAudit(deps.database.db, { ...query, beforeId: query.before });
      return c.json({ items, nextBefore: items.length === query.limit ? items.at(-1)?.id : null });
    })
    .get('/verify', async (c) => c.json(await verifyAudit(deps.database.db)));
}
