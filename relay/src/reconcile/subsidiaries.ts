import { loadReference } from '../store/reference';
import type { Executor } from '../store/executor';
import type { Subsidiary } from './subsidiary-choice';

// The NetSuite subsidiaries a reconciliation can be limited to, from the reference data the relay
// keeps (sync/reference-refresh.ts), sorted by name.

export type { Subsidiary };

export async function loadSubsidiaries(db: Executor): Promise<Subsidiary[]> {
  const rows = await loadReference<{ id: string; name: string | null }>(db, 'netsuite', 'subsidiary');
  return rows
    .map((row) => ({ id: String(row.id), name: row.name?.trim() || `Subsidiary ${row.id}` }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}
