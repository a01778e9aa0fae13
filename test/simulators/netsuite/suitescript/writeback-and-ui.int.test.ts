import { describe, expect, it } from 'vitest';
import { startSuiteAppWorld, twoLineBill } from './suiteapp-fixture';

const WRITEBACK = {
  custbody_mlc_status: 'needs_mapping',
  custbody_mlc_procurify_id: 'b7c1e2d4-0000-4000-8000-000000000001',
  custbody_mlc_synced_at: '2026-11-21T10:00:00Z',
  custbody_mlc_message: 'Line 2: GL account 6150 has no Procurify account code',
  custbody_mlc_detail: JSON.stringify({
    lines: [
      {
        line: 1,
        glAccount: '6100',
        accountCode: '6100',
        department: 'Plant A',
        procurifyDepartment: 'Plant A',
        ok: true,
      },
      { line: 2, glAccount: '6150', accountCode: null, department: null, procurifyDepartment: null, ok: false },
    ],
    history: [{ at: '2026-11-21T10:00:00Z', status: 'needs_mapping', message: 'unmapped_gl_account' }],
  }),
};

describe('the relay writeback and the NetSuite UI', () => {
  it('produces no outbox row for a REST PATCH of only _mlc_ fields (loop guard)', async () => {
    const { runtime, restPatch, outboxRows } = await startSuiteAppWorld();
    const response = await restPatch('vendorBill/1001', WRITEBACK);
    expect(response.status).toBe(204);
    const afterSubmit = runtime.meters.filter((meter) => meter.entryPoint === 'afterSubmit');
    expect(afterSubmit.map((meter) => [meter.recordId, meter.eventType, meter.executionContext])).toEqual([
      ['1001', 'edit', 'RESTWEBSERVICES'],
    ]);
    expect(outboxRows()).toEqual([]);
    expect(runtime.logs.map((entry) => entry.title)).toContain('mlc skipped own writeback');
  });

  it('captures a REST PATCH that changes a business field as a web services edit', async () => {
    const { restPatch, outboxRows } = await startSuiteAppWorld();
    expect((await restPatch('vendorBill/1001', { memo: 'Corrected memo' })).status).toBe(204);
    const rows = outboxRows();
    expect(rows).toHaveLength(1);
    expect(JSON.parse(String(rows[0]!.fields.custrecord_mlc_ob_envelope)).snapshot.memo).toBe('Corrected memo');
  });

  it('renders the Procurify sync tab from the _mlc_ fields the REST PATCH wrote', async () => {
    const { runtime, restPatch } = await startSuiteAppWorld();
    await restPatch('vendorBill/1001', WRITEBACK);
    const view = runtime.loadForView('vendorbill', '1001');
    const html = view.tabHtml('Procurify sync');
    expect(html).toContain('6150');
    expect(html).toContain('has no Procurify account code');
    expect(html).toContain('b7c1e2d4-0000-4000-8000-000000000001');
    expect(view.form.buttons.map((button) => [button.id, button.label])).toEqual([
      ['custpage_mlc_resync', 'Resync to Procurify'],
    ]);
    expect(view.form.clientScriptModulePath).toBe('./mlc_resync_cs.js');
    const beforeLoad = runtime.meters.find((meter) => meter.entryPoint === 'beforeLoad');
    expect(beforeLoad).toMatchObject({ eventType: 'view', unitsUsed: 0, error: null });
  });

  it('gives an inline edit a newRecord holding only the changed fields, and loads the record for the snapshot', async () => {
    const { runtime, outboxRows } = await startSuiteAppWorld();
    runtime.xedit('vendorbill', '1002', { memo: 'Inline memo' });
    const meter = runtime.meters.find((each) => each.entryPoint === 'afterSubmit');
    expect(meter).toMatchObject({ eventType: 'xedit', recordId: '1002' });
    // The SuiteApp loads the bill because newRecord lacks everything but memo.
    expect(meter!.calls.map((call) => call.api)).toContain('record.load vendorbill');
    const envelope = JSON.parse(String(outboxRows()[0]!.fields.custrecord_mlc_ob_envelope));
    expect(envelope.snapshot).toMatchObject({ id: '1002', memo: 'Inline memo', tranId: 'INV-1002', total: '1250.50' });
  });

  it('posts a resync event from the Suitelet, and from the Resync button through the client script', async () => {
    const { runtime, relay } = await startSuiteAppWorld();
    const answer = runtime.callSuitelet('customscript_mlc_resync_sl', 'customdeploy_mlc_resync_sl', {
      method: 'POST',
      params: { recordType: 'vendorbill', recordId: '1001' },
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true });
    let received = await relay.received();
    expect(received.map((event) => [event.action, event.source, event.recordId])).toEqual([
      ['resync', 'button', '1001'],
    ]);
    expect(received[0]!.snapshot).toMatchObject({ id: '1001', purchaseOrders: [{ id: '900', tranId: 'PO-900' }] });

    const alerts = await runtime.loadForView('vendorbill', '1001').click('custpage_mlc_resync');
    expect(alerts).toHaveLength(1);
    received = await relay.received();
    expect(received.filter((event) => event.action === 'resync')).toHaveLength(2);
    expect(runtime.meters.filter((meter) => meter.kind === 'suitelet').every((meter) => meter.unitsUsed >= 10)).toBe(
      true,
    );
  });

  it('answers the status request of the Suitelet with the relay view of the record', async () => {
    const { runtime } = await startSuiteAppWorld();
    const answer = runtime.callSuitelet('customscript_mlc_resync_sl', 'customdeploy_mlc_resync_sl', {
      method: 'GET',
      params: { recordType: 'vendor', recordId: '100', action: 'status' },
    });
    expect(JSON.parse(answer.body)).toEqual({
      ok: true,
      status: 200,
      body: { recordType: 'vendor', recordId: '100', status: 'synced' },
    });
  });

  it('never fails the save when the relay is unreachable in direct mode, keeping the event in the outbox', async () => {
    const world = await startSuiteAppWorld({ mode: 'direct' });
    await world.relay.stop();
    const billId = world.runtime.save('vendorbill', twoLineBill('INV-DIRECT'));
    expect(world.sim.store.has('vendorbill', billId)).toBe(true);
    expect(world.outboxRows()).toHaveLength(1);
    expect(world.runtime.logs.map((entry) => entry.title)).toContain('mlc direct post failed, kept in outbox');
  });
});
