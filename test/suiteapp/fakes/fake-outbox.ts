// An outbox and relay stand-in for the dispatcher's ports, with a governance meter that charges
// what NetSuite charges (10 units per https call, 2 per custom-record submitFields).
import type { DispatchPorts } from '../../../suiteapp/src/lib/dispatch-batch';
import type { OutboxRow } from '../../../suiteapp/src/lib/outbox-row';
import type { RelayAnswer } from '../../../suiteapp/src/lib/relay-answer';
import type { EventEnvelope } from '../../../suiteapp/src/lib/snapshot-types';

export interface StoredRow {
  status: 'pending' | 'sent' | 'rejected';
  attempts: number;
  nextAttempt: Date | null;
  lastError: string | null;
}

export function pendingRows(count: number): OutboxRow[] {
  return Array.from({ length: count }, (_, index) => ({
    rowId: String(index + 1),
    attempts: 0,
    envelope: {
      schemaVersion: 1,
      eventId: `vendor-${index + 1}-evt`,
      occurredAt: '2026-11-20T14:03:11Z',
      recordType: 'vendor',
      recordId: String(index + 1),
      action: 'delete',
      source: 'userevent',
      snapshot: null,
    } satisfies EventEnvelope,
  }));
}

export function accepted(envelopes: EventEnvelope[], duplicates: string[] = []): RelayAnswer {
  const ids = envelopes.map((envelope) => envelope.eventId);
  return {
    kind: 'answered',
    status: 202,
    body: JSON.stringify({ accepted: ids.filter((id) => !duplicates.includes(id)), duplicates }),
  };
}

export function createFakeOutbox(
  rows: OutboxRow[],
  relay: (envelopes: EventEnvelope[]) => RelayAnswer,
  units = 10_000,
) {
  const now = new Date('2026-11-20T15:00:00Z');
  const stored = new Map<string, StoredRow>(
    rows.map((row) => [row.rowId, { status: 'pending', attempts: row.attempts, nextAttempt: null, lastError: null }]),
  );
  const sentBatches: number[] = [];
  let remaining = units;
  const charge = (cost: number) => {
    if (remaining < cost) throw new Error('SSS_USAGE_LIMIT_EXCEEDED');
    remaining -= cost;
  };
  const row = (outboxRow: OutboxRow) => stored.get(outboxRow.rowId)!;
  const ports: DispatchPorts = {
    send(envelopes) {
      charge(10);
      sentBatches.push(envelopes.length);
      return relay(envelopes);
    },
    markSent(outboxRow) {
      charge(2);
      row(outboxRow).status = 'sent';
    },
    markRetry(outboxRow, attempts, nextAttempt, error) {
      charge(2);
      Object.assign(row(outboxRow), { attempts, nextAttempt, lastError: error });
    },
    markRejected(outboxRow, error) {
      charge(2);
      Object.assign(row(outboxRow), { status: 'rejected', lastError: error });
    },
    remainingUsage: () => remaining,
    now: () => now,
  };
  const withStatus = (status: StoredRow['status']) => [...stored.values()].filter((r) => r.status === status).length;
  return { ports, stored, sentBatches, now, withStatus, remainingUsage: () => remaining };
}
