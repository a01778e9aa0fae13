// Reads a record's sync-state record (written by the relay) with one SuiteQL lookup by external id
// (10 governance units). No outbound call: what it returns is what the relay last wrote.
import * as query from 'N/query';
import type { RecordType } from '../lib/snapshot-types';
import { readSyncState, SYNC_STATE_QUERY, syncStateExternalId, type SyncState } from '../lib/sync-state-record';

export function loadSyncState(recordType: RecordType, recordId: string): SyncState | null {
  const rows = query
    .runSuiteQL({ query: SYNC_STATE_QUERY, params: [syncStateExternalId(recordType, recordId)] })
    .asMappedResults();
  return readSyncState(rows as Record<string, unknown>[]);
}
