// Adds the "Procurify sync" tab and the Resync button to a vendor, bill or PO form (beforeLoad).
// The tab renders the record's sync-state record (one SuiteQL lookup, no outbound call). The button
// is left off where pressing it cannot help: a bill pending approval or rejected (sync-state-words.ts).
import * as serverWidget from 'N/ui/serverWidget';
import type * as record from 'N/record';
import { SCRIPTS, type RecordType } from '../lib/ids';
import { parseSyncDetail } from '../lib/sync-detail';
import { renderSyncPanel, renderSyncUnavailable } from '../lib/sync-panel-html';
import { resyncApplies, type RecordFacts } from '../lib/sync-state-words';
import { readApprovalStatus } from '../lib/transaction-snapshot';
import { loadSyncState } from './sync-state';
import { userDateTime } from './user-time';

const TAB_ID = 'custpage_mlc_sync_tab';

function panelHtml(facts: RecordFacts, recordId: string | null): string {
  let state;
  try {
    state = recordId === null ? null : loadSyncState(facts.recordType, recordId);
  } catch (error) {
    const named = error as { name?: string; message?: string };
    return renderSyncUnavailable(`${named.name ?? 'Error'}: ${named.message ?? String(error)}`);
  }
  return renderSyncPanel(
    {
      status: state?.status ?? null,
      procurifyId: state?.procurifyId ?? null,
      syncedAt: state?.syncedAt ?? null,
      message: state?.message ?? null,
      detail: parseSyncDetail(state?.detail ?? null),
      facts,
    },
    userDateTime,
  );
}

export function addSyncPanel(form: serverWidget.Form, current: record.Record, recordType: RecordType): void {
  const recordId = current.id ? String(current.id) : null;
  // Vendors have no approval; a bill's is read from the record as opened (no lookup).
  const facts: RecordFacts = {
    recordType,
    approvalStatus: recordType === 'vendor' ? null : readApprovalStatus(current),
  };
  form.addTab({ id: TAB_ID, label: 'Procurify sync' });
  const field = form.addField({
    id: 'custpage_mlc_sync_panel',
    label: 'Procurify sync',
    type: serverWidget.FieldType.INLINEHTML,
    container: TAB_ID,
  });
  field.defaultValue = panelHtml(facts, recordId);

  if (recordId !== null && resyncApplies(facts)) {
    form.clientScriptModulePath = SCRIPTS.resyncClient.modulePath;
    // Both arguments are plain ids (a record type name and a number), so quoting them is safe.
    form.addButton({
      id: 'custpage_mlc_resync',
      label: 'Resync to Procurify',
      functionName: `resyncToProcurify('${recordType}', '${recordId.replace(/[^0-9]/g, '')}')`,
    });
  }
}
