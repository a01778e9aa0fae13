// How a dispatcher run hands over rows that arrived while it ran. NetSuite refuses to submit a
// deployment that is queued or running, so a save made during a run cannot start its own run; the
// running dispatcher's summarize stage finds such rows and submits the next run itself.
// The rows a run took travel in its map keys (the row ids of each batch): summarize reads them back
// from `mapSummary.keys`, which holds every key the input stage passed to map, done or failed
// (https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_4472745365.html).
import { planBatches, type OutboxRow } from './outbox-row';

/** Map keys are at most 3,000 characters; 100 row ids of up to 12 digits fit. */
export function batchKey(rows: readonly OutboxRow[]): string {
  return rows.map((row) => row.rowId).join(',');
}

/** The input stage's answer: batches of up to `size` rows, each keyed by its row ids. */
export function keyedBatches(rows: readonly OutboxRow[], size = 100): Record<string, OutboxRow[]> {
  const batches: Record<string, OutboxRow[]> = {};
  for (const batch of planBatches(rows, size)) batches[batchKey(batch)] = batch;
  return batches;
}

/** Every row id the run took, from its map keys. */
export function takenRowIds(mapKeys: readonly string[]): Set<string> {
  return new Set(mapKeys.flatMap((key) => key.split(',')).filter((id) => /^\d+$/.test(id)));
}

/**
 * How many due rows summarize must look at: if any due row was not taken, one of the first
 * `taken + 1` due rows is such a row. At most the query limit.
 */
export function handoverLookLimit(taken: ReadonlySet<string>): number {
  return Math.min(taken.size + 1, 5000);
}

/** True when a row is due that this run did not take: it arrived, or fell due, while the run went. */
export function hasRowsToHandOver(dueRowIds: readonly string[], taken: ReadonlySet<string>): boolean {
  return dueRowIds.some((id) => !taken.has(id));
}
