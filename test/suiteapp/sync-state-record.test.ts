import { describe, expect, it } from 'vitest';
import {
  readSyncState,
  SYNC_STATE_QUERY,
  syncStateExternalId,
  syncStateName,
} from '../../suiteapp/src/lib/sync-state-record';

describe('the sync-state record lookup', () => {
  it('finds a record by its external id, bound as the only parameter', () => {
    expect(SYNC_STATE_QUERY).toBe(
      'SELECT custrecord_mlc_ss_status AS status, custrecord_mlc_ss_procurify_id AS procurifyid, ' +
        'custrecord_mlc_ss_synced_at AS syncedat, custrecord_mlc_ss_message AS message, ' +
        'custrecord_mlc_ss_detail AS detail FROM customrecord_mlc_sync_state WHERE externalid = ?',
    );
    expect(SYNC_STATE_QUERY.match(/\?/g)).toHaveLength(1);
  });

  it('names the record as the relay upserts it', () => {
    expect(syncStateExternalId('vendorbill', '1002')).toBe('vendorbill-1002');
    expect(syncStateName('vendor', '261')).toBe('vendor 261');
    expect(() => syncStateExternalId('vendor', "1' OR '1'='1")).toThrow('Not a NetSuite internal id');
  });

  it('reads the first row, with empty columns as null', () => {
    expect(
      readSyncState([
        { status: 'synced', procurifyid: 812, syncedat: '2026-11-20T14:03:15Z', message: '', detail: null },
      ]),
    ).toEqual({
      status: 'synced',
      procurifyId: '812',
      syncedAt: '2026-11-20T14:03:15Z',
      message: null,
      detail: null,
    });
  });

  it('answers null when the relay has written no sync-state record yet', () => {
    expect(readSyncState([])).toBeNull();
  });
});
