import { describe, expect, it } from 'vitest';
import type { RecordRuleError } from '../../../simulators/netsuite/account/errors';
import { SuiteScriptError } from '../../../simulators/netsuite/suitescript/script-error';
import { SYNC_STATE_FIELDS as F, SYNC_STATE_RECORD } from '../../../suiteapp/src/lib/sync-state-record';
import { recordApi, SDF_FIXTURES, startSeededSimulator, type RecordCall } from './helpers';

const STATE = SYNC_STATE_RECORD;
const PIN = 'customrecord_sim_pin';
const DEPENDENT_RECORDS = {
  status: 400,
  'o:errorDetails': [
    {
      'o:errorCode': 'USER_ERROR',
      detail: 'Error while accessing a resource. This record cannot be deleted because it has dependent records.',
    },
  ],
};

async function withStates(): Promise<{ sim: Awaited<ReturnType<typeof startSeededSimulator>>; call: RecordCall }> {
  const sim = await startSeededSimulator({ sdfObjects: SDF_FIXTURES });
  const call = await recordApi(sim);
  const put = (externalId: string, body: Record<string, unknown>) => call('PUT', `${STATE}/eid:${externalId}`, body);
  expect((await put('vendorbill-1001', { [F.recordType]: 'vendorbill', [F.transaction]: { id: '1001' } })).status).toBe(
    204,
  );
  expect(
    (await put('purchaseorder-900', { [F.recordType]: 'purchaseorder', [F.transaction]: { id: '900' } })).status,
  ).toBe(204);
  expect((await put('vendor-100', { [F.recordType]: 'vendor', [F.vendor]: { id: '100' } })).status).toBe(204);
  return { sim, call };
}

describe('custom record selects when the record they point at is deleted', () => {
  it('sets a SET_NULL select to null when its bill is deleted over REST, and moves the sync state record', async () => {
    const { sim, call } = await withStates();
    sim.clock.advance(90_000);
    expect((await call('DELETE', 'vendorBill/1001')).status).toBe(204);
    const state = (await (await call('GET', `${STATE}/eid:vendorbill-1001`)).json()) as Record<string, unknown>;
    expect(state).not.toHaveProperty(F.transaction);
    expect(state).toMatchObject({ [F.recordType]: 'vendorbill', lastModified: '2026-11-20T15:01:30Z' });
    expect(sim.control.customRecord(STATE, 'eid:purchaseorder-900')?.fields[F.transaction]).toBe('900');
  });

  it('sets the vendor select to null when the vendor is deleted through the control API or the store', async () => {
    const { sim } = await withStates();
    const response = await fetch(`${sim.baseUrl}/__sim/records/vendor/100`, { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(sim.control.customRecord(STATE, 'eid:vendor-100')?.fields[F.vendor]).toBeNull();
    sim.store.delete('purchaseorder', '900');
    expect(sim.control.customRecord(STATE, 'eid:purchaseorder-900')?.fields[F.transaction]).toBeNull();
  });

  it('refuses to delete a bill that a NO_ACTION select points at, with the dependent-records error, until that record goes', async () => {
    const { sim, call } = await withStates();
    const pin = { name: 'pin', custrecord_sim_pin_transaction: { id: '1001' } };
    expect((await call('PUT', `${PIN}/eid:pin-1`, pin)).status).toBe(204);
    const refused = await call('DELETE', 'vendorBill/1001');
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject(DEPENDENT_RECORDS);
    expect(sim.control.record('vendorbill', '1001')).toBeDefined();
    expect(sim.control.customRecord(STATE, 'eid:vendorbill-1001')?.fields[F.transaction]).toBe('1001');

    let thrown: unknown;
    try {
      sim.store.delete('vendorbill', '1001');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SuiteScriptError);
    expect(thrown).toMatchObject({ name: 'THIS_RECORD_CANNOT_BE_DELETED_BECAUSE_IT_HAS_DEPENDENT_RECORDS' });
    expect((thrown as RecordRuleError).rule).toBe('dependent_records');

    expect((await call('DELETE', `${PIN}/eid:pin-1`)).status).toBe(204);
    expect((await call('DELETE', 'vendorBill/1001')).status).toBe(204);
    expect(sim.control.customRecord(STATE, 'eid:vendorbill-1001')?.fields[F.transaction]).toBeNull();
  });

  it('treats a select without onparentdelete as NO_ACTION, and guards custom records the same way', async () => {
    const { sim, call } = await withStates();
    const stateId = String(sim.control.customRecord(STATE, 'eid:vendor-100')?.id);
    const pin = { custrecord_sim_pin_vendor: { id: '100' }, custrecord_sim_pin_state: { id: stateId } };
    expect((await call('PUT', `${PIN}/eid:pin-2`, pin)).status).toBe(204);
    const vendor = await fetch(`${sim.baseUrl}/__sim/records/vendor/100`, { method: 'DELETE' });
    expect(vendor.status).toBe(400);
    expect(await vendor.json()).toEqual({ error: 'This record cannot be deleted because it has dependent records.' });
    const state = await call('DELETE', `${STATE}/${stateId}`);
    expect(await state.json()).toMatchObject(DEPENDENT_RECORDS);
    expect(sim.control.record('vendor', '100')).toBeDefined();
  });
});
