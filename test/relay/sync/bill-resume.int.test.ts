import { describe, expect, it } from 'vitest';
import { SCENARIO_CASES } from '../../../simulators/scenario/three-plants';
import { billSnapshot, envelope, vendorSnapshot } from '../../helpers/snapshots';
import { startStack, type Stack } from '../../helpers/stack';

// A bill write is a sequence of steps saved with the record: a lost answer, a permanent error or a
// delete in NetSuite mid-write never leaves items or drafts behind unreported, nor makes them twice.

const bill = billSnapshot(SCENARIO_CASES.billTwoLines);

/** Syncs the bill's vendor; returns the ids of the items Procurify held before the bill's write. */
async function vendorSynced(stack: Stack): Promise<Set<number>> {
  await stack.sendEvents([envelope('vendor', vendorSnapshot(bill.entity.id))]);
  await stack.waitFor('vendor', bill.entity.id, ['synced']);
  return new Set(stack.procurify.control.state().items.map((item) => item.id));
}

function ours(stack: Stack, itemsBefore: Set<number>) {
  const state = stack.procurify.control.state();
  const bills = state.bills.filter((candidate) => (candidate.note ?? '').includes(`NetSuite vendor bill ${bill.id}`));
  const items = state.items.filter((item) => !itemsBefore.has(item.id));
  const itemCreates = stack.procurify.control
    .requests()
    .filter((request) => request.method === 'POST' && request.path === '/api/v3/ap/items/' && request.status === 201);
  return { bills, items, itemCreates: itemCreates.length };
}

describe('resumable bill writes through the relay', () => {
  it('finds the draft whose create answer was lost, by invoice number, and completes it with the items already made', async () => {
    const stack = await startStack();
    const before = await vendorSynced(stack);
    stack.procurify.control.addFault({
      kind: 'drop_after_commit',
      method: 'POST',
      path: '/api/v2/ap/bills/',
      times: 1,
    });
    await stack.sendEvents([envelope('vendorbill', bill)]);
    const record = await stack.waitFor('vendorbill', bill.id, ['synced']);
    const { bills, items, itemCreates } = ours(stack, before);
    expect(bills.map((candidate) => [candidate.uuid, candidate.status])).toEqual([[record.procurifyId, 1]]);
    expect(itemCreates).toBe(2);
    expect(items.map((item) => item.billId)).toEqual([bills[0]!.id, bills[0]!.id]);
  });

  it('says what waits in Procurify when a step fails for good, and Resync continues with the same draft and items', async () => {
    const stack = await startStack();
    const before = await vendorSynced(stack);
    stack.procurify.control.addFault({
      kind: 'server_error',
      status: 400,
      method: 'POST',
      path: '/api/v3/ap/bills/*/add-items/',
    });
    await stack.sendEvents([envelope('vendorbill', bill)]);
    const failed = await stack.waitFor('vendorbill', bill.id, ['failed']);
    const draft = ours(stack, before).bills[0]!;
    expect(failed.message).toContain(`Procurify holds this bill's draft bill ${draft.id} and unbilled AP items`);
    expect(failed.message).toContain('Resync continues with them');

    stack.procurify.control.clearFaults();
    expect((await stack.admin(`/v1/records/vendorbill/${bill.id}/replay`, { method: 'POST' })).status).toBe(202);
    const synced = await stack.waitFor('vendorbill', bill.id, ['synced']);
    const after = ours(stack, before);
    expect(after.bills.map((candidate) => candidate.uuid)).toEqual([synced.procurifyId]);
    expect(after.itemCreates).toBe(2);
    expect(after.items.every((item) => item.billId === draft.id)).toBe(true);
  });

  it('reports the draft and items a write left when the bill is deleted in NetSuite before it completed', async () => {
    const stack = await startStack();
    const before = await vendorSynced(stack);
    stack.procurify.control.addFault({ kind: 'server_error', status: 400, method: 'PUT', path: '/api/v2/ap/bills/*/' });
    await stack.sendEvents([envelope('vendorbill', bill)]);
    await stack.waitFor('vendorbill', bill.id, ['failed']);
    const { bills, items } = ours(stack, before);
    await stack.sendEvents([envelope('vendorbill', null, { action: 'delete', recordId: bill.id })]);
    const deleted = await stack.waitFor('vendorbill', bill.id, ['deleted']);
    expect(deleted.message).toContain(
      `draft bill ${bills[0]!.id} and unbilled AP items ${items.map((item) => item.id).join(', ')}`,
    );
    expect(deleted.message).toContain('remove them in Procurify');
    expect(deleted.issues.map((issue) => issue.code)).toEqual(['procurify_leftover']);
  });
});
