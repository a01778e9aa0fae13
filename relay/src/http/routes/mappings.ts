import { Hono } from 'hono';
import { z } from 'zod';
import { needsMappingRecords } from '../../store/blocked-records';
import type { Database } from '../../store/database';
import { listOverrides, MAPPING_KINDS, mergeOverrides, type MappingKind } from '../../store/mapping-overrides';
import { coverageReport } from '../../sync/mapping';
import type { ReferenceCache } from '../../sync/reference-cache';
import { ApiError } from '../errors';
import { fieldPath } from '../schemas/parse-events';
import type { SyncControl } from '../sync-control';
import type { AppEnv } from '../types';

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

/** `/v1/mappings`: manual overrides per kind, and the coverage report. */
export function mappingRoutes(deps: {
  database: Database;
  references: ReferenceCache;
  accountId: string;
  sync?: SyncControl;
  secrets: readonly string[];
}) {
  const app = new Hono<AppEnv>();

  app.get('/coverage', async (c) => {
    const { refs, overrides } = await deps.references.get();
    const report = coverageReport(refs.netsuiteAccounts, refs.netsuiteDepartments, refs, overrides, deps.accountId);
    const blocked = await needsMappingRecords(deps.database.db);
    const blockedBy = (kind: 'netsuiteAccount' | 'netsuiteDepartment', id: string) =>
      blocked
        .filter((record) => record.issues.some((issue) => issue[kind]?.id === id))
        .map(({ recordType, recordId }) => ({ recordType, recordId }));
    return c.json({
      accounts: report.accounts.map((gap) => ({ ...gap, blocked: blockedBy('netsuiteAccount', gap.netsuiteId) })),
      departments: report.departments.map((gap) => ({
        ...gap,
        blocked: blockedBy('netsuiteDepartment', gap.netsuiteId),
      })),
      checked: report.checked,
      needsMapping: blocked.length,
    });
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
    await assertProcurifyIdsExist(deps.references, kind, pairs);
    const overrides = await mergeOverrides(deps.database, kind, pairs, 'admin', { secrets: deps.secrets });
    deps.references.invalidate();
    await deps.sync?.requeueNeedsMapping('admin', `${kind} mapping changed`);
    return c.json({ kind, overrides });
  });
  return app;
}

function mappingKind(value: string): MappingKind {
  if ((MAPPING_KINDS as readonly string[]).includes(value)) return value as MappingKind;
  throw new ApiError('not_found', `Unknown mapping kind ${value}; use ${MAPPING_KINDS.join(', ')}.`);
}

/** A manual mapping must point at something Procurify has (as last refreshed). */
async function assertProcurifyIdsExist(
  references: ReferenceCache,
  kind: MappingKind,
  pairs: { netsuiteId: string; procurifyId: string | null }[],
): Promise<void> {
  if (kind === 'vendors') return;
  const { refs } = await references.get();
  const known = new Set((kind === 'accounts' ? refs.accountCodes : refs.departments).map((item) => String(item.id)));
  pairs.forEach((pair, index) => {
    if (pair.procurifyId !== null && !known.has(pair.procurifyId)) {
      const what = kind === 'accounts' ? 'account code' : 'department';
      throw new ApiError('validation_failed', `[${index}].procurifyId: Procurify has no ${what} ${pair.procurifyId}`, {
        field: `[${index}].procurifyId`,
      });
    }
  });
}
