import { beforeAll, describe, expect, it } from 'vitest';
import { FEATURE_PROFILES } from '../../simulators/netsuite/account/features';
import { buildSuiteApp } from './compiled-suiteapp';
import { newVendor, shownInNetSuite, twoLineBill, waitForSync } from './e2e-records';
import { SECRETS, startE2eWorld, type E2eWorld } from './e2e-world';

// Accounts without some optional features (Departments, Locations, Classes, OneWorld, Multiple
// Currencies): the simulator refuses those columns in SuiteQL as NetSuite does, the SuiteApp asks
// runtime.isFeatureInEffect, and the relay asks SuiteQL which features are there.
beforeAll(buildSuiteApp, 120_000);

/** SuiteQL the relay sent that the account refused (any 400 from the query endpoint). */
function refusedQueries(world: E2eWorld): string[] {
  return world.netsuite.control
    .requests()
    .filter((request) => request.kind === 'suiteql' && request.status === 400)
    .map((request) => request.query ?? '');
}

describe('a NetSuite account without some optional features', () => {
  it('with Departments but no Locations, Classes or OneWorld: a save reaches Procurify and the state shows in NetSuite', async () => {
    const world = await startE2eWorld({ features: FEATURE_PROFILES.departmentsOnly });
    const vendorId = world.runtime.save('vendor', newVendor('Harbour Metals Inc.'));
    const billId = world.runtime.save('vendorbill', twoLineBill(vendorId, 'HM-3001'));
    world.runtime.runQueuedTasks();

    const vendor = await waitForSync(world, 'vendor', vendorId, ['synced']);
    const bill = await waitForSync(world, 'vendorbill', billId, ['synced']);
    expect(vendor.procurifyId).toBeTruthy();
    expect(shownInNetSuite(world, 'vendorbill', billId)).toEqual({ status: 'synced', procurifyId: bill.procurifyId });
    // Only the feature probes were refused; no poll or reference query named a missing column.
    expect(refusedQueries(world).every((query) => /FETCH FIRST 1 ROWS ONLY$/.test(query))).toBe(true);
    expect(refusedQueries(world).length).toBeGreaterThan(0);
  });

  it('with none of them: the vendor syncs, a bill without departments needs a mapping until lines without one are mapped, and no query fails', async () => {
    const world = await startE2eWorld({ features: FEATURE_PROFILES.basic });
    const vendorId = world.runtime.save('vendor', newVendor('Lakeshore Fasteners Ltd.'));
    const billId = world.runtime.save('vendorbill', twoLineBill(vendorId, 'LF-4001'));
    world.runtime.runQueuedTasks();

    await waitForSync(world, 'vendor', vendorId, ['synced']);
    const bill = await waitForSync(world, 'vendorbill', billId, ['needs_mapping']);
    expect(JSON.stringify(bill.issues)).toContain('unmapped_department');
    expect(shownInNetSuite(world, 'vendorbill', billId)?.status).toBe('needs_mapping');

    const snapshot = (await world.admin<{ snapshot?: unknown }>(`/v1/records/vendorbill/${billId}`)).body;
    expect(JSON.stringify(snapshot)).not.toContain('"department":{');
    const poll = await world.admin<{ polled: Record<string, unknown> }>('/v1/sync/poll', { method: 'POST' });
    expect(poll.status).toBe(200);
    expect(refusedQueries(world).every((query) => /FETCH FIRST 1 ROWS ONLY$/.test(query))).toBe(true);

    // Lines without a department go to the Procurify department mapped to NetSuite department 0
    // (Hamilton Plant here); the waiting bill is tried again by itself and goes through.
    const mapped = await fetch(`${world.relay.baseUrl}/v1/mappings/departments`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${SECRETS.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify([{ netsuiteId: '0', procurifyId: '1' }]),
    });
    expect(mapped.status).toBe(200);
    const synced = await waitForSync(world, 'vendorbill', billId, ['synced']);
    expect(shownInNetSuite(world, 'vendorbill', billId)).toEqual({ status: 'synced', procurifyId: synced.procurifyId });
  });
});
