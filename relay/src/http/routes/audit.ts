import { Hono } from 'hono';
import { z } from 'zod';
import { AUDIT_ACTIONS } from '../../audit/actions';
import { listAudit, verifyAudit } from '../../store/audit-store';
import { auditAnchor } from '../../store/audit-verify';
import type { Database } from '../../store/database';
import type { AppEnv } from '../types';
import { parseQuery } from './query';

const listQuery = z.object({
  recordType: z.string().max(40).optional(),
  recordId: z.string().max(40).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  actor: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.coerce.number().int().min(1).optional(),
});

const verifyQuery = z.object({
  anchorId: z.coerce.number().int().min(0).optional(),
  anchorHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});

/**
 * `/v1/audit`: entries newest first (filtered by record, action and actor; paged by id), the chain
 * check, and the anchor to keep outside the database.
 */
export function auditRoutes(deps: { database: Database }) {
  return (
    new Hono<AppEnv>()
      .get('/', async (c) => {
        const query = parseQuery(listQuery, c.req.query());
        // `before` of the next page: the oldest entry shown; filters apply on every page alike.
        const items = await listAudit(deps.database.db, { ...query, beforeId: query.before });
        return c.json({ items, nextBefore: items.length === query.limit ? items.at(-1)?.id : null });
      })
      .get('/verify', async (c) => {
        const query = parseQuery(verifyQuery, c.req.query());
        const anchor = query.anchorId === undefined ? undefined : { id: query.anchorId, hash: query.anchorHash ?? '' };
        return c.json(await verifyAudit(deps.database.db, { key: deps.database.auditKey, anchor }));
      })
      // Export it and keep it elsewhere: `verify?anchorId=&anchorHash=` later detects a rewound or rewritten trail.
      .get('/anchor', async (c) => c.json(await auditAnchor(deps.database)))
  );
}
