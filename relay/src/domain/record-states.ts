// Record states of docs/architecture.md "Record states" and the transitions between them. A record is `pending` while a
// version waits to be processed; processing ends it in one of the other states, and any new
// version (an event, a poll, a replay, a mapping that now resolves) makes it pending again.

export const RECORD_STATES = ['pending', 'synced', 'linked', 'needs_mapping', 'failed', 'skipped', 'deleted'] as const;
export type RecordState = (typeof RECORD_STATES)[number];
export type OutcomeState = Exclude<RecordState, 'pending'>;

const FROM_PENDING: readonly RecordState[] = RECORD_STATES;
const TO_PENDING_ONLY: readonly RecordState[] = ['pending'];

export const TRANSITIONS: Readonly<Record<RecordState, readonly RecordState[]>> = {
  pending: FROM_PENDING,
  synced: TO_PENDING_ONLY,
  linked: TO_PENDING_ONLY,
  needs_mapping: TO_PENDING_ONLY,
  failed: TO_PENDING_ONLY,
  skipped: TO_PENDING_ONLY,
  deleted: TO_PENDING_ONLY,
};

export function canTransition(from: RecordState, to: RecordState): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isRecordState(value: string): value is RecordState {
  return (RECORD_STATES as readonly string[]).includes(value);
}

/** Every state but `pending` is written back to NetSuite. */
export function isWrittenBack(state: RecordState): boolean {
  return state !== 'pending';
}
