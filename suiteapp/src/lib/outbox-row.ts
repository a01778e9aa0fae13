// The outbox custom record (customrecord_mlc_outbox) as the dispatcher sees it.
import type { EventEnvelope } from './snapshot-types';

/** `pending` waits to be sent; `sent` was acknowledged; `rejected` was refused by the relay as invalid. */
export type OutboxStatus = 'pending' | 'sent' | 'rejected';

export interface OutboxRow {
  rowId: string;
  attempts: number;
  envelope: EventEnvelope;
}

export const OUTBOX_RECORD = 'customrecord_mlc_outbox';

/** Field ids of the outbox record; SuiteQL columns are the same ids in lower case. */
export const OUTBOX_FIELDS = {
  eventId: 'custrecord_mlc_ob_event_id',
  recordType: 'custrecord_mlc_ob_record_type',
  recordId: 'custrecord_mlc_ob_record_id',
  action: 'custrecord_mlc_ob_action',
  source: 'custrecord_mlc_ob_source',
  envelope: 'custrecord_mlc_ob_envelope',
  status: 'custrecord_mlc_ob_status',
  attempts: 'custrecord_mlc_ob_attempts',
  nextAttempt: 'custrecord_mlc_ob_next_attempt',
  lastError: 'custrecord_mlc_ob_last_error',
  sentAt: 'custrecord_mlc_ob_sent_at',
} as const;

/** Splits rows into request bodies of at most `size` envelopes (the relay takes up to 100). */
export function planBatches<T>(rows: readonly T[], size = 100): T[][] {
  if (!Number.isInteger(size) || size < 1 || size > 100) throw new Error(`Batch size must be 1..100, got ${size}`);
  const batches: T[][] = [];
  for (let start = 0; start < rows.length; start += size) batches.push(rows.slice(start, start + size));
  return batches;
}

function assertIsoTime(nowIso: string): void {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(nowIso)) throw new Error(`Not an ISO time: ${nowIso}`);
}

/**
 * Rows due for sending: pending, and past their next attempt (if any). `nowIso` is inlined (the
 * query subset the simulator shares has no bind parameters here), so it must be a plain ISO time;
 * next-attempt times are stored as ISO text in UTC and therefore compare correctly as strings.
 */
function dueCondition(nowIso: string): string {
  assertIsoTime(nowIso);
  const f = OUTBOX_FIELDS;
  return `${f.status} = 'pending' AND (${f.nextAttempt} IS NULL OR ${f.nextAttempt} <= '${nowIso}')`;
}

function assertLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > 5000) throw new Error(`Limit must be 1..5000, got ${limit}`);
}

/** The SuiteQL that loads rows due for sending, oldest first. */
export function dueRowsQuery(nowIso: string, limit: number): string {
  assertLimit(limit);
  const f = OUTBOX_FIELDS;
  return (
    `SELECT id, ${f.attempts} AS attempts, ${f.envelope} AS envelope FROM ${OUTBOX_RECORD} ` +
    `WHERE ${dueCondition(nowIso)} ORDER BY id FETCH FIRST ${limit} ROWS ONLY`
  );
}

/** The ids of rows due for sending, oldest first (no envelopes: the summarize stage only counts). */
export function dueRowIdsQuery(nowIso: string, limit: number): string {
  assertLimit(limit);
  return `SELECT id FROM ${OUTBOX_RECORD} WHERE ${dueCondition(nowIso)} ORDER BY id FETCH FIRST ${limit} ROWS ONLY`;
}

/** Which of these rows are still due: another dispatcher run may have sent them meanwhile. */
export function stillDueQuery(nowIso: string, rowIds: readonly string[]): string {
  if (rowIds.length < 1 || rowIds.length > 1000 || !rowIds.every((id) => /^\d+$/.test(id))) {
    throw new Error('Row ids must be 1..1000 internal ids');
  }
  return `SELECT id FROM ${OUTBOX_RECORD} WHERE ${dueCondition(nowIso)} AND id IN (${rowIds.join(', ')})`;
}
