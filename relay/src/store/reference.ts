import { and, eq } from 'drizzle-orm';
import type { AuditInput } from '../audit/actions';
import { appendAudit, type AuditOptions } from './audit-store';
import type { Database } from './database';
import type { Executor } from './executor';
import { referenceItem } from './schema';

export type ReferenceSystem = 'procurify' | 'netsuite';

/** Replaces cached lists (e.g. Procurify departments) with what the remote holds now, in one transaction. */
export async function replaceReference(
  database: Database,
  system: ReferenceSystem,
  lists: Record<string, readonly { id: string | number }[]>,
  options: AuditOptions & { audit?: AuditInput },
): Promise<void> {
  const refreshedAt = (options.now?.() ?? new Date()).toISOString();
  await database.write(async (tx) => {
    for (const [kind, items] of Object.entries(lists)) {
      await tx.delete(referenceItem).where(and(eq(referenceItem.system, system), eq(referenceItem.kind, kind)));
      const rows = items.map((item) => ({
        system,
        kind,
        id: String(item.id),
        data: JSON.stringify(item),
        refreshedAt,
      }));
      for (let start = 0; start < rows.length; start += 200) {
        await tx.insert(referenceItem).values(rows.slice(start, start + 200));
      }
    }
    if (options.audit) await appendAudit(tx, options.audit, options);
  });
}

export async function loadReference<T>(db: Executor, system: ReferenceSystem, kind: string): Promise<T[]> {
  const rows = await db
    .select({ data: referenceItem.data })
    .from(referenceItem)
    .where(and(eq(referenceItem.system, system), eq(referenceItem.kind, kind)));
  return rows.map((row) => JSON.parse(row.data) as T);
}

/** When each cached list was last refreshed, for the dashboard. */
export async function referenceFreshness(
  db: Executor,
): Promise<{ system: string; kind: string; refreshedAt: string; count: number }[]> {
  const rows = await db
    .select({ system: referenceItem.system, kind: referenceItem.kind, refreshedAt: referenceItem.refreshedAt })
    .from(referenceItem);
  const summary = new Map<string, { system: string; kind: string; refreshedAt: string; count: number }>();
  for (const row of rows) {
    const key = `${row.system}/${row.kind}`;
    const entry = summary.get(key) ?? { ...row, count: 0 };
    entry.count += 1;
    summary.set(key, entry);
  }
  return [...summary.values()];
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
