import { beforeAll, describe, expect, it } from 'vitest';
import { buildSuiteApp } from './compiled-suiteapp';
import { newVendor, twoLineBill, waitForSync } from './e2e-records';
import { shownState } from '../helpers/sync-state';
import { startE2eWorld } from './e2e-world';

beforeAll(buildSuiteApp, 120_000);

describe('purchase orders and deletes, end to end', () => {
  it('checks a saved purchase order against the mappings and tells the buyer on the record, writing nothing to Procurify', async () => {
    const world = await startE2eWorld();
    const { runtime } = world;
    const vendorId = runtime.save('vendor', newVendor('Red Hill Steel Supply'));
    const order = twoLineBill(vendorId, 'PO-RH-77');
    const orderId = runtime.save('purchaseorder', { ...order, fields: { ...order.fields, status: 'Pending Receipt' } });
    runtime.runQueuedTasks();

    const checked = await waitForSync(world, 'purchaseorder', orderId, ['skipped']);
    expect(checked.message).toContain('all 2 line(s) map to Procurify accounts');
    expect(world.procurify.control.state().bills.filter((bill) => bill.invoice_number === 'PO-RH-77')).toEqual([]);
    const html = runtime.loadForView('purchaseorder', orderId).tabHtml('Procurify sync');
    expect(html).toContain('>Skipped: purchase orders are not sent</span>');
    expect(html).toContain('all 2 line(s) map to Procurify accounts');
    expect(html).not.toContain('missing');
    expect(world.outboxRows()).toHaveLength(2);
  });

  it('sends a delete of a synced bill and leaves the Procurify bill alone, saying so', async () => {
    const world = await startE2eWorld();
    const { runtime } = world;
    const vendorId = runtime.save('vendor', newVendor('Ottawa Street Welding'));
    const billId = runtime.save('vendorbill', twoLineBill(vendorId, 'OSW-2210'));
    runtime.runQueuedTasks();
    const synced = await waitForSync(world, 'vendorbill', billId, ['synced']);

    runtime.delete('vendorbill', billId);
    const rows = world.outboxRows().filter((row) => row.fields.custrecord_mlc_ob_action === 'delete');
    expect(rows.map((row) => [row.fields.custrecord_mlc_ob_record_id, row.fields.custrecord_mlc_ob_status])).toEqual([
      [billId, 'pending'],
    ]);
    runtime.runQueuedTasks();
    const deleted = await waitForSync(world, 'vendorbill', billId, ['deleted']);
    expect(deleted.procurifyId).toBe(synced.procurifyId);
    expect(deleted.message).toContain('no way to delete a bill');
    // The sync-state record stays, says so, and points at nothing: it never held the delete up.
    expect(shownState(world.netsuite.store, 'vendorbill', billId)).toMatchObject({
      status: 'deleted',
      transaction: null,
    });
    expect(world.procurify.control.state().bills.map((bill) => bill.uuid)).toContain(synced.procurifyId);
  });
});
