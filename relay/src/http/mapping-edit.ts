import type { Database } from '../store/database';
import { listOverrides, mergeOverrides, type MappingKind, type MappingPair } from '../store/mapping-overrides';
import { resolveMappingRow, type MappingRowInput, type ReferenceData } from '../sync/mapping';
import type { ReferenceCache } from '../sync/reference-cache';
import { ApiError } from './errors';
import type { SyncControl } from './sync-control';

export interface MappingEditDeps {
  database: Database;
  references: ReferenceCache;
  sync?: SyncControl;
}

/** A row of an import: its number in the file (the header is row 1), and the values as given. */
export interface NumberedRow extends MappingRowInput {
  row: number;
}

export interface RowRefusal {
  row: number;
  reason: string;
}

/**
 * Merges manual mappings and retries every `needs_mapping` record: `PUT /v1/mappings/{kind}` and
 * the admin mapping editor both save through here. Every id must be one the reference data holds.
 */
export async function applyMappingPairs(
  deps: MappingEditDeps,
  kind: MappingKind,
  pairs: { netsuiteId: string; procurifyId: string | null }[],
  actor: string,
): Promise<{ overrides: MappingPair[]; requeued: number }> {
  const { refs } = await deps.references.get();
  pairs.forEach((pair, index) => {
    const result = resolveMappingRow({ kind, ...pair }, refs);
    if (!result.ok) {
      const field = `[${index}].${result.side}Id`;
      throw new ApiError('validation_failed', `${field}: ${result.reason}`, { field, reason: result.reason });
    }
  });
  const overrides = await mergeOverrides(deps.database, kind, pairs, actor);
  deps.references.invalidate();
  const requeued = (await deps.sync?.requeueNeedsMapping(actor, `${kind} mapping changed`)) ?? [];
  return { overrides, requeued: requeued.length };
}

/** Resolves every row, or lists every refused one with its row number and reason. */
export function resolveRows(
  rows: readonly NumberedRow[],
  refs: ReferenceData,
): { pairs: Map<MappingKind, { netsuiteId: string; procurifyId: string | null }[]>; refused: RowRefusal[] } {
  const pairs = new Map<MappingKind, { netsuiteId: string; procurifyId: string | null }[]>();
  const refused: RowRefusal[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const result = resolveMappingRow(row, refs);
    if (!result.ok) {
      refused.push({ row: row.row, reason: result.reason });
      continue;
    }
    const key = `${row.kind}:${result.netsuiteId}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      refused.push({
        row: row.row,
        reason: `row ${earlier} maps the same NetSuite ${row.kind === 'accounts' ? 'GL account' : row.kind.slice(0, -1)}`,
      });
      continue;
    }
    seen.set(key, row.row);
    const list = pairs.get(row.kind) ?? [];
    list.push({ netsuiteId: result.netsuiteId, procurifyId: result.procurifyId });
    pairs.set(row.kind, list);
  }
  return { pairs, refused };
}

/**
 * CSV import (`POST /v1/mappings/import`): all rows or none. A row left without a Procurify value
 * removes the mapping it names, and is skipped when there is none (a gap not filled in).
 */
export async function importMappingRows(
  deps: MappingEditDeps,
  rows: readonly NumberedRow[],
  actor: string,
  options: { dryRun?: boolean } = {},
): Promise<{ applied: Record<MappingKind, number>; skipped: number; requeued: number }> {
  const { refs } = await deps.references.get();
  const { pairs, refused } = resolveRows(rows, refs);
  if (refused.length > 0) {
    const lines = refused.map((each) => `row ${each.row}: ${each.reason}`);
    const message = `${refused.length} row${refused.length === 1 ? '' : 's'} refused, nothing applied:\n${lines.join('\n')}`;
    throw new ApiError('validation_failed', message, { rows: refused });
  }
  const applied: Record<MappingKind, number> = { accounts: 0, departments: 0, vendors: 0 };
  let skipped = 0;
  const changes = new Map<MappingKind, { netsuiteId: string; procurifyId: string | null }[]>();
  for (const [kind, list] of pairs) {
    const current = new Map(
      (await listOverrides(deps.database.db, kind)).map((pair) => [pair.netsuiteId, pair.procurifyId]),
    );
    const changed = list.filter((pair) => (current.get(pair.netsuiteId) ?? null) !== pair.procurifyId);
    skipped += list.length - changed.length;
    applied[kind] = changed.length;
    if (changed.length > 0) changes.set(kind, changed);
  }
  if (options.dryRun || changes.size === 0) return { applied, skipped, requeued: 0 };
  for (const [kind, list] of changes) await mergeOverrides(deps.database, kind, list, actor);
  deps.references.invalidate();
  const requeued = (await deps.sync?.requeueNeedsMapping(actor, 'mappings imported')) ?? [];
  return { applied, skipped, requeued: requeued.length };
}
