import { beforeAll, describe, expect, it } from 'vitest';
import { newVendor, twoLineBill, waitForReprocessing, waitForSync, type RelayRecord } from './e2e-records';
import { buildSuiteApp } from './compiled-suiteapp';
import { startE2eWorld, type E2eWorld } from './e2e-world';

beforeAll(buildSuiteApp, 120_000);

const SUITELET = ['customscript_mlc_resync_sl', 'customdeploy_mlc_resync_sl'] as const;

async function syncedVendorAndBill(world: E2eWorld, name: string, tranId: string, accounts?: [string, string]) {
  const vendorId = world.runtime.save('vendor', newVendor(name));
  const billId = world.runtime.save('vendorbill', twoLineBill(vendorId, tranId, accounts));
  world.runtime.runQueuedTasks();
  await waitForSync(world, 'vendor', vendorId, ['synced']);
  return { vendorId, billId };
}

function procurifyBills(world: E2eWorld, invoiceNumber: string) {
  return world.procurify.control.state().bills.filter((bill) => bill.invoice_number === invoiceNumber);
}

function resyncEvents(record: RelayRecord) {
  return record.history.filter((entry) => entry.action === 'event_received' && entry.detail.action === 'resync');
}

describe('the sync tab, Resync and an outage, end to end', () => {
  it('shows an unmapped line as missing on the bill once the relay has written back', async () => {
    const world = await startE2eWorld();
    const { billId } = await syncedVendorAndBill(world, 'Dundas Die Works', 'DDW-118', ['5010', '5300']);
    const held = await waitForSync(world, 'vendorbill', billId, ['needs_mapping']);
    expect(held.issues.map((issue) => issue.code)).toEqual(['unmapped_gl_account']);
    expect(procurifyBills(world, 'DDW-118')).toEqual([]);

    const html = world.runtime.loadForView('vendorbill', billId).tabHtml('Procurify sync');
    expect(html).toContain('>Needs mapping</span>');
    const lineRows = [...html.matchAll(/<tr><td[^>]*>(\d+)<\/td>(.*?)<\/tr>/g)].map((match) => [match[1], match[2]]);
    expect(lineRows).toHaveLength(2);
    expect(lineRows[0]![1]).toContain('5010');
    expect(lineRows[0]![1]).not.toContain('missing');
    expect(lineRows[1]![1]).toContain('5300 Tooling &amp; Dies');
    expect(lineRows[1]![1]).toContain('missing');
  });

  it('re-sends the bill when Resync is pressed, and the relay accepts it without duplicating the bill', async () => {
    const world = await startE2eWorld();
    const { billId } = await syncedVendorAndBill(world, 'Bayfront Freight Ltd.', 'BF-5521');
    const synced = await waitForSync(world, 'vendorbill', billId, ['synced']);

    const answer = world.runtime.callSuitelet(...SUITELET, {
      method: 'POST',
      params: { recordType: 'vendorbill', recordId: billId },
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ ok: true, message: expect.stringContaining('Queued for Procurify') });
    const alerts = await world.runtime.loadForView('vendorbill', billId).click('custpage_mlc_resync');
    expect(alerts).toEqual([expect.stringContaining('Queued for Procurify')]);

    const again = await waitForReprocessing(world, 'vendorbill', billId, (entry) => entry.detail.action === 'resync');
    expect(resyncEvents(again)).toHaveLength(2);
    expect(resyncEvents(again).map((entry) => entry.detail.source)).toEqual(['button', 'button']);
    expect(again).toMatchObject({ status: 'synced', procurifyId: synced.procurifyId });
    expect(again.message).toBe('Already up to date in Procurify.');
    expect(procurifyBills(world, 'BF-5521')).toHaveLength(1);
  });

  it('loses nothing while the relay is down, tells the user why Resync failed, and delivers everything once it is back', async () => {
    const world = await startE2eWorld();
    const { runtime } = world;
    const vendorId = runtime.save('vendor', newVendor('Stoney Creek Castings'));
    runtime.runQueuedTasks();
    const vendorBefore = await waitForSync(world, 'vendor', vendorId, ['synced']);

    await world.stopRelay();
    runtime.edit('vendor', vendorId, { fields: { email: 'payables@stoneycreek.example.com' } });
    const billId = runtime.save('vendorbill', twoLineBill(vendorId, 'SCC-4410'));
    const saves = runtime.meters.filter(
      (meter) => meter.entryPoint === 'afterSubmit' && meter.executionContext === 'USERINTERFACE',
    );
    expect(saves.map((meter) => [meter.recordType, meter.eventType, meter.error])).toEqual([
      ['vendor', 'create', null],
      ['vendor', 'edit', null],
      ['vendorbill', 'create', null],
    ]);
    runtime.runQueuedTasks();
    const waiting = world.outboxRows().filter((row) => row.fields.custrecord_mlc_ob_status !== 'sent');
    expect(waiting).toHaveLength(2);
    for (const row of waiting) {
      expect(row.fields).toMatchObject({ custrecord_mlc_ob_status: 'pending', custrecord_mlc_ob_attempts: 1 });
      expect(String(row.fields.custrecord_mlc_ob_last_error)).toContain('relay unreachable');
    }
    const refused = runtime.callSuitelet(...SUITELET, {
      method: 'POST',
      params: { recordType: 'vendorbill', recordId: billId },
    });
    expect(JSON.parse(refused.body)).toEqual({
      ok: false,
      message: expect.stringContaining('Not queued: the relay could not be reached'),
    });

    // The new relay process opens the same database: it still knows the vendor it synced before.
    await world.restartRelay();
    const remembered = await world.admin<RelayRecord>(`/v1/records/vendor/${vendorId}`);
    expect(remembered.body).toMatchObject({ status: 'synced', procurifyId: vendorBefore.procurifyId });
    expect((await world.admin(`/v1/records/vendorbill/${billId}`)).status).toBe(404);

    // The rows back off for a minute; the 15-minute deployment sends them once they are due.
    runtime.runScheduledDeployments();
    expect(world.outboxRows().filter((row) => row.fields.custrecord_mlc_ob_status === 'pending')).toHaveLength(2);
    world.netsuite.clock.advance(61_000);
    const runs = runtime.runScheduledDeployments();
    expect(runs.map((run) => [run.deploymentId, run.inputError, run.mapErrors, run.summarizeError])).toEqual([
      ['customdeploy_mlc_dispatch_mr_15m', null, [], null],
    ]);
    expect(world.outboxRows().map((row) => row.fields.custrecord_mlc_ob_status)).toEqual(['sent', 'sent', 'sent']);

    const bill = await waitForSync(world, 'vendorbill', billId, ['synced']);
    const vendor = await waitForSync(world, 'vendor', vendorId, ['synced']);
    expect(vendor.procurifyId).toBe(vendorBefore.procurifyId);
    const procurifyVendor = world.procurify.control
      .state()
      .vendors.find((each) => String(each.id) === vendor.procurifyId);
    expect(procurifyVendor?.email).toEqual(['payables@stoneycreek.example.com']);
    expect(procurifyBills(world, 'SCC-4410').map((written) => written.uuid)).toEqual([bill.procurifyId]);
  });
});
