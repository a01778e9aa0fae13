import { describe, expect, it } from 'vitest';
import { accessToken, startSeededSimulator, suiteql } from './helpers';

describe('NetSuite simulator faults and limits', () => {
  it('refuses the request over the concurrency limit with 429 while the others complete', async () => {
    const sim = await startSeededSimulator({ settings: { concurrencyLimit: 2 } });
    const token = await accessToken(sim);
    sim.control.setLatency({ suiteql: 300 });
    const statuses = await Promise.all(
      [1, 2, 3].map(() => suiteql(sim, token, 'SELECT id FROM vendor').then((response) => response.status)),
    );
    expect(statuses.sort()).toEqual([200, 200, 429]);
    const refused = sim.control.requests().find((entry) => entry.status === 429);
    expect(refused).toMatchObject({ kind: 'suiteql', method: 'POST' });
    expect((await suiteql(sim, token, 'SELECT id FROM vendor')).status).toBe(200);
  });

  it('answers a burst of 503s and then recovers', async () => {
    const sim = await startSeededSimulator();
    const token = await accessToken(sim);
    sim.control.failNext(2, { status: 503, route: 'suiteql' });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++)
      statuses.push((await suiteql(sim, token, 'SELECT id FROM vendor')).status);
    expect(statuses).toEqual([503, 503, 200]);
  });

  it('delays each SuiteQL page by the configured latency', async () => {
    const sim = await startSeededSimulator();
    const token = await accessToken(sim);
    sim.control.setLatency({ suiteql: 150 });
    const started = performance.now();
    await suiteql(sim, token, 'SELECT id FROM vendor');
    expect(performance.now() - started).toBeGreaterThanOrEqual(145);
  });

  it('offers the same control over HTTP under /__sim/', async () => {
    const sim = await startSeededSimulator();
    const advance = await fetch(`${sim.baseUrl}/__sim/clock/advance`, {
      method: 'POST',
      body: JSON.stringify({ seconds: 90 }),
    });
    expect(await advance.json()).toEqual({ now: '2026-11-20T15:01:30.000Z' });
    const edit = await fetch(`${sim.baseUrl}/__sim/records/vendor/100`, {
      method: 'PATCH',
      body: JSON.stringify({ fields: { phone: '555-0199' } }),
    });
    expect(edit.status).toBe(200);
    expect(sim.control.record('vendor', '100')).toMatchObject({
      fields: { phone: '555-0199' },
      lastModifiedAt: Date.parse('2026-11-20T15:01:30Z'),
    });
    const badSettings = await fetch(`${sim.baseUrl}/__sim/settings`, {
      method: 'PATCH',
      body: JSON.stringify({ timeZone: 'Mars/Olympus' }),
    });
    expect(badSettings.status).toBe(400);
    expect(await badSettings.json()).toEqual({ error: expect.stringContaining('timeZone') });
  });
});
