import { and, eq, inArray } from 'drizzle-orm';
import type { AuditInput } from '../audit/actions';
import { contentHash } from '../domain/content-hash';
import { appendAudit } from './audit-store';
import type { Database } from './database';
import type { Executor } from './executor';
import { referenceItem } from './schema';

export type ReferenceSystem = 'procurify' | 'netsuite';

/**
 * Replaces cached lists (e.g. Procurify departments) with what the remote holds now, in one
 * transaction. Resolves true when anything differs from what was cached; when nothing does, only
 * the refresh time moves (and records waiting for a mapping need not be tried again).
 */
export async function replaceReference(
  database: Database,
  system: ReferenceSystem,
  lists: Record<string, readonly { id: string | number }[]>,
  options: { audit?: AuditInput },
): Promise<boolean> {
  const refreshedAt = new Date(database.clock.now()).toISOString();
  const rows = Object.entries(lists).flatMap(([kind, items]) =>
    items.map((item) => ({ system, kind, id: String(item.id), data: JSON.stringify(item), refreshedAt })),
  );
  return database.write(async (tx) => {
    const cached = await tx
      .select({ kind: referenceItem.kind, id: referenceItem.id, data: referenceItem.data })
      .from(referenceItem)
      .where(eq(referenceItem.system, system));
    const changed = fingerprint(cached.filter((row) => row.kind in lists)) !== fingerprint(rows);
    if (changed) {
      for (const kind of Object.keys(lists)) {
        await tx.delete(referenceItem).where(and(eq(referenceItem.system, system), eq(referenceItem.kind, kind)));
      }
      for (let start = 0; start < rows.length; start += 200) {
        await tx.insert(referenceItem).values(rows.slice(start, start + 200));
      }
    } else {
      // Only the lists read now are fresher (a targeted refresh reads a few).
      await tx
        .update(referenceItem)
        .set({ refreshedAt })
        .where(and(eq(referenceItem.system, system), inArray(referenceItem.kind, Object.keys(lists))));
    }
    if (options.audit) {
      await appendAudit(tx, { ...options.audit, detail: { ...options.audit.detail, changed } });
    }
    return changed;
  });
}

function fingerprint(rows: readonly { kind: string; id: string; data: string }[]): string {
  return contentHash(
    rows.map((row) => [row.kind, row.id, row.data]).sort((a, b) => (a.join('\u0000') < b.join('\u0000') ? -1 : 1)),
  );
}

export async function loadReference<T>(db: Executor, system: ReferenceSystem, kind: string): Promise<T[]> {
  const rows = await db
    .select({ data: referenceItem.data })
    .from(referenceItem)
    .where(and(eq(referenceItem.system, system), eq(referenceItem.kind, kind)));
  return rows.map((row) => JSON.parse(row.data) as T);
}

/** True once Procurify reference data was loaded at least once (by this run or an earlier one). */
export async function hasProcurifyReference(db: Executor | Database): Promise<boolean> {
  const executor = 'write' in db ? db.db : db;
  const [row] = await executor
    .select({ id: referenceItem.id })
    .from(referenceItem)
    .where(and(eq(referenceItem.system, 'procurify'), eq(referenceItem.kind, 'currency')))
    .limit(1);
  return row !== undefined;
}
