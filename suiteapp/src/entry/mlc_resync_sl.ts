/**
 * ml-connector: behind the "Resync to Procurify" button. POST sends a signed `resync` event with a
 * fresh snapshot; GET with action=status returns the relay's view of the record.
 * @NApiVersion 2.1
 * @NScriptType Suitelet
 * @NModuleScope SameAccount
 */

import type { EntryPoints } from 'N/types';
import * as log from 'N/log';
import { isRecordType } from '../lib/build-snapshot';
import { relayRecordState, resyncRecord } from '../ns/resync';

export const onRequest: EntryPoints.Suitelet.onRequest = (context) => {
  const { request, response } = context;
  const reply = (payload: unknown) => {
    response.setHeader({ name: 'Content-Type', value: 'application/json' });
    response.write({ output: JSON.stringify(payload) });
  };
  const recordType = request.parameters.recordType as string | undefined;
  const recordId = String(request.parameters.recordId ?? '');
  if (!isRecordType(recordType) || !/^\d+$/.test(recordId)) {
    reply({ ok: false, message: 'recordType must be vendor, vendorbill or purchaseorder, and recordId a number.' });
    return;
  }
  try {
    if (String(request.method).toUpperCase() === 'GET' && request.parameters.action === 'status') {
      reply(relayRecordState(recordType, recordId));
    } else if (String(request.method).toUpperCase() === 'POST') {
      reply(resyncRecord(recordType, recordId));
    } else {
      reply({ ok: false, message: 'Use POST to resync, or GET with action=status.' });
    }
  } catch (error) {
    log.error({ title: 'mlc resync failed', details: String(error) });
    reply({ ok: false, message: `Not queued: ${String(error)}` });
  }
};
