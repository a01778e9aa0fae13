import { and, eq } from 'drizzle-orm';
import { appendAudit } from './audit-store';
import type { Database } from './database';
import type { Executor } from './executor';
import { mappingOverride } from './schema';

export const MAPPING_KINDS = ['accounts', 'departments', 'vendors'] as const;
export type MappingKind = (typeof MAPPING_KINDS)[number];

export interface MappingPair {
  netsuiteId: string;
  procurifyId: string;
}

export async function listOverrides(db: Executor, kind: MappingKind): Promise<MappingPair[]> {
  return db
    .select({ netsuiteId: mappingOverride.netsuiteId, procurifyId: mappingOverride.procurifyId })
    .from(mappingOverride)
    .where(eq(mappingOverride.kind, kind))
    .orderBy(mappingOverride.netsuiteId);
}

/** Merges the given pairs (a null procurifyId removes an override), audited with the actor, in one transaction. */
export async function mergeOverrides(
  database: Database,
  kind: MappingKind,
  pairs: readonly { netsuiteId: string; procurifyId: string | null }[],
  actor: string,
): Promise<MappingPair[]> {
  const updatedAt = new Date(database.clock.now()).toISOString();
  return database.write(async (tx) => {
    const before = new Map((await listOverrides(tx, kind)).map((pair) => [pair.netsuiteId, pair.procurifyId]));
    for (const pair of pairs) {
      if (pair.procurifyId === null) {
        await tx
          .delete(mappingOverride)
          .where(and(eq(mappingOverride.kind, kind), eq(mappingOverride.netsuiteId, pair.netsuiteId)));
      } else {
        await tx
          .insert(mappingOverride)
          .values({ kind, netsuiteId: pair.netsuiteId, procurifyId: pair.procurifyId, updatedAt, updatedBy: actor })
          .onConflictDoUpdate({
            target: [mappingOverride.kind, mappingOverride.netsuiteId],
            set: { procurifyId: pair.procurifyId, updatedAt, updatedBy: actor },
          });
      }
    }
    await appendAudit(tx, {
      action: 'mapping_changed',
      actor,
      detail: {
        kind,
        changes: pairs.map((pair) => ({
          netsuiteId: pair.netsuiteId,
          from: before.get(pair.netsuiteId) ?? null,
          to: pair.procurifyId,
        })),
      },
    });
    return listOverrides(tx, kind);
  });
}
