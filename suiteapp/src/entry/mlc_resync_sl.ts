/**
 * ml-connector: behind the "Resync to Procurify" button. POST sends a signed `resync` event with a
 * fresh snapshot; GET with action=status returns the record's sync state (its sync-state record).
 * @NApiVersion 2.1
 * @NScriptType Suitelet
 * @NModuleScope SameAccount
 */

import type { EntryPoints } from 'N/types';
import * as log from 'N/log';
import { isRecordType } from '../lib/build-snapshot';
import { recordSyncState, resyncRecord } from '../ns/resync';

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
  const method = String(request.method).toUpperCase();
  const isStatus = method === 'GET' && request.parameters.action === 'status';
  try {
    if (isStatus) {
      reply(recordSyncState(recordType, recordId));
    } else if (method === 'POST') {
      reply(resyncRecord(recordType, recordId));
    } else {
      reply({ ok: false, message: 'Use POST to resync, or GET with action=status.' });
    }
  } catch (error) {
    log.error({ title: 'mlc resync failed', details: String(error) });
    reply({ ok: false, message: `${isStatus ? 'Sync state not read' : 'Not queued'}: ${String(error)}` });
  }
};
