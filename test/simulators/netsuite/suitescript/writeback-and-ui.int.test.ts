import { describe, expect, it } from 'vitest';
import { startSuiteAppWorld, SYNC_STATE, twoLineBill, type SuiteAppWorld } from './suiteapp-fixture';
import { syncStateUpsert, type SyncStateValues } from './sync-state-body';

const NEEDS_MAPPING = {
  status: 'needs_mapping',
  procurifyId: 'b7c1e2d4-0000-4000-8000-000000000001',
  syncedAt: '2026-11-21T10:00:00Z',
  message: 'Line 2: GL account 6150 has no Procurify account code',
  detail: {
    link: null,
    lines: [
      { line: 1, glAccount: '6100', accountCode: '6100', department: 'Plant A', procurifyDepartment: 'Plant A' },
      { line: 2, glAccount: '6150', accountCode: null, department: null, procurifyDepartment: null },
    ],
    history: [{ at: '2026-11-21T10:00:00Z', status: 'needs_mapping', message: 'unmapped_gl_account' }],
  },
};

/** What the relay writes for a bill it skips because it waits for approval (never synced). */
const SKIPPED_PENDING_APPROVAL = {
  status: 'skipped',
  message: 'Not synced: Bill INV-1003 is pending approval in NetSuite; it will sync once it is approved.',
  detail: {
    link: null,
    lines: [],
    history: [{ at: '2026-11-21T10:00:00Z', status: 'skipped', message: 'Not synced: pending approval' }],
  },
};

async function upsertState(
  world: SuiteAppWorld,
  recordType: 'vendor' | 'vendorbill',
  recordId: string,
  values: SyncStateValues = NEEDS_MAPPING,
) {
  const { path, body } = syncStateUpsert(recordType, recordId, values);
  const response = await world.restPut(path, body);
  expect(response.status, await response.clone().text()).toBe(204);
}

describe('the sync-state record and the NetSuite UI', () => {
  it('renders the Procurify sync tab from the sync-state record the relay upserted, in one lookup', async () => {
    const world = await startSuiteAppWorld();
    await upsertState(world, 'vendorbill', '1001');
    const view = world.runtime.loadForView('vendorbill', '1001');
    const html = view.tabHtml('Procurify sync');
    expect(html).toContain('>Needs mapping</span>');
    expect(html).toContain('has no Procurify account code');
    expect(html).toContain('b7c1e2d4-0000-4000-8000-000000000001');
    expect(html.match(/>missing</g)).toHaveLength(2);
    expect(view.form.buttons.map((button) => [button.id, button.label])).toEqual([
      ['custpage_mlc_resync', 'Resync to Procurify'],
    ]);
    const beforeLoad = world.runtime.meters.find((meter) => meter.entryPoint === 'beforeLoad');
    expect(beforeLoad).toMatchObject({ eventType: 'view', unitsUsed: 10, error: null });
    expect(beforeLoad!.calls.map((call) => call.api)).toEqual(['query.runSuiteQL']);
  });

  it("shows the last sync in the user's own date format and time zone", async () => {
    const losAngeles = await startSuiteAppWorld();
    await upsertState(losAngeles, 'vendorbill', '1001');
    const pacific = losAngeles.runtime.loadForView('vendorbill', '1001').tabHtml('Procurify sync');
    expect(pacific).toContain('<td>11/21/2026 2:00:00 am</td>');
    expect(pacific).toContain('<li>11/21/2026 2:00:00 am: Needs mapping');

    const berlin = await startSuiteAppWorld({ timeZone: 'Europe/Berlin', dateFormat: 'DD.MM.YYYY' });
    await upsertState(berlin, 'vendorbill', '1001');
    expect(berlin.runtime.loadForView('vendorbill', '1001').tabHtml('Procurify sync')).toContain(
      '<td>21.11.2026 11:00:00 am</td>',
    );
  });

  it('says "Not synced yet" for a record that has no sync-state record, with no row it cannot fill', async () => {
    const { runtime } = await startSuiteAppWorld();
    const view = runtime.loadForView('vendor', '100');
    const html = view.tabHtml('Procurify sync');
    expect(html).toContain('>Not synced yet</span>');
    expect(html).not.toMatch(/Last synced|Procurify id|Message/);
    expect(view.form.buttons.map((button) => button.id)).toEqual(['custpage_mlc_resync']);
  });

  it('shows a bill skipped as pending approval in words, with no last sync and no Resync button', async () => {
    const world = await startSuiteAppWorld();
    await upsertState(world, 'vendorbill', '1003', SKIPPED_PENDING_APPROVAL);
    const view = world.runtime.loadForView('vendorbill', '1003');
    const html = view.tabHtml('Procurify sync');
    expect(html).toContain('>Skipped: not approved yet</span>');
    expect(html).toContain('it will sync once it is approved');
    expect(html).toContain('<li>11/21/2026 2:00:00 am: Skipped — Not synced: pending approval</li>');
    expect(html).not.toMatch(/Last synced|Procurify id|skipped/);
    expect(view.form.buttons).toEqual([]);

    // Once approved the bill syncs by itself; until the relay has seen it, Resync is offered again.
    world.runtime.edit('vendorbill', '1003', { fields: { approvalstatus: '2' } });
    const approved = world.runtime.loadForView('vendorbill', '1003');
    expect(approved.tabHtml('Procurify sync')).toContain('>Skipped</span>');
    expect(approved.form.buttons.map((button) => button.id)).toEqual(['custpage_mlc_resync']);
  });

  it('runs no user event and queues nothing when the relay upserts a sync-state record', async () => {
    const world = await startSuiteAppWorld();
    await upsertState(world, 'vendor', '100');
    expect(world.runtime.meters).toEqual([]);
    expect(world.outboxRows()).toEqual([]);
    const stored = [...world.runtime.customRecords.scan(SYNC_STATE)];
    expect(stored.map((row) => [row.fields.externalid, row.fields.custrecord_mlc_ss_vendor])).toEqual([
      ['vendor-100', '100'],
    ]);
  });

  it('keeps the sync-state record when its bill is deleted, and clears only the link to it', async () => {
    const world = await startSuiteAppWorld();
    const billId = world.runtime.save('vendorbill', twoLineBill('INV-GONE'));
    await upsertState(world, 'vendorbill', billId);
    world.runtime.delete('vendorbill', billId);
    expect(world.sim.store.has('vendorbill', billId)).toBe(false);
    const [state] = [...world.runtime.customRecords.scan(SYNC_STATE)];
    expect(state!.fields).toMatchObject({ custrecord_mlc_ss_record_id: billId, custrecord_mlc_ss_transaction: null });
  });

  it('turns every edit into an event, even one that changes no business field', async () => {
    const { runtime, outboxRows } = await startSuiteAppWorld();
    runtime.edit('vendor', '100', { fields: {} });
    runtime.xedit('vendorbill', '1002', { memo: 'Inline memo' });
    const envelopes = outboxRows().map((row) => JSON.parse(String(row.fields.custrecord_mlc_ob_envelope)));
    expect(envelopes.map((envelope) => [envelope.recordType, envelope.recordId, envelope.action])).toEqual([
      ['vendor', '100', 'edit'],
      ['vendorbill', '1002', 'edit'],
    ]);
  });

  it('captures a REST PATCH that changes a business field as a web services edit', async () => {
    const { restPatch, outboxRows } = await startSuiteAppWorld();
    expect((await restPatch('vendorBill/1001', { memo: 'Corrected memo' })).status).toBe(204);
    const rows = outboxRows();
    expect(rows).toHaveLength(1);
    expect(JSON.parse(String(rows[0]!.fields.custrecord_mlc_ob_envelope)).snapshot.memo).toBe('Corrected memo');
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
});
