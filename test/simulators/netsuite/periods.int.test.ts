import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SuiteScriptError } from '../../../simulators/netsuite/suitescript/script-error';
import { SYNC_STATE_FIELDS as F, SYNC_STATE_RECORD } from '../../../suiteapp/src/lib/sync-state-record';
import { recordApi, SDF_FIXTURES, startSeededSimulator } from './helpers';

const BILL_PROBE_DIST = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'bill-probe-dist');
const CLOSED = {
  status: 400,
  'o:errorDetails': [
    {
      'o:errorCode': 'USER_ERROR',
      detail: expect.stringMatching(/^Error while accessing a resource\. .*closed accounting period \(Nov 2026\)/),
    },
  ],
};

const control = (sim: { baseUrl: string }, route: string) => fetch(`${sim.baseUrl}/__sim/${route}`, { method: 'POST' });

describe('closed accounting periods', () => {
  it('refuses a REST PATCH or DELETE of a bill in a closed period with 400 USER_ERROR, until the period reopens', async () => {
    const sim = await startSeededSimulator();
    const call = await recordApi(sim);
    const closed = await control(sim, 'periods/2026-11/close');
    expect(await closed.json()).toEqual({
      id: '202611',
      key: '2026-11',
      name: 'Nov 2026',
      startDate: '2026-11-01',
      endDate: '2026-11-30',
      closed: true,
    });
    const before = sim.control.record('vendorbill', '1001');
    const patch = await call('PATCH', 'vendorBill/1001', { memo: 'too late' });
    expect(patch.status).toBe(400);
    expect(await patch.json()).toMatchObject(CLOSED);
    expect(await (await call('DELETE', 'purchaseOrder/900')).json()).toMatchObject(CLOSED);
    expect(sim.control.record('vendorbill', '1001')).toEqual(before);
    expect(await (await fetch(`${sim.baseUrl}/__sim/periods`)).json()).toMatchObject({ closed: [{ key: '2026-11' }] });

    await control(sim, 'periods/2026-11/reopen');
    expect((await call('PATCH', 'vendorBill/1001', { memo: 'in time' })).status).toBe(204);
    expect((await call('DELETE', 'purchaseOrder/900')).status).toBe(204);
  });

  it("takes a bill's period from postingperiod when it names another month than the bill's date", async () => {
    const sim = await startSeededSimulator();
    const call = await recordApi(sim);
    sim.control.editRecord('vendorbill', '1002', { fields: { postingperiod: '202612' } });
    sim.control.closePeriod('2026-11');
    expect((await call('PATCH', 'vendorBill/1002', { memo: 'posts in December' })).status).toBe(204);
    expect((await call('PATCH', 'vendorBill/1001', { memo: 'posts in November' })).status).toBe(400);
    sim.control.closePeriod('2026-12');
    expect((await call('PATCH', 'vendorBill/1002', { memo: 'December closed too' })).status).toBe(400);
  });

  it('refuses a new bill dated in a closed period and moving a bill into one, but leaves vendors and sync states alone', async () => {
    const sim = await startSeededSimulator({ sdfObjects: SDF_FIXTURES });
    const call = await recordApi(sim);
    sim.control.closePeriod('2026-10');
    const created = await fetch(`${sim.baseUrl}/__sim/records/vendorbill`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fields: { tranid: 'LATE-1', trandate: '2026-10-31', entity: '100' } }),
    });
    expect(created.status).toBe(400);
    expect(await created.json()).toEqual({ error: 'The transaction date is not within an open accounting period.' });
    const moved = await call('PATCH', 'vendorBill/1001', { tranDate: '2026-10-15' });
    expect(moved.status).toBe(400);
    expect(await moved.json()).toMatchObject({ 'o:errorDetails': [{ 'o:errorCode': 'USER_ERROR' }] });
    expect(sim.control.record('vendorbill', '1001')?.fields.trandate).toBe('2026-11-02');

    sim.control.closePeriod('2026-11');
    expect((await call('PATCH', 'vendor/100', { phone: '555-0199' })).status).toBe(204);
    const state = { name: 'vendorbill 1001', [F.transaction]: { id: '1001' }, [F.status]: 'synced' };
    expect((await call('PUT', `${SYNC_STATE_RECORD}/eid:vendorbill-1001`, state)).status).toBe(204);
  });

  it('throws a SuiteScriptError from the store, which the SuiteScript runtime passes to its caller', async () => {
    const sim = await startSeededSimulator({ suitescript: { distDir: BILL_PROBE_DIST } });
    const runtime = sim.suitescript;
    sim.control.closePeriod('2026-11');
    const attempts = [
      () => runtime?.edit('vendorbill', '1001', { fields: { memo: 'no' } }),
      () => runtime?.delete('vendorbill', '1002'),
      () => runtime?.save('vendorbill', { fields: { tranid: 'NEW-1', trandate: '2026-11-30', entity: '100' } }),
      () => sim.store.update('vendorbill', '1003', { fields: { memo: 'no' } }, { silent: true }),
    ];
    for (const attempt of attempts) {
      let thrown: unknown;
      try {
        attempt();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(SuiteScriptError);
      expect(thrown).toMatchObject({ name: 'USER_ERROR', rule: 'closed_period' });
    }
    expect(sim.control.record('vendorbill', '1002')).toBeDefined();
  });
});
