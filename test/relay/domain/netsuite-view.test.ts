import { describe, expect, it } from 'vitest';
import { countsAsSync, netSuiteViewChanged, type ShownInNetSuite } from '../../../relay/src/domain/netsuite-view';

const shown: ShownInNetSuite = {
  status: 'synced',
  message: 'Written to Procurify and verified: 2 line(s), total 5,100.00 CAD.',
  procurifyId: '5f0c…',
  issues: '[]',
  detail: '{"lines":[]}',
  lastSyncedAt: '2026-12-06T10:00:00.000Z',
};

describe('what NetSuite shows of a record', () => {
  it('calls for a writeback when any shown column changed, or the row is gone', () => {
    expect(netSuiteViewChanged(shown, { ...shown })).toBe(false);
    for (const change of [
      { status: 'failed' },
      { message: 'Already up to date in Procurify.' },
      { procurifyId: null },
      { issues: '[{"code":"procurify_leftover"}]' },
      { detail: null },
      { lastSyncedAt: '2026-12-06T11:00:00.000Z' },
    ]) {
      expect(netSuiteViewChanged(shown, { ...shown, ...change }), JSON.stringify(change)).toBe(true);
    }
    expect(netSuiteViewChanged(shown, undefined)).toBe(true);
  });

  it('moves "Last synced" for synced, linked and deleted only', () => {
    expect(['synced', 'linked', 'deleted'].every(countsAsSync)).toBe(true);
    expect(['pending', 'needs_mapping', 'failed', 'skipped'].some(countsAsSync)).toBe(false);
  });
});
