// The Suitelet's work: a fresh snapshot posted as a `resync` event, or the record's sync state as
// the relay last wrote it (read from its sync-state record).
import * as log from 'N/log';
import { buildEnvelope } from '../lib/event-envelope';
import { PARAMS } from '../lib/ids';
import { relayErrorText } from '../lib/relay-answer';
import { describeResyncAnswer, type ResyncReply } from '../lib/resync-answer';
import type { RecordType } from '../lib/snapshot-types';
import type { SyncState } from '../lib/sync-state-record';
import { loadSnapshot } from './load-snapshot';
import { createRelayClient } from './relay-client';
import { readRelaySettings } from './script-settings';
import { loadSyncState } from './sync-state';

export function resyncRecord(recordType: RecordType, recordId: string): ResyncReply {
  const client = createRelayClient(readRelaySettings(PARAMS.suitelet));
  const snapshot = loadSnapshot(recordType, recordId);
  const envelope = buildEnvelope({
    recordType,
    recordId,
    action: 'resync',
    source: 'button',
    snapshot,
    now: new Date(),
  });
  const answer = client.postEvents([envelope]);
  const reply = describeResyncAnswer(answer, envelope.eventId);
  if (!reply.ok) log.audit({ title: 'mlc resync not queued', details: relayErrorText(answer) });
  return reply;
}

export interface SyncStateReply {
  ok: boolean;
  recordType: RecordType;
  recordId: string;
  /** What the relay last wrote to the record's sync-state record; null before its first sync. */
  state: SyncState | null;
}

/** GET action=status: the record's sync-state record, read in one lookup (no call to the relay). */
export function recordSyncState(recordType: RecordType, recordId: string): SyncStateReply {
  return { ok: true, recordType, recordId, state: loadSyncState(recordType, recordId) };
}
