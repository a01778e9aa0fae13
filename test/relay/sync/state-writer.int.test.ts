import { describe, expect, it } from 'vitest';
import { SCENARIO_CASES } from '../../../simulators/scenario/three-plants';
import { billSnapshot, envelope, vendorSnapshot } from '../../helpers/snapshots';
import { shownState } from '../../helpers/sync-state';
import { startStack, type Stack } from '../../helpers/stack';

// The state writer: what NetSuite shows of a record is written when it changes, and only then.

function stateWrites(stack: Stack, externalId: string) {
  return stack.netsuite.control
    .requests()
    .filter(
      (request) => request.method === 'PUT' && request.path.endsWith(`/customrecord_mlc_sync_state/eid:${externalId}`),
    );
}

async function processedAgain(stack: Stack, recordType: string, recordId: string, reprocessings: number) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const record = await stack.waitFor(recordType, recordId, ['needs_mapping', 'synced']);
    const outcomes = record.history.filter((entry) => entry.action === 'state_changed').length;
    if (outcomes >= reprocessings) return record;
    if (Date.now() > deadline) throw new Error(`${recordType} ${recordId} was not processed again`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the state writer', () => {
  it('writes nothing when a record is processed again with the same outcome, and writes again when the outcome changes', async () => {
    const stack = await startStack();
    const bill = billSnapshot(SCENARIO_CASES.billUnmappedAccount);
    await stack.sendEvents([envelope('vendor', vendorSnapshot(bill.entity.id)), envelope('vendorbill', bill)]);
    await stack.waitFor('vendorbill', bill.id, ['needs_mapping']);
    expect(stateWrites(stack, `vendorbill-${bill.id}`)).toHaveLength(1);
    const shown = shownState(stack.netsuite.store, 'vendorbill', bill.id)!;

    // Replayed with nothing fixed: processed again, the same outcome, nothing new to show.
    expect((await stack.admin(`/v1/records/vendorbill/${bill.id}/replay`, { method: 'POST' })).status).toBe(202);
    await processedAgain(stack, 'vendorbill', bill.id, 2);
    expect(stateWrites(stack, `vendorbill-${bill.id}`)).toHaveLength(1);
    expect(shownState(stack.netsuite.store, 'vendorbill', bill.id)).toEqual(shown);

    // The account code appears in Procurify: the outcome changes, and NetSuite shows it.
    const code = stack.procurify.control.addAccountCode({
      code: '5300',
      description: 'Tooling & Dies',
      accountType: 2,
      active: true,
    });
    for (const department of stack.procurify.control.state().departments) {
      stack.procurify.control.addAccount({ accountCodeId: code.id, departmentId: department.id, active: true });
    }
    await stack.admin('/v1/reference/refresh', { method: 'POST' });
    await stack.waitFor('vendorbill', bill.id, ['synced']);
    expect(stateWrites(stack, `vendorbill-${bill.id}`)).toHaveLength(2);
    expect(shownState(stack.netsuite.store, 'vendorbill', bill.id)?.status).toBe('synced');
  });
});
