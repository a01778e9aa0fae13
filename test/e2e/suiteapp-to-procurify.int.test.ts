import { beforeAll, describe, expect, it } from 'vitest';
import { newVendor, shownInNetSuite, twoLineBill, waitForSync } from './e2e-records';
import { buildSuiteApp } from './compiled-suiteapp';
import { SECRETS, startE2eWorld } from './e2e-world';

// The tests run the compiled SuiteApp, exactly what `npm run suiteapp:deploy` would upload.
beforeAll(buildSuiteApp, 120_000);

describe('a vendor and a bill saved in NetSuite reach Procurify through the real relay', () => {
  it('captures the saves, dispatches them, syncs them and shows the outcome on the records', async () => {
    const world = await startE2eWorld();
    const { runtime, procurify } = world;
    const vendorId = runtime.save('vendor', newVendor('Harbour Metals Inc.'));
    const billId = runtime.save('vendorbill', twoLineBill(vendorId, 'HM-20261124'));
    expect(world.outboxRows().map((row) => row.fields.custrecord_mlc_ob_status)).toEqual(['pending', 'pending']);

    const runs = runtime.runQueuedTasks();
    expect(runs.map((run) => [run.inputError, run.mapErrors, run.summarizeError])).toEqual([[null, [], null]]);
    expect(world.outboxRows().map((row) => row.fields.custrecord_mlc_ob_status)).toEqual(['sent', 'sent']);

    const vendor = await waitForSync(world, 'vendor', vendorId, ['synced']);
    const bill = await waitForSync(world, 'vendorbill', billId, ['synced']);
    const written = procurify.control.state().bills.find((candidate) => candidate.uuid === bill.procurifyId);
    expect(written).toMatchObject({ invoice_number: 'HM-20261124' });
    expect(String(written!.vendorId)).toBe(vendor.procurifyId);
    expect(shownInNetSuite(world, 'vendorbill', billId)).toEqual({ status: 'synced', procurifyId: bill.procurifyId });

    const html = runtime.loadForView('vendorbill', billId).tabHtml('Procurify sync');
    expect(html).toContain('>Synced to Procurify</span>');
    expect(html).toContain(bill.procurifyId);
    expect(html).not.toContain('missing');

    // The relay's log saw the whole exchange and none of the secrets it was given.
    const relayLog = world.relay.output.join('\n');
    expect(relayLog).toContain(billId);
    for (const secret of [SECRETS.eventSecret, SECRETS.adminToken, SECRETS.masterKey, 'sim-client-secret']) {
      expect(relayLog).not.toContain(secret);
    }
  });

  it('does not loop: showing the outcome edits no vendor or bill, so no user event runs and nothing is sent again', async () => {
    const world = await startE2eWorld();
    const { runtime } = world;
    const vendorId = runtime.save('vendor', newVendor('Lakeshore Fasteners Ltd.'));
    const billId = runtime.save('vendorbill', twoLineBill(vendorId, 'LF-3301'));
    const savedAt = world.netsuite.store.peek('vendorbill', billId)!.lastModifiedAt;
    runtime.runQueuedTasks();
    await waitForSync(world, 'vendor', vendorId, ['synced']);
    await waitForSync(world, 'vendorbill', billId, ['synced']);

    const afterRest = runtime.meters.filter((meter) => meter.executionContext === 'RESTWEBSERVICES');
    expect(afterRest).toEqual([]);
    expect(world.netsuite.store.peek('vendorbill', billId)!.lastModifiedAt).toBe(savedAt);
    const writes = world.netsuite.control
      .requests()
      .filter((request) => request.method !== 'GET' && request.kind === 'record');
    expect(writes.map((request) => `${request.method} ${request.path}`)).toEqual(
      expect.arrayContaining([
        `PUT /services/rest/record/v1/customrecord_mlc_sync_state/eid:vendor-${vendorId}`,
        `PUT /services/rest/record/v1/customrecord_mlc_sync_state/eid:vendorbill-${billId}`,
      ]),
    );
    expect(writes.every((request) => request.path.includes('/customrecord_mlc_sync_state/'))).toBe(true);
    expect(world.outboxRows()).toHaveLength(2);
    expect(runtime.queuedTasks).toEqual([]);
  });

  it('keeps the user event within 40 governance units per save in default mode, by the runtime meter', async () => {
    const world = await startE2eWorld();
    const { runtime } = world;
    const vendorId = runtime.save('vendor', newVendor('Escarpment Tooling Co.'));
    const billId = runtime.save('vendorbill', twoLineBill(vendorId, 'ET-0907'));
    runtime.edit('vendorbill', billId, { fields: { memo: 'Steel and freight, corrected' } });
    runtime.runQueuedTasks();
    await waitForSync(world, 'vendorbill', billId, ['synced']);

    const saves = runtime.meters.filter((meter) => meter.entryPoint === 'afterSubmit');
    expect(saves.filter((meter) => meter.executionContext === 'USERINTERFACE').map((m) => m.eventType)).toEqual([
      'create',
      'create',
      'edit',
    ]);
    for (const meter of saves) {
      expect(meter.error).toBeNull();
      expect(meter.unitLimit).toBe(1000);
      expect(meter.unitsUsed).toBeLessThanOrEqual(40);
    }
    // The captured saves did metered work (outbox write, task submit).
    const captured = saves.filter((meter) => meter.executionContext === 'USERINTERFACE');
    expect(captured.every((meter) => meter.unitsUsed > 0)).toBe(true);
  });

  it('in direct mode posts each save to the relay from the user event itself, with no outbox row and no dispatcher run', async () => {
    const world = await startE2eWorld({ mode: 'direct' });
    const { runtime } = world;
    const vendorId = runtime.save('vendor', newVendor('Wentworth Abrasives'));
    const billId = runtime.save('vendorbill', twoLineBill(vendorId, 'WA-6120'));
    expect(world.outboxRows()).toEqual([]);
    expect(runtime.queuedTasks).toEqual([]);
    const saves = runtime.meters.filter((meter) => meter.entryPoint === 'afterSubmit');
    expect(saves.map((meter) => [meter.recordType, meter.error])).toEqual([
      ['vendor', null],
      ['vendorbill', null],
    ]);
    expect(saves.every((meter) => meter.calls.some((call) => call.api.startsWith('https.post')))).toBe(true);

    const bill = await waitForSync(world, 'vendorbill', billId, ['synced']);
    expect(world.procurify.control.state().bills.map((each) => each.uuid)).toContain(bill.procurifyId);
    expect(world.outboxRows()).toEqual([]);
  });
});
