import { Hono } from 'hono';
import { z } from 'zod';
import type { Database } from '../../store/database';
import { listOverrides, MAPPING_KINDS, type MappingKind } from '../../store/mapping-overrides';
import type { ReferenceCache } from '../../sync/reference-cache';
import { ApiError } from '../errors';
import { mappingCoverage, mappingExportRows } from '../mapping-coverage';
import { applyMappingPairs, importMappingRows } from '../mapping-edit';
import { fieldPath } from '../schemas/parse-events';
import type { SyncControl } from '../sync-control';
import type { AppEnv } from '../types';
import { actorOf } from '../admin-user';

const pairsSchema = z
  .array(
    z.strictObject({
      netsuiteId: z.string().regex(/^\d+$/, 'must be a NetSuite internal id'),
      procurifyId: z.union([
        z.string().regex(/^\d+$/, 'must be a Procurify id'),
        z.number().int().positive(),
        z.null(),
      ]),
    }),
  )
  .max(5_000);

const text = z.string().max(1_000).nullish();
const importSchema = z.strictObject({
  rows: z
    .array(
      z.strictObject({
        row: z.number().int().positive(),
        kind: z.enum(MAPPING_KINDS),
        netsuiteId: text,
        netsuite: text,
        procurifyId: text,
        procurify: text,
      }),
    )
    .max(5_000),
  dryRun: z.boolean().optional(),
});

/** `/v1/mappings`: manual overrides per kind, and the coverage report. */
export function mappingRoutes(deps: {
  database: Database;
  references: ReferenceCache;
  accountId: string;
  sync?: SyncControl;
}) {
  const app = new Hono<AppEnv>();

  app.get('/coverage', async (c) => c.json(await mappingCoverage(deps)));

  // CSV export: names beside ids; with gaps=true a row to fill in per gap, with the candidates.
  app.get('/export', async (c) => {
    const kind = c.req.query('kind');
    const kinds = kind === undefined || kind === '' ? MAPPING_KINDS : [mappingKind(kind)];
    return c.json(await mappingExportRows(deps, kinds, { gaps: c.req.query('gaps') === 'true' }));
  });

  // CSV import: rows by id or by the codes and names people know; every refused row is named, nothing applied.
  app.post('/import', async (c) => {
    const parsed = importSchema.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = fieldPath(issue.path);
      throw new ApiError('validation_failed', `${field}: ${issue.message}`, { field });
    }
    return c.json(await importMappingRows(deps, parsed.data.rows, actorOf(c), { dryRun: parsed.data.dryRun }));
  });

  app.get('/:kind', async (c) => {
    const kind = mappingKind(c.req.param('kind'));
    return c.json({ kind, overrides: await listOverrides(deps.database.db, kind) });
  });

  app.put('/:kind', async (c) => {
    const kind = mappingKind(c.req.param('kind'));
    const parsed = pairsSchema.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = fieldPath(issue.path);
      throw new ApiError('validation_failed', `${field}: ${issue.message}`, { field });
    }
    const pairs = parsed.data.map((pair) => ({
      netsuiteId: pair.netsuiteId,
      procurifyId: pair.procurifyId === null ? null : String(pair.procurifyId),
    }));
    const { overrides } = await applyMappingPairs(deps, kind, pairs, actorOf(c));
    return c.json({ kind, overrides });
  });
  return app;
}

function mappingKind(value: string): MappingKind {
  if ((MAPPING_KINDS as readonly string[]).includes(value)) return value as MappingKind;
  throw new ApiError('not_found', `Unknown mapping kind ${value}; use ${MAPPING_KINDS.join(', ')}.`);
}
