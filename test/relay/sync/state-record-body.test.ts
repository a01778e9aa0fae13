import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../relay/src/audit/actions';
import type { SyncRecordRow } from '../../../relay/src/store/records';
import { stateRecordBody } from '../../../relay/src/sync/state-record-body';

const NO_LINKS = { vendor: undefined, vendorbill: undefined };

function record(overrides: Partial<SyncRecordRow>): SyncRecordRow {
  return {
    recordType: 'vendorbill',
    recordId: '1002',
    status: 'needs_mapping',
    procurifyId: null,
    message: 'Bill not written to Procurify: GL account 5300 has no Procurify account code',
    issues: '[]',
    detail: JSON.stringify({ lines: [{ line: 1, glAccount: '5300 Tooling & Dies', accountCode: null }] }),
    snapshot: null,
    contentHash: null,
    action: 'edit',
    versionLastModified: null,
    versionOccurredAt: '2026-12-07T15:00:00Z',
    processedLastModified: null,
    dirty: false,
    attempts: 1,
    nextAttemptAtMs: 0,
    failingSinceMs: null,
    uncertainWrite: false,
    writtenHash: null,
    shownHash: null,
    writeProgress: null,
    leaseOwner: null,
    leaseUntilMs: null,
    lastSyncedAt: null,
    createdAt: '2026-12-07T15:00:00Z',
    updatedAt: '2026-12-07T15:00:00Z',
    ...overrides,
  };
}

let id = 0;
function outcome(at: string, to: string, message: string): AuditEntry {
  id += 1;
  return {
    id,
    at,
    actor: 'worker',
    action: 'state_changed',
    recordType: 'vendorbill',
    recordId: '1002',
    detail: { to, message },
  };
}

describe('the sync-state record body', () => {
  it('points a bill at its transaction and leaves the vendor pointer empty; never-synced shows no sync time', () => {
    const body = stateRecordBody(record({}), [], NO_LINKS);
    expect(body).toMatchObject({
      name: 'vendorbill 1002',
      custrecord_mlc_ss_record_type: 'vendorbill',
      custrecord_mlc_ss_record_id: '1002',
      custrecord_mlc_ss_transaction: { id: '1002' },
      custrecord_mlc_ss_vendor: null,
      custrecord_mlc_ss_status: 'needs_mapping',
      custrecord_mlc_ss_procurify_id: null,
      custrecord_mlc_ss_synced_at: null,
    });
  });

  it('points a vendor at the vendor, gives the sync time to the second, and points at nothing once deleted', () => {
    const vendor = record({
      recordType: 'vendor',
      recordId: '261',
      status: 'synced',
      lastSyncedAt: '2026-12-07T15:03:15.482Z',
    });
    expect(stateRecordBody(vendor, [], NO_LINKS)).toMatchObject({
      custrecord_mlc_ss_transaction: null,
      custrecord_mlc_ss_vendor: { id: '261' },
      custrecord_mlc_ss_synced_at: '2026-12-07T15:03:15Z',
    });
    const deleted = stateRecordBody({ ...vendor, status: 'deleted' }, [], NO_LINKS);
    expect(deleted).toMatchObject({ custrecord_mlc_ss_vendor: null, custrecord_mlc_ss_status: 'deleted' });
  });

  it('shows a run of the same outcome once, from when it began, so processing again with the same result changes nothing', () => {
    const held = 'GL account 5300 has no Procurify account code';
    const history = [
      outcome('2026-12-07T17:00:00.120Z', 'needs_mapping', held),
      outcome('2026-12-07T16:00:00.450Z', 'needs_mapping', held),
      outcome('2026-12-07T15:00:00.900Z', 'needs_mapping', held),
      outcome('2026-12-06T10:00:00.000Z', 'synced', 'Bill written to Procurify.'),
    ];
    const detail = (entries: AuditEntry[]) =>
      JSON.parse(String(stateRecordBody(record({}), entries, NO_LINKS).custrecord_mlc_ss_detail)) as {
        history: unknown[];
      };
    expect(detail(history).history).toEqual([
      { at: '2026-12-07T15:00:00Z', status: 'needs_mapping', message: held },
      { at: '2026-12-06T10:00:00Z', status: 'synced', message: 'Bill written to Procurify.' },
    ]);
    expect(stateRecordBody(record({}), history, NO_LINKS)).toEqual(
      stateRecordBody(record({}), history.slice(1), NO_LINKS),
    );
  });

  it('keeps the message within 300 characters and the detail within 3,900', () => {
    const lines = Array.from({ length: 200 }, (_, index) => ({
      line: index + 1,
      glAccount: `${5000 + index} A long account name`,
    }));
    const body = stateRecordBody(
      record({ message: 'x'.repeat(1000), detail: JSON.stringify({ lines }) }),
      Array.from({ length: 50 }, (_, index) =>
        outcome(
          `2026-12-07T15:${String(index).padStart(2, '0')}:00Z`,
          index % 2 ? 'failed' : 'synced',
          'y'.repeat(200),
        ),
      ),
      NO_LINKS,
    );
    expect(String(body.custrecord_mlc_ss_message)).toHaveLength(300);
    expect(String(body.custrecord_mlc_ss_detail).length).toBeLessThanOrEqual(3_900);
    expect(JSON.parse(String(body.custrecord_mlc_ss_detail))).toMatchObject({ truncated: true });
  });
});
