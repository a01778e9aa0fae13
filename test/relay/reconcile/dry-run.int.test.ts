import { describe, expect, it } from 'vitest';
import { SCENARIO_CASES } from '../../../simulators/scenario/three-plants';
import type { RecordPreview } from '../../../relay/src/reconcile/preview-record';
import { billSnapshot, envelope, vendorSnapshot } from '../../helpers/snapshots';
import { startStack, type RecordBody, type Stack } from '../../helpers/stack';

// A preview runs the real job against the recording client: Procurify sees reads only, and the
// requests it predicts are the ones a real run then sends (ids Procurify assigns aside).

function apiWrites(stack: Stack) {
  return stack.procurify.control
    .requests()
    .filter((request) => request.method !== 'GET' && request.path.startsWith('/api/'))
    .map((request) => ({ method: request.method, path: request.path, body: request.body }));
}

/** Ids Procurify assigns (or the preview made up) differ by nature; every other byte must agree. */
function withoutAssignedIds(requests: { method: string; path: string; body: unknown }[]) {
  const scrub = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(scrub);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, entry]) => [
          key,
          ['id', 'object_id', 'created_on'].includes(key) ? '*' : scrub(entry),
        ]),
      );
    }
    return value;
  };
  return requests.map((request) => ({
    method: request.method,
    path: request.path.replace(/\/(\d+|\{new [^}]+\})\//g, '/:id/'),
    body: scrub(request.body),
  }));
}

async function preview(stack: Stack, type: string, id: string): Promise<RecordPreview> {
  const { status, body } = await stack.admin<RecordPreview>(`/v1/records/${type}/${id}/preview`);
  expect(status).toBe(200);
  return body;
}

describe('dry run of a record', () => {
  it('predicts the bill write exactly, writes nothing, and a real run then sends the same requests', async () => {
    const stack = await startStack();
    const bill = billSnapshot(SCENARIO_CASES.billTwoLines);
    await stack.sendEvents([envelope('vendor', vendorSnapshot(bill.entity.id))]);
    await stack.waitFor('vendor', bill.entity.id, ['synced']);
    await stack.relay.sync!.worker!.stop();
    await stack.sendEvents([envelope('vendorbill', bill)]);
    stack.procurify.control.clearRequests();

    const predicted = await preview(stack, 'vendorbill', bill.id);
    expect(apiWrites(stack)).toEqual([]);
    expect(predicted.outcome.status).toBe('would_write');
    expect(predicted.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /api/v3/ap/items/',
      'POST /api/v3/ap/items/',
      'POST /api/v2/ap/bills/',
      'POST /api/v3/ap/bills/{new bill 1}/add-items/',
      'PUT /api/v2/ap/bills/{new bill 1}/',
      'PUT /api/v2/ap/bills/{new bill 1}/',
    ]);
    expect(predicted.diff[2]).toMatchObject({ kind: 'create' });
    const { body: untouched } = await stack.admin<RecordBody>(`/v1/records/vendorbill/${bill.id}`);
    expect(untouched.status).toBe('pending');

    stack.relay.sync!.worker!.start();
    await stack.waitFor('vendorbill', bill.id, ['synced']);
    expect(withoutAssignedIds(apiWrites(stack))).toEqual(withoutAssignedIds(predicted.requests));
  }, 60_000);

  it('shows a vendor change field by field against what Procurify holds, then sends that PATCH', async () => {
    const stack = await startStack();
    const vendor = vendorSnapshot('201');
    await stack.sendEvents([envelope('vendor', vendor)]);
    const synced = await stack.waitFor('vendor', '201', ['synced']);
    await stack.relay.sync!.worker!.stop();
    const renamed = { ...vendor, companyName: 'Great Lakes Steel Holdings', lastModified: '2026-11-25T10:00:00Z' };
    await stack.sendEvents([envelope('vendor', renamed)]);
    stack.procurify.control.clearRequests();

    const predicted = await preview(stack, 'vendor', '201');
    expect(apiWrites(stack)).toEqual([]);
    expect(predicted.outcome.status).toBe('synced');
    expect(predicted.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      `PATCH /api/v3/vendors/${synced.procurifyId}/`,
    ]);
    expect(predicted.diff[0]).toMatchObject({
      kind: 'update',
      changes: [{ field: 'name', current: vendor.companyName, proposed: 'Great Lakes Steel Holdings' }],
    });

    stack.relay.sync!.worker!.start();
    await stack.waitFor('vendor', '201', ['synced']);
    expect(apiWrites(stack)).toEqual(predicted.requests);
  }, 60_000);

  it('answers 404 for a record the relay does not have', async () => {
    const stack = await startStack();
    const { status } = await stack.admin('/v1/records/vendorbill/424242/preview');
    expect(status).toBe(404);
  }, 60_000);
});
