// Adds the "Procurify sync" tab and the Resync button to a vendor, bill or PO form (beforeLoad).
import * as serverWidget from 'N/ui/serverWidget';
import type * as record from 'N/record';
import { SCRIPTS, statusFieldId, type RecordType } from '../lib/ids';
import { textOrNull } from '../lib/field-values';
import { parseSyncDetail } from '../lib/sync-detail';
import { renderSyncPanel } from '../lib/sync-panel-html';

const TAB_ID = 'custpage_mlc_sync_tab';

export function addSyncPanel(form: serverWidget.Form, current: record.Record, recordType: RecordType): void {
  const read = (field: Parameters<typeof statusFieldId>[1]) =>
    textOrNull(current.getValue({ fieldId: statusFieldId(recordType, field) }));
  const html = renderSyncPanel({
    status: read('status'),
    procurifyId: read('procurify_id'),
    syncedAt: read('synced_at'),
    message: read('message'),
    detail: parseSyncDetail(read('detail')),
  });
  form.addTab({ id: TAB_ID, label: 'Procurify sync' });
  const field = form.addField({
    id: 'custpage_mlc_sync_panel',
    label: 'Procurify sync',
    type: serverWidget.FieldType.INLINEHTML,
    container: TAB_ID,
  });
  field.defaultValue = html;

  if (current.id) {
    form.clientScriptModulePath = SCRIPTS.resyncClient.modulePath;
    // Both arguments are plain ids (a record type name and a number), so quoting them is safe.
    form.addButton({
      id: 'custpage_mlc_resync',
      label: 'Resync to Procurify',
      functionName: `resyncToProcurify('${recordType}', '${String(current.id).replace(/[^0-9]/g, '')}')`,
    });
  }
}
