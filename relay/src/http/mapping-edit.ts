import type { Database } from '../store/database';
import { mergeOverrides, type MappingKind, type MappingPair } from '../store/mapping-overrides';
import type { ReferenceCache } from '../sync/reference-cache';
import { ApiError } from './errors';
import type { SyncControl } from './sync-control';

export interface MappingEditDeps {
  database: Database;
  references: ReferenceCache;
  sync?: SyncControl;
  secrets: readonly string[];
}

/**
 * Merges manual mappings and retries every `needs_mapping` record: `PUT /v1/mappings/{kind}` and
 * the admin mapping editor both save through here.
 */
export async function applyMappingPairs(
  deps: MappingEditDeps,
  kind: MappingKind,
  pairs: { netsuiteId: string; procurifyId: string | null }[],
  actor: string,
): Promise<{ overrides: MappingPair[]; requeued: number }> {
  await assertProcurifyIdsExist(deps.references, kind, pairs);
  const overrides = await mergeOverrides(deps.database, kind, pairs, actor, { secrets: deps.secrets });
  deps.references.invalidate();
  const requeued = (await deps.sync?.requeueNeedsMapping(actor, `${kind} mapping changed`)) ?? [];
  return { overrides, requeued: requeued.length };
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
