// The event envelope POSTed to /v1/netsuite/events, and how a user event type becomes an action.
import type { EventAction, EventEnvelope, EventSource, RecordType, SnapshotByType } from './snapshot-types';
import { isoTime } from './field-values';

/** Unique per emission: the record, the time, and random bits (Math.random is all SuiteScript offers). */
export function newEventId(recordType: RecordType, recordId: string, now: Date, random: () => number): string {
  const noise = Math.floor(random() * 0x100000000)
    .toString(16)
    .padStart(8, '0');
  return `${recordType}-${recordId}-${now.getTime().toString(36)}-${noise}`;
}

export interface EnvelopeInput<T extends RecordType> {
  recordType: T;
  recordId: string;
  action: EventAction;
  source: EventSource;
  snapshot: SnapshotByType[T] | null;
  now: Date;
  random?: () => number;
}

export function buildEnvelope<T extends RecordType>(input: EnvelopeInput<T>): EventEnvelope<T> {
  return {
    schemaVersion: 1,
    eventId: newEventId(input.recordType, input.recordId, input.now, input.random ?? Math.random),
    occurredAt: isoTime(input.now),
    recordType: input.recordType,
    recordId: input.recordId,
    action: input.action,
    source: input.source,
    // The relay requires a null snapshot for deletes, whatever the caller had at hand.
    snapshot: input.action === 'delete' ? null : input.snapshot,
  };
}

/**
 * Maps a user event type (lower-case at run time) to the action sent, or null for types that do
 * not change the record (view, print, email, ...).
 */
export function actionForUserEvent(type: string): EventAction | null {
  switch (type) {
    case 'create':
    case 'copy':
    case 'dropship':
    case 'specialorder':
    case 'transform':
      return 'create';
    case 'delete':
      return 'delete';
    case 'edit':
    case 'xedit':
    case 'approve':
    case 'reject':
    case 'cancel':
    case 'paybills':
    case 'markcomplete':
    case 'reassign':
      return 'edit';
    default:
      return null;
  }
}
