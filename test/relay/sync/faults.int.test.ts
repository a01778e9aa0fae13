import { describe, expect, it } from 'vitest';
import type { FaultInput } from '../../../simulators/procurify';
import { SCENARIO_CASES } from '../../../simulators/scenario/three-plants';
import { billSnapshot, envelope, vendorSnapshot } from '../../helpers/snapshots';
import { shownState } from '../../helpers/sync-state';
import { startStack, type Stack } from '../../helpers/stack';

// Each fault of the Procurify simulator, alone: the run converges, with exactly one vendor and one
// bill in Procurify and nothing lost.

const BILL = SCENARIO_CASES.billTwoLines;

async function syncVendorAndBill(stack: Stack) {
  const bill = billSnapshot(BILL);
  await stack.sendEvents([envelope('vendor', vendorSnapshot(bill.entity.id)), envelope('vendorbill', bill)]);
  const vendor = await stack.waitFor('vendor', bill.entity.id, ['synced'], 45_000);
  const record = await stack.waitFor('vendorbill', BILL, ['synced'], 45_000);
  const state = stack.procurify.control.state();
  expect(
    state.vendors.filter((candidate) => candidate.external_id === `ns:1234567_SB1:${bill.entity.id}`),
  ).toHaveLength(1);
  expect(state.bills.filter((candidate) => candidate.invoice_number === bill.tranId)).toHaveLength(1);
  expect(String(state.bills.find((candidate) => candidate.invoice_number === bill.tranId)!.vendorId)).toBe(
    vendor.procurifyId,
  );
  return record;
}

function retries(record: { history: { action: string }[] }): number {
  return record.history.filter((entry) => entry.action === 'retry_scheduled').length;
}

describe('sync under Procurify faults', () => {
  it.each<[string, FaultInput]>([
    [
      'a 429 with Retry-After',
      { kind: 'rate_limit', retryAfterSeconds: 1, method: 'POST', path: '/api/v3/ap/items/', times: 2 },
    ],
    [
      'a 429 without Retry-After',
      { kind: 'rate_limit', retryAfterSeconds: null, method: 'POST', path: '/api/v2/ap/bills/', times: 1 },
    ],
    ['a burst of 503s', { kind: 'server_error', status: 503, method: 'POST', path: '/api/v2/ap/bills/', times: 3 }],
    ['a hang on the draft bill', { kind: 'hang', method: 'POST', path: '/api/v2/ap/bills/', times: 1 }],
    [
      'a connection dropped after the draft bill was created',
      { kind: 'drop_after_commit', method: 'POST', path: '/api/v2/ap/bills/', times: 1 },
    ],
    [
      'a connection dropped after the bill was submitted',
      { kind: 'drop_after_commit', method: 'PUT', path: '/api/v2/ap/bills/*/', times: 2 },
    ],
    [
      'a connection dropped after the vendor was created',
      { kind: 'drop_after_commit', method: 'POST', path: '/api/v3/vendors/', times: 1 },
    ],
  ])('converges after %s with no duplicate', async (_name, fault) => {
    const stack = await startStack();
    stack.procurify.control.addFault(fault);
    const record = await syncVendorAndBill(stack);
    const vendor = await stack.admin<{ history: { action: string }[] }>(`/v1/records/vendor/201`);
    expect(retries(record) + retries(vendor.body)).toBeGreaterThan(0);
    stack.procurify.control.releaseHangs();
  });

  it('gets a new token when Procurify expires the current one mid-run', async () => {
    const stack = await startStack();
    await stack.sendEvents([envelope('vendor', vendorSnapshot('201'))]);
    await stack.waitFor('vendor', '201', ['synced']);
    stack.procurify.control.expireTokens();
    const record = await syncVendorAndBill(stack);
    expect(retries(record)).toBe(0);
    const tokens = stack.procurify.control.requests().filter((request) => request.path === '/oauth/token');
    expect(tokens).toHaveLength(2);
  });

  it('writes the sync state again when NetSuite answers 5xx and when its token expires', async () => {
    const stack = await startStack();
    stack.netsuite.control.failNext(2, { status: 503, route: 'record' });
    await stack.sendEvents([envelope('vendor', vendorSnapshot('201'))]);
    await stack.waitFor('vendor', '201', ['synced'], 30_000);
    expect(shownState(stack.netsuite.store, 'vendor', '201')?.status).toBe('synced');
    stack.netsuite.control.expireTokens();
    await stack.sendEvents([envelope('vendor', vendorSnapshot('202'))]);
    await stack.waitFor('vendor', '202', ['synced'], 30_000);
    expect(shownState(stack.netsuite.store, 'vendor', '202')?.status).toBe('synced');
  });
});
