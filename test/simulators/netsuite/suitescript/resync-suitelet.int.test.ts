import { describe, expect, it } from 'vitest';
import { startSuiteAppWorld } from './suiteapp-fixture';
import { syncStateUpsert } from './sync-state-body';

const SUITELET = ['customscript_mlc_resync_sl', 'customdeploy_mlc_resync_sl'] as const;

describe('the Resync Suitelet', () => {
  it('posts a resync event from the Suitelet, and from the Resync button through the client script', async () => {
    const { runtime, relay } = await startSuiteAppWorld();
    const answer = runtime.callSuitelet(...SUITELET, {
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
    expect(alerts).toEqual(['Queued for Procurify. The status on this page updates once the relay has synced it.']);
    received = await relay.received();
    expect(received.filter((event) => event.action === 'resync')).toHaveLength(2);
  });

  it('answers the status request from the sync-state record in one lookup, without calling the relay', async () => {
    const world = await startSuiteAppWorld();
    const { path, body } = syncStateUpsert('vendor', '100', {
      status: 'synced',
      procurifyId: '812',
      syncedAt: '2026-11-21T10:00:00Z',
      message: 'Written to Procurify',
    });
    expect((await world.restPut(path, body)).status).toBe(204);
    const answer = world.runtime.callSuitelet(...SUITELET, {
      method: 'GET',
      params: { recordType: 'vendor', recordId: '100', action: 'status' },
    });
    expect(JSON.parse(answer.body)).toEqual({
      ok: true,
      recordType: 'vendor',
      recordId: '100',
      state: {
        status: 'synced',
        procurifyId: '812',
        syncedAt: '2026-11-21T10:00:00Z',
        message: 'Written to Procurify',
        detail: JSON.stringify({ link: null, lines: [], history: [] }),
      },
    });
    const meter = world.runtime.meters.find((each) => each.kind === 'suitelet');
    expect(meter!.calls.map((call) => call.api)).toEqual(['query.runSuiteQL']);
    expect(await world.relay.received()).toEqual([]);
  });

  it('answers a null state for a record the relay has not synced yet', async () => {
    const { runtime } = await startSuiteAppWorld();
    const answer = runtime.callSuitelet(...SUITELET, {
      method: 'GET',
      params: { recordType: 'vendorbill', recordId: '1002', action: 'status' },
    });
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true, recordId: '1002', state: null });
  });

  it('refuses a record type it does not sync', async () => {
    const { runtime } = await startSuiteAppWorld();
    const answer = runtime.callSuitelet(...SUITELET, {
      method: 'GET',
      params: { recordType: 'customer', recordId: '1', action: 'status' },
    });
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false });
  });
});
