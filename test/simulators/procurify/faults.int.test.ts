import { describe, expect, it } from 'vitest';
import { startSim } from './sim-client';

const VENDOR = { name: 'Dropped Co', email: [], overall_score: null, type: 4, external_id: 'ns:123_SB1:9' };

describe('Procurify simulator: switchable faults', () => {
  it('answers 429 with Retry-After in seconds, or without the header, for the matching route only', async () => {
    const sim = await startSim();
    await sim.client.fetchToken();
    sim.control.addFault({ kind: 'rate_limit', retryAfterSeconds: 7, method: 'GET', path: '/api/v3/vendors/' });
    const limited = await sim.client.call('GET', '/api/v3/vendors/');
    expect([limited.status, limited.headers.get('retry-after'), limited.body.detail]).toEqual([
      429,
      '7',
      'Request was throttled. Expected available in 7 seconds.',
    ]);
    expect((await sim.client.call('GET', '/api/v3/account-codes/')).status).toBe(200);
    sim.control.clearFaults();
    sim.control.addFault({ kind: 'rate_limit', retryAfterSeconds: null, times: 1 });
    const bare = await sim.client.call('GET', '/api/v3/account-codes/');
    expect([bare.status, bare.headers.get('retry-after')]).toEqual([429, null]);
    expect((await sim.client.call('GET', '/api/v3/account-codes/')).status).toBe(200);
  });

  it.each([
    { limit: 1, retryAfter: true },
    { limit: 2, retryAfter: false },
    { limit: 5, retryAfter: true },
    { limit: 5, retryAfter: false },
  ])(
    'throttles past an unannounced $limit requests per second (Retry-After: $retryAfter)',
    async ({ limit, retryAfter }) => {
      const sim = await startSim();
      await sim.client.fetchToken();
      sim.control.updateSettings({ rateLimitPerSecond: limit, rateLimitRetryAfter: retryAfter });
      // Start at the top of a second so all requests fall in one window.
      await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000)));
      const answers = [];
      for (let i = 0; i < limit + 2; i += 1) answers.push(await sim.client.call('GET', '/api/v2/currencies/'));
      expect(answers.map((answer) => answer.status)).toEqual([...Array(limit).fill(200), 429, 429]);
      // Nothing announces the limit before it is hit.
      expect([...answers[0]!.headers.keys()].filter((name) => /rate|retry/i.test(name))).toEqual([]);
      expect(answers[limit]!.headers.get('retry-after')).toBe(retryAfter ? '1' : null);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect((await sim.client.call('GET', '/api/v2/currencies/')).status).toBe(200);
    },
  );

  it('fails the next N requests with a 5xx burst and then recovers', async () => {
    const sim = await startSim();
    await sim.client.fetchToken();
    sim.control.addFault({ kind: 'server_error', status: 502, times: 2, path: '/api/v3/**' });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await sim.client.call('GET', '/api/v3/departments/')).status);
    expect(statuses).toEqual([502, 502, 200]);
    expect(sim.control.faults()).toEqual([]);
  });

  it('delays answers by the configured latency', async () => {
    const sim = await startSim();
    await sim.client.fetchToken();
    sim.control.addFault({ kind: 'latency', ms: 250, path: '/api/v2/currencies/' });
    const started = Date.now();
    expect((await sim.client.call('GET', '/api/v2/currencies/')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
  });

  it('holds a request until the hang is released', async () => {
    const sim = await startSim();
    await sim.client.fetchToken();
    sim.control.addFault({ kind: 'hang', times: 1, path: '/api/v3/accounts/' });
    let settled = false;
    const pending = sim.client.call('GET', '/api/v3/accounts/').then((answer) => {
      settled = true;
      return answer;
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(settled).toBe(false);
    expect(sim.control.requests().at(-1)).toMatchObject({
      path: '/api/v3/accounts/',
      outcome: 'pending',
      status: null,
    });
    expect(sim.control.releaseHangs()).toBe(1);
    expect((await pending).status).toBe(200);
  });

  it('closes cleanly while a request hangs, failing that request', async () => {
    const sim = await startSim();
    await sim.client.fetchToken();
    sim.control.addFault({ kind: 'hang' });
    const pending = sim.client.call('GET', '/api/v3/accounts/').catch((error: Error) => error);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await sim.close();
    expect(await pending).toBeInstanceOf(Error);
  });

  it('applies a write and then drops the connection without an answer', async () => {
    const sim = await startSim();
    await sim.client.fetchToken();
    sim.control.addFault({ kind: 'drop_after_commit', method: 'POST', path: '/api/v3/vendors/', times: 1 });
    const outcome = await sim.client.call('POST', '/api/v3/vendors/', VENDOR).catch((error: Error) => error);
    expect(outcome).toBeInstanceOf(Error);
    expect(sim.control.state().vendors.filter((v) => v.external_id === 'ns:123_SB1:9')).toHaveLength(1);
    expect(sim.control.requests().at(-1)).toMatchObject({ method: 'POST', outcome: 'dropped', status: null });
    const lookup = await sim.client.call('GET', '/api/v3/vendors/?external_id=ns:123_SB1:9');
    expect(lookup.body.data).toHaveLength(1);
  });

  it('refuses a fault without a known kind', async () => {
    const sim = await startSim();
    expect(() => sim.control.addFault({ kind: 'explode' } as never)).toThrow(/kind/);
    expect(() => sim.control.addFault({ kind: 'latency' } as never)).toThrow(/ms/);
  });
});
