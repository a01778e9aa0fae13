// The Suitelet's work: a fresh snapshot posted as a `resync` event, or the relay's view of a record.
import * as log from 'N/log';
import { buildEnvelope } from '../lib/event-envelope';
import { PARAMS } from '../lib/ids';
import { relayErrorText } from '../lib/relay-answer';
import { describeResyncAnswer, type ResyncReply } from '../lib/resync-answer';
import type { RecordType } from '../lib/snapshot-types';
import { loadSnapshot } from './load-snapshot';
import { createRelayClient } from './relay-client';
import { readRelaySettings } from './script-settings';

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

export interface RecordStateReply {
  ok: boolean;
  status: number | null;
  /** The relay's JSON answer as it came, or a message when there was none. */
  body: unknown;
}

export function relayRecordState(recordType: RecordType, recordId: string): RecordStateReply {
  const answer = createRelayClient(readRelaySettings(PARAMS.suitelet)).getRecordState(recordType, recordId);
  if (answer.kind === 'unreachable') return { ok: false, status: null, body: { message: relayErrorText(answer) } };
  let body: unknown;
  try {
    body = JSON.parse(answer.body);
  } catch {
    body = { message: relayErrorText(answer) };
  }
  return { ok: answer.status === 200, status: answer.status, body };
}
