// The body the relay PUTs to upsert a record's sync-state record (docs/architecture.md "Relay → NetSuite: the sync-state record").
import type { RecordType } from '../../../../suiteapp/src/lib/snapshot-types';
import {
  SYNC_STATE_FIELDS as F,
  syncStateExternalId,
  syncStateName,
} from '../../../../suiteapp/src/lib/sync-state-record';

export interface SyncStateValues {
  status: string;
  procurifyId?: string | null;
  syncedAt?: string | null;
  message?: string;
  detail?: unknown;
}

/** `customrecord_mlc_sync_state/eid:<recordType>-<recordId>` and its JSON body. */
export function syncStateUpsert(recordType: RecordType, recordId: string, values: SyncStateValues) {
  const link = { id: recordId };
  return {
    path: `customrecord_mlc_sync_state/eid:${syncStateExternalId(recordType, recordId)}`,
    body: {
      name: syncStateName(recordType, recordId),
      [F.recordType]: recordType,
      [F.recordId]: recordId,
      [F.transaction]: recordType === 'vendor' ? null : link,
      [F.vendor]: recordType === 'vendor' ? link : null,
      [F.status]: values.status,
      [F.procurifyId]: values.procurifyId ?? null,
      [F.syncedAt]: values.syncedAt ?? null,
      [F.message]: values.message ?? '',
      [F.detail]: JSON.stringify(values.detail ?? { link: null, lines: [], history: [] }),
    },
  };
}
