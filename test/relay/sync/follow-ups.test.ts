import { describe, expect, it } from 'vitest';
import { afterRecordFinished } from '../../../relay/src/sync/follow-ups';
import type { RecordKey } from '../../../relay/src/store/records';

function recorder() {
  const calls: string[] = [];
  return {
    calls,
    actions: {
      nudgeStateWriter: () => calls.push('nudge'),
      billsAwaitingVendor: async (vendorId: string): Promise<RecordKey[]> => {
        calls.push(`look up bills of vendor ${vendorId}`);
        return [{ recordType: 'vendorbill', recordId: '1001' }];
      },
      requeue: async (keys: RecordKey[], actor: string, reason: string) => {
        calls.push(`requeue ${keys.map((key) => key.recordId).join(',')} by ${actor}: ${reason}`);
      },
    },
  };
}

describe('what a finished record sets off', () => {
  it('sends again the bills that waited for a vendor now synced, and nudges the state writer', async () => {
    const { calls, actions } = recorder();
    await afterRecordFinished(actions, { recordType: 'vendor', recordId: '205' }, { status: 'synced' });
    expect(calls).toEqual([
      'nudge',
      'look up bills of vendor 205',
      'requeue 1001 by worker: vendor 205 is now in Procurify',
    ]);
  });

  it('only nudges the state writer for a vendor that did not sync, or any other record', async () => {
    for (const [recordType, status] of [
      ['vendor', 'needs_mapping'],
      ['vendor', 'failed'],
      ['vendorbill', 'synced'],
    ] as const) {
      const { calls, actions } = recorder();
      await afterRecordFinished(actions, { recordType, recordId: '1' }, { status });
      expect(calls, `${recordType} ${status}`).toEqual(['nudge']);
    }
  });
});
