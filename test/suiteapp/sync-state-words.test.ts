import { describe, expect, it } from 'vitest';
import type { ApprovalStatus, RecordType } from '../../suiteapp/src/lib/snapshot-types';
import { resyncApplies, resyncWithheldNote, stateWords } from '../../suiteapp/src/lib/sync-state-words';

describe('the words for a sync state', () => {
  it('shows a code it does not know as written, and "Not synced yet" before any state', () => {
    expect(stateWords('archived')).toBe('archived');
    expect(stateWords(null)).toBe('Not synced yet');
  });

  it('names a reason only for a skipped record', () => {
    expect(stateWords('failed', { recordType: 'vendorbill', approvalStatus: 'pending' })).toBe('Failed');
    expect(stateWords('skipped', { recordType: 'vendor', approvalStatus: null })).toBe('Skipped');
  });
});

describe('where the Resync button applies', () => {
  const cases: [RecordType, ApprovalStatus, boolean][] = [
    ['vendor', null, true],
    ['vendorbill', 'approved', true],
    ['vendorbill', null, true],
    ['vendorbill', 'pending', false],
    ['vendorbill', 'rejected', false],
    // A purchase order's own approval does not matter: its lines are checked either way.
    ['purchaseorder', 'pending', true],
  ];
  it.each(cases)('%s with approval %s: %s', (recordType, approvalStatus, applies) => {
    expect(resyncApplies({ recordType, approvalStatus })).toBe(applies);
    expect(resyncWithheldNote({ recordType, approvalStatus }) === null).toBe(applies);
  });
});
