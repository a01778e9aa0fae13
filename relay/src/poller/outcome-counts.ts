import type { EventEnvelope } from '../../../suiteapp/src/lib/snapshot-types';

// Backfill dry runs: counts of what the events would lead to, per page, summed into the run.

/** What one event would lead to (`would_write`, `needs_mapping`, …) and why, as codes. */
export type PredictOutcome = (envelope: EventEnvelope) => Promise<{ outcome: string; reasons: string[] }>;

export interface OutcomeCounts {
  /** Events per predicted outcome. */
  outcomes: Record<string, number>;
  /** Events per `<outcome>:<reason code>`, e.g. `needs_mapping:unmapped_department` (one event may name several). */
  reasons: Record<string, number>;
}

export function emptyOutcomeCounts(): OutcomeCounts {
  return { outcomes: {}, reasons: {} };
}

/** One event at a time: the predictions share per-run lookups, and a backfill has no hurry. */
export async function predictOutcomes(
  predict: PredictOutcome,
  envelopes: readonly EventEnvelope[],
): Promise<OutcomeCounts> {
  const counts = emptyOutcomeCounts();
  for (const envelope of envelopes) {
    const { outcome, reasons } = await predict(envelope);
    increment(counts.outcomes, outcome, 1);
    for (const reason of reasons) increment(counts.reasons, `${outcome}:${reason}`, 1);
  }
  return counts;
}

/** Adds `from` into `into` (both kept as plain JSON for the stored progress). */
export function addOutcomeCounts(into: OutcomeCounts, from: OutcomeCounts): void {
  for (const [key, count] of Object.entries(from.outcomes)) increment(into.outcomes, key, count);
  for (const [key, count] of Object.entries(from.reasons)) increment(into.reasons, key, count);
}

function increment(counts: Record<string, number>, key: string, by: number): void {
  counts[key] = (counts[key] ?? 0) + by;
}
