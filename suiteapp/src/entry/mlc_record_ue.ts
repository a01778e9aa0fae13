/**
 * ml-connector: captures vendor, vendor bill and purchase order saves, and shows the Procurify
 * sync tab with the Resync button.
 * @NApiVersion 2.1
 * @NScriptType UserEventScript
 * @NModuleScope SameAccount
 */

import type { EntryPoints } from 'N/types';
import * as log from 'N/log';
import { isRecordType } from '../lib/build-snapshot';
import { captureSave } from '../ns/capture-save';
import { addSyncPanel } from '../ns/sync-panel';

export const beforeLoad: EntryPoints.UserEvent.beforeLoad = (context) => {
  const type = String(context.type);
  if (type !== 'view' && type !== 'edit') return;
  try {
    const recordType = context.newRecord.type as string;
    if (isRecordType(recordType)) addSyncPanel(context.form, context.newRecord, recordType);
  } catch (error) {
    log.error({ title: 'mlc sync tab not shown', details: String(error) });
  }
};

export const afterSubmit: EntryPoints.UserEvent.afterSubmit = (context) => {
  try {
    captureSave({ type: String(context.type), newRecord: context.newRecord, oldRecord: context.oldRecord });
  } catch (error) {
    // Never fail the user's save; the relay's poller will still see the change.
    log.error({ title: 'mlc event not captured', details: String(error) });
  }
};
