// Sends one batch of outbox rows and records the outcome, within the governance budget.
// A row leaves `pending` only after the relay acknowledged its event (accepted or duplicate).
import type { OutboxRow } from './outbox-row';
import type { EventEnvelope } from './snapshot-types';
import type { RelayAnswer } from './relay-answer';
import { isRejectionOfContent, parseAcceptance, relayErrorText } from './relay-answer';
import { nextAttemptAt } from './backoff';

/** Governance units: one https call, one submitFields on a custom record, one SuiteQL look, a margin. */
export const UNITS = { send: 10, markRow: 2, recheck: 10, reserve: 20 } as const;

export interface DispatchPorts {
  send(envelopes: EventEnvelope[]): RelayAnswer;
  markSent(row: OutboxRow, at: Date): void;
  markRetry(row: OutboxRow, attempts: number, nextAttempt: Date, error: string): void;
  markRejected(row: OutboxRow, error: string): void;
  remainingUsage(): number;
  now(): Date;
  /** The rows of the batch that are still due (one query): another run may have sent some meanwhile. */
  stillDue?(rows: OutboxRow[]): OutboxRow[];
}

export interface DispatchTally {
  sent: number;
  retrying: number;
  rejected: number;
  /** Rows left as they were because the governance budget ran short; the next run takes them. */
  deferred: number;
  /** Rows no longer due when the batch was about to go: another dispatcher run had handled them. */
  skipped: number;
  lastError: string | null;
}

function emptyTally(): DispatchTally {
  return { sent: 0, retrying: 0, rejected: 0, deferred: 0, skipped: 0, lastError: null };
}

function canAfford(ports: DispatchPorts, units: number): boolean {
  return ports.remainingUsage() >= units + UNITS.reserve;
}

function markEach(rows: OutboxRow[], ports: DispatchPorts, tally: DispatchTally, mark: (row: OutboxRow) => void) {
  for (let index = 0; index < rows.length; index += 1) {
    if (!canAfford(ports, UNITS.markRow)) {
      tally.deferred += rows.length - index;
      return;
    }
    mark(rows[index] as OutboxRow);
  }
}

function sendRows(rows: OutboxRow[], ports: DispatchPorts, tally: DispatchTally): void {
  if (rows.length === 0) return;
  if (!canAfford(ports, UNITS.send + rows.length * UNITS.markRow)) {
    tally.deferred += rows.length;
    return;
  }
  const answer = ports.send(rows.map((row) => row.envelope));
  const acceptance = parseAcceptance(answer);
  if (acceptance) {
    const acknowledged = new Set([...acceptance.accepted, ...acceptance.duplicates]);
    const done = rows.filter((row) => acknowledged.has(row.envelope.eventId));
    const missing = rows.filter((row) => !acknowledged.has(row.envelope.eventId));
    const at = ports.now();
    markEach(done, ports, tally, (row) => {
      ports.markSent(row, at);
      tally.sent += 1;
    });
    retryRows(missing, 'the relay did not acknowledge this event', ports, tally);
    return;
  }
  const error = relayErrorText(answer);
  if (isRejectionOfContent(answer)) {
    // A batch is all or nothing: halve it until the offending envelope stands alone.
    if (rows.length > 1) {
      const middle = Math.ceil(rows.length / 2);
      sendRows(rows.slice(0, middle), ports, tally);
      sendRows(rows.slice(middle), ports, tally);
      return;
    }
    markEach(rows, ports, tally, (row) => {
      ports.markRejected(row, error);
      tally.rejected += 1;
    });
    tally.lastError = error;
    return;
  }
  retryRows(rows, error, ports, tally);
}

function retryRows(rows: OutboxRow[], error: string, ports: DispatchPorts, tally: DispatchTally): void {
  if (rows.length === 0) return;
  tally.lastError = error;
  const now = ports.now();
  markEach(rows, ports, tally, (row) => {
    const attempts = row.attempts + 1;
    ports.markRetry(row, attempts, nextAttemptAt(attempts, now), error);
    tally.retrying += 1;
  });
}

export function dispatchBatch(rows: OutboxRow[], ports: DispatchPorts): DispatchTally {
  const tally = emptyTally();
  let due = rows;
  // The scheduled and the on-demand deployment can run at the same time and read the same rows.
  // Look once whether another run has handled them since, when the budget covers the look and the
  // whole send; otherwise send as read: the relay answers a repeated event id as a duplicate.
  if (ports.stillDue && rows.length > 0 && canAfford(ports, UNITS.recheck + UNITS.send + rows.length * UNITS.markRow)) {
    due = ports.stillDue(rows);
    tally.skipped = rows.length - due.length;
  }
  sendRows(due, ports, tally);
  return tally;
}
