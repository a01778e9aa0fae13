import { describe, expect, it } from 'vitest';
import { changedBodyFields, isOwnWritebackOnly } from '../../suiteapp/src/lib/loop-guard';
import { FakeRecord, select } from './fakes/fake-record';
import { sampleBill, sampleVendor } from './fakes/sample-records';

const TRANSACTION_LINES = ['expense', 'item'];

describe('loop guard', () => {
  it("skips the relay's writeback, which changes only _mlc_ fields", () => {
    const before = sampleBill();
    const after = before.clone();
    after.setValue({ fieldId: 'custbody_mlc_status', value: 'synced' });
    after.setValue({ fieldId: 'custbody_mlc_synced_at', value: '2026-11-20T14:05:00Z' });
    after.setValue({ fieldId: 'lastmodifieddate', value: new Date('2026-11-20T14:05:01Z') });
    expect(isOwnWritebackOnly({ oldRecord: before, newRecord: after, compareSublists: TRANSACTION_LINES })).toBe(true);
  });

  it('sends a save that changed a real field alongside _mlc_ fields', () => {
    const before = sampleBill();
    const after = before.clone();
    after.setValue({ fieldId: 'custbody_mlc_status', value: 'synced' });
    after.setValue({ fieldId: 'memo', value: 'Corrected memo' });
    expect(changedBodyFields(before, after)).toEqual(['memo', 'custbody_mlc_status']);
    expect(isOwnWritebackOnly({ oldRecord: before, newRecord: after, compareSublists: TRANSACTION_LINES })).toBe(false);
  });

  it('sends a save that changed only a line amount', () => {
    const before = sampleBill();
    const after = before.clone();
    after.sublists.expense![0]!.amount = 1300;
    expect(isOwnWritebackOnly({ oldRecord: before, newRecord: after, compareSublists: TRANSACTION_LINES })).toBe(false);
  });

  it('sends a save that added a line', () => {
    const before = sampleBill();
    const after = before.clone();
    after.sublists.expense!.push({ line: 9, account: select('58', '6100'), amount: 1 });
    expect(isOwnWritebackOnly({ oldRecord: before, newRecord: after, compareSublists: TRANSACTION_LINES })).toBe(false);
  });

  it('compares only the fields an xedit carries, so absent fields are not changes', () => {
    const before = sampleVendor();
    const writeback = new FakeRecord({ custentity_mlc_status: 'failed', custentity_mlc_message: 'Unknown currency' });
    expect(isOwnWritebackOnly({ oldRecord: before, newRecord: writeback, compareSublists: [] })).toBe(true);
    const inlineEdit = new FakeRecord({ email: 'new@acme.example' });
    expect(isOwnWritebackOnly({ oldRecord: before, newRecord: inlineEdit, compareSublists: [] })).toBe(false);
  });

  it('treats the same date as unchanged even when it is a different Date object', () => {
    const before = sampleBill();
    const after = before.clone();
    after.setValue({ fieldId: 'trandate', value: new Date(2026, 10, 18) });
    expect(changedBodyFields(before, after)).toEqual([]);
  });

  it('never skips a create, which has no old record', () => {
    expect(isOwnWritebackOnly({ oldRecord: null, newRecord: sampleBill(), compareSublists: TRANSACTION_LINES })).toBe(
      false,
    );
  });
});
