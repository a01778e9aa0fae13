// afterSubmit: turn every save (create, edit, xedit, delete) into an event and keep it safe in the
// outbox (or post it at once in direct mode, falling back to the outbox). Nothing of ours edits a
// vendor, bill or PO, so no save is our own echo; the relay drops unchanged content itself.
// Nothing here may fail the user's save: the entry point catches and logs whatever escapes.
import * as log from 'N/log';
import * as record from 'N/record';
import { actionForUserEvent, buildEnvelope } from '../lib/event-envelope';
import { isRecordType } from '../lib/build-snapshot';
import { isPaymentRecordType } from '../lib/bill-payments';
import { PARAMS } from '../lib/ids';
import { parseAcceptance, relayErrorText } from '../lib/relay-answer';
import type { EventEnvelope } from '../lib/snapshot-types';
import { billEnvelopesForPayment } from './capture-payment';
import { requestDispatch } from './dispatch-task';
import { loadSnapshot, snapshotOf } from './load-snapshot';
import { writeOutboxRow } from './outbox';
import { createRelayClient } from './relay-client';
import { readRelaySettings } from './script-settings';

export interface SaveContext {
  type: string;
  newRecord: record.Record;
  oldRecord: record.Record | null;
}

/** Direct mode: true when the relay acknowledged the event; any other outcome keeps it for the outbox. */
function postDirectly(envelope: EventEnvelope): boolean {
  try {
    const settings = readRelaySettings(PARAMS.userEvent);
    if (settings.mode !== 'direct') return false;
    const answer = createRelayClient(settings).postEvents([envelope]);
    const acceptance = parseAcceptance(answer);
    if (acceptance && [...acceptance.accepted, ...acceptance.duplicates].includes(envelope.eventId)) return true;
    log.audit({ title: 'mlc direct post failed, kept in outbox', details: relayErrorText(answer) });
  } catch (error) {
    log.audit({ title: 'mlc direct post failed, kept in outbox', details: String(error) });
  }
  return false;
}

export function captureSave(context: SaveContext): void {
  const action = actionForUserEvent(context.type);
  const recordType = context.newRecord.type as string;
  if (action !== null && action !== 'resync' && isPaymentRecordType(recordType)) {
    capturePayment(context, recordType);
    return;
  }
  if (action === null || !isRecordType(recordType)) return;
  const recordId = String(context.newRecord.id ?? context.oldRecord?.id ?? '');
  if (recordId === '') throw new Error(`No record id for ${recordType} ${context.type}`);

  let snapshot = null;
  if (action !== 'delete') {
    // On xedit, newRecord holds only the changed fields: the full record must be loaded.
    snapshot =
      context.type === 'xedit'
        ? loadSnapshot(recordType, recordId)
        : snapshotOf(recordType, context.newRecord, recordId);
  }
  const envelope = buildEnvelope({ recordType, recordId, action, source: 'userevent', snapshot, now: new Date() });
  if (postDirectly(envelope)) return;
  writeOutboxRow(envelope);
  requestDispatch();
}

/** A vendor payment or bill credit: the bills it applies to (before and after) are what changed. */
function capturePayment(context: SaveContext, recordType: string): void {
  // On xedit, newRecord holds only the changed fields: the apply sublist comes from the full record.
  const current =
    context.type === 'xedit' ? record.load({ type: recordType, id: String(context.newRecord.id) }) : context.newRecord;
  const envelopes = billEnvelopesForPayment(context.type, current, context.oldRecord, new Date());
  const queued = envelopes.filter((envelope) => !postDirectly(envelope));
  for (const envelope of queued) writeOutboxRow(envelope);
  if (queued.length > 0) requestDispatch();
}
