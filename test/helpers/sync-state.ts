import type { AccountStore } from '../../simulators/netsuite/account/store';
import type { RecordType } from '../../suiteapp/src/lib/snapshot-types';
import type { SyncDetail } from '../../suiteapp/src/lib/sync-detail';
import {
  SYNC_STATE_FIELDS as F,
  SYNC_STATE_RECORD,
  syncStateExternalId,
} from '../../suiteapp/src/lib/sync-state-record';

export interface ShownState {
  status: string | null;
  procurifyId: string | null;
  syncedAt: string | null;
  message: string | null;
  detail: SyncDetail & { truncated?: boolean };
  /** The select fields: the transaction or vendor the record points at, as NetSuite holds them. */
  transaction: unknown;
  vendor: unknown;
  lastModifiedAt: number;
}

/** What NetSuite shows of a record: its sync-state custom record, read from the simulated account. */
export function shownState(store: AccountStore, recordType: RecordType, recordId: string): ShownState | undefined {
  const row = store.customRecords.findByExternalId(SYNC_STATE_RECORD, syncStateExternalId(recordType, recordId));
  if (!row) return undefined;
  const text = (fieldId: string) => {
    const value = row.fields[fieldId];
    return value === null || value === undefined || value === '' ? null : String(value);
  };
  return {
    status: text(F.status),
    procurifyId: text(F.procurifyId),
    syncedAt: text(F.syncedAt),
    message: text(F.message),
    detail: JSON.parse(text(F.detail) ?? '{}') as ShownState['detail'],
    transaction: row.fields[F.transaction] ?? null,
    vendor: row.fields[F.vendor] ?? null,
    lastModifiedAt: row.lastModifiedAt,
  };
}
