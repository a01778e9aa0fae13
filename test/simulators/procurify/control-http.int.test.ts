import { describe, expect, it } from 'vitest';
import { startSim } from './sim-client';
import { smallProcurify } from './small-scenario';

describe('Procurify simulator: the /__sim/ control API', () => {
  it('adds data, reads state and resets to the initial seed', async () => {
    const sim = await startSim();
    const post = (path: string, body: unknown) =>
      sim.client.raw('POST', `/__sim/${path}`, {
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
      });
    expect(
      (await post('data/account-codes', { code: '7000', description: 'Added later', accountType: 2, active: true }))
        .status,
    ).toBe(201);
    const state = (await sim.client.raw('GET', '/__sim/state')).body;
    expect(state.accountCodes.map((c: { code: string }) => c.code)).toContain('7000');
    expect(state.bills[0].uuid).toBe('3cda5ef4ac1a401bb6619e4a5d87c10d');
    await post('reset', {});
    expect((await sim.client.raw('GET', '/__sim/state')).body.accountCodes).toHaveLength(2);
    await post('seed', { procurify: { ...smallProcurify(), vendors: [], bills: [] } });
    expect((await sim.client.raw('GET', '/__sim/state')).body.vendors).toEqual([]);
    expect((await post('data/widgets', {})).status).toBe(404);
  });

  it('keeps a request log of API calls (not control calls) that can be cleared', async () => {
    const sim = await startSim();
    await sim.client.call('GET', '/api/v3/vendors/?external_id=ns:123_SB1:2041');
    const log = (await sim.client.raw('GET', '/__sim/requests')).body;
    expect(log.map((r: { path: string }) => r.path)).toEqual(['/oauth/token', '/api/v3/vendors/']);
    expect(log[1]).toMatchObject({
      method: 'GET',
      query: { external_id: 'ns:123_SB1:2041' },
      status: 200,
      outcome: 'answered',
    });
    await sim.client.raw('DELETE', '/__sim/requests');
    expect((await sim.client.raw('GET', '/__sim/requests')).body).toEqual([]);
  });

  it('switches faults, the clock, tokens and settings over HTTP', async () => {
    const sim = await startSim();
    const send = (method: string, path: string, body: unknown) =>
      sim.client.raw(method, `/__sim/${path}`, {
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
      });
    await sim.client.fetchToken();
    const fault = await send('POST', 'faults', { kind: 'server_error', times: 1 });
    expect(fault.status).toBe(201);
    expect((await sim.client.call('GET', '/api/v2/currencies/')).status).toBe(503);
    expect((await send('POST', 'faults', { kind: 'nope' })).status).toBe(400);

    const clock = await send('POST', 'clock', { set: '2030-01-01T00:00:00Z' });
    expect(clock.body).toEqual({ now: '2030-01-01T00:00:00.000Z', frozen: true });
    expect((await send('POST', 'clock', { advanceMs: 86_400_000 })).body.now).toBe('2030-01-02T00:00:00.000Z');

    expect((await send('POST', 'tokens/revoke', {})).body.changed).toBe(1);
    expect((await sim.client.call('GET', '/api/v2/currencies/')).status).toBe(401);

    const settings = await send('PATCH', 'settings', { billWriteEnabled: false });
    expect(settings.body).toMatchObject({ billWriteEnabled: false, clientSecret: '[redacted]' });
  });
});
