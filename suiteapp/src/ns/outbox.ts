// The outbox custom record: written by the user event, read and updated by the dispatcher.
import * as query from 'N/query';
import * as record from 'N/record';
import { isoTime } from '../lib/field-values';
import {
  dueRowIdsQuery,
  dueRowsQuery,
  OUTBOX_FIELDS as F,
  OUTBOX_RECORD,
  stillDueQuery,
  type OutboxRow,
} from '../lib/outbox-row';
import type { EventEnvelope } from '../lib/snapshot-types';

/** Text areas hold 4,000 characters; error texts are cut to fit. */
const MAX_ERROR_CHARS = 3900;

export function writeOutboxRow(envelope: EventEnvelope): string {
  const row = record.create({ type: OUTBOX_RECORD });
  const values: Record<string, string | number> = {
    name: `${envelope.recordType} ${envelope.recordId} ${envelope.action}`,
    [F.eventId]: envelope.eventId,
    [F.recordType]: envelope.recordType,
    [F.recordId]: envelope.recordId,
    [F.action]: envelope.action,
    [F.source]: envelope.source,
    [F.envelope]: JSON.stringify(envelope),
    [F.status]: 'pending',
    [F.attempts]: 0,
  };
  for (const [fieldId, value] of Object.entries(values)) row.setValue({ fieldId, value });
  return String(row.save());
}

interface DueRowColumns {
  id: string | number;
  attempts: string | number | null;
  envelope: string | null;
}

export interface DueRows {
  rows: OutboxRow[];
  /** Rows whose stored envelope is not JSON; the dispatcher marks them rejected. */
  unreadable: { rowId: string; error: string }[];
}

export function loadDueRows(now: Date, limit: number): DueRows {
  const results = query.runSuiteQL({ query: dueRowsQuery(isoTime(now), limit) }).asMappedResults();
  const due: DueRows = { rows: [], unreadable: [] };
  for (const result of results as unknown as DueRowColumns[]) {
    const rowId = String(result.id);
    try {
      const envelope = JSON.parse(result.envelope ?? '') as EventEnvelope;
      due.rows.push({ rowId, attempts: Number(result.attempts ?? 0) || 0, envelope });
    } catch (error) {
      due.unreadable.push({ rowId, error: `stored envelope is not JSON: ${String(error)}` });
    }
  }
  return due;
}

function idsOf(sql: string): string[] {
  const rows = query.runSuiteQL({ query: sql }).asMappedResults() as unknown as { id: string | number }[];
  return rows.map((row) => String(row.id));
}

/** Ids of the rows due now, oldest first (10 units). */
export function loadDueRowIds(now: Date, limit: number): string[] {
  return idsOf(dueRowIdsQuery(isoTime(now), limit));
}

/** The rows still due now, in their order (10 units): another dispatcher run may have sent some. */
export function keepStillDue(rows: OutboxRow[], now: Date): OutboxRow[] {
  const due = new Set(
    idsOf(
      stillDueQuery(
        isoTime(now),
        rows.map((row) => row.rowId),
      ),
    ),
  );
  return rows.filter((row) => due.has(row.rowId));
}

function update(rowId: string, values: Record<string, string | number>): void {
  record.submitFields({ type: OUTBOX_RECORD, id: rowId, values, options: { ignoreMandatoryFields: true } });
}

export function markRowSent(rowId: string, at: Date): void {
  update(rowId, { [F.status]: 'sent', [F.sentAt]: isoTime(at), [F.nextAttempt]: '' });
}

export function markRowRetry(rowId: string, attempts: number, nextAttempt: Date, error: string): void {
  update(rowId, {
    [F.attempts]: attempts,
    [F.nextAttempt]: isoTime(nextAttempt),
    [F.lastError]: error.slice(0, MAX_ERROR_CHARS),
  });
}

export function markRowRejected(rowId: string, error: string): void {
  update(rowId, { [F.status]: 'rejected', [F.lastError]: error.slice(0, MAX_ERROR_CHARS) });
}
