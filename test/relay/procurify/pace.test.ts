import { setImmediate as turn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createRequestPace, withPacePriority, type RequestPace } from '../../../relay/src/procurify/pace';

/** Virtual time: sleepers wake in time order when the test advances the clock, nothing waits for real. */
function virtualTime() {
  let now = 0;
  const sleepers: { at: number; wake: () => void }[] = [];
  return {
    now: () => now,
    sleep: (ms: number) =>
      new Promise<void>((wake) => {
        sleepers.push({ at: now + ms, wake });
      }),
    /** Runs until nothing is left to do or `untilMs` passes. */
    async run(untilMs: number) {
      for (;;) {
        for (let i = 0; i < 5; i += 1) await turn();
        sleepers.sort((a, b) => a.at - b.at);
        const next = sleepers.shift();
        if (!next || next.at > untilMs) return;
        now = Math.max(now, next.at);
        next.wake();
      }
    },
  };
}

/** A Procurify that lets `limit` requests through in each second of the clock and answers 429 past it. */
function fixedWindowLimit(limit: number, now: () => number) {
  let window = -1;
  let used = 0;
  return () => {
    const second = Math.floor(now() / 1000);
    if (second !== window) [window, used] = [second, 0];
    used += 1;
    return used > limit ? 429 : 200;
  };
}

/** `workers` callers each sending requests back to back (40 ms per answer) for `seconds`. */
async function drive(options: {
  limit: number;
  workers: number;
  seconds: number;
  retryAfter: boolean;
  ceiling?: number;
}) {
  const time = virtualTime();
  const pace = createRequestPace({ now: time.now, sleep: time.sleep, ceilingPerSecond: options.ceiling });
  const answer = fixedWindowLimit(options.limit, time.now);
  const counts = { ok: 0, throttled: 0 };
  const endMs = options.seconds * 1000;
  const worker = async () => {
    while (time.now() < endMs) {
      const grant = await pace.acquire();
      if (grant.sentAtMs >= endMs) return;
      const status = answer();
      await time.sleep(40);
      pace.observe(grant, status, status === 429 && options.retryAfter ? 1_000 : undefined);
      counts[status === 429 ? 'throttled' : 'ok'] += 1;
    }
  };
  const running = Promise.all(Array.from({ length: options.workers }, worker));
  await time.run(endMs + 60_000);
  await running;
  return { ...counts, perSecond: counts.ok / options.seconds, pace };
}

describe('the pace of a Procurify connection', () => {
  it.each([
    { limit: 1, retryAfter: true },
    { limit: 2, retryAfter: false },
    { limit: 2, retryAfter: true },
    { limit: 5, retryAfter: false },
    { limit: 20, retryAfter: true },
  ])(
    'learns an unannounced limit of $limit/s (Retry-After: $retryAfter): most of it used, few 429s',
    async ({ limit, retryAfter }) => {
      const run = await drive({ limit, workers: 8, seconds: 600, retryAfter });
      expect(run.perSecond).toBeGreaterThanOrEqual(0.8 * limit);
      // Under one 429 in fifty requests: under a sixth of a 429 for a bill of eight calls.
      expect(run.throttled / (run.ok + run.throttled)).toBeLessThan(1 / 50);
      expect(run.pace.status()).toMatchObject({ learnt: true, ceilingPerSecond: null });
      expect(run.pace.status().ratePerSecond).toBeGreaterThan(0.8 * limit);
      expect(run.pace.status().ratePerSecond).toBeLessThanOrEqual(limit * 1.05);
    },
  );

  it('keeps to a configured ceiling from the first request, and learns a lower limit under it', async () => {
    const under = await drive({ limit: 50, workers: 8, seconds: 60, retryAfter: true, ceiling: 10 });
    expect(under.throttled).toBe(0);
    expect(under.perSecond).toBeGreaterThan(9);
    expect(under.perSecond).toBeLessThanOrEqual(10.05);
    expect(under.pace.status()).toMatchObject({ ratePerSecond: 10, learnt: false, ceilingPerSecond: 10 });

    const over = await drive({ limit: 3, workers: 8, seconds: 120, retryAfter: true, ceiling: 10 });
    expect(over.pace.status()).toMatchObject({ learnt: true, ceilingPerSecond: 10 });
    expect(over.pace.status().ratePerSecond).toBeLessThanOrEqual(3.1);
  });

  it('lets a storm of 429s (nothing passing) pause the connection without crushing the learnt rate', async () => {
    const time = virtualTime();
    const pace = createRequestPace({ now: time.now, sleep: time.sleep, ceilingPerSecond: 10 });
    const sent: number[] = [];
    const storm = (async () => {
      for (let i = 0; i < 6; i += 1) {
        const grant = await pace.acquire();
        sent.push(time.now());
        pace.observe(grant, 429);
      }
    })();
    await time.run(120_000);
    await storm;
    expect(pace.status()).toMatchObject({ ratePerSecond: 10, learnt: false, throttled: 6 });
    // No Retry-After: a second each time (the window of a per-second limit).
    expect(sent.slice(1).map((at, i) => at - sent[i]!)).toEqual([1_000, 1_000, 1_000, 1_000, 1_000]);
  });

  it('serves waiting requests by priority: the job that began first goes first', async () => {
    const time = virtualTime();
    const pace: RequestPace = createRequestPace({ now: time.now, sleep: time.sleep, ceilingPerSecond: 1 });
    const order: string[] = [];
    const job = (name: string, priority: number, steps: number) =>
      withPacePriority(priority, async () => {
        for (let step = 1; step <= steps; step += 1) {
          pace.observe(await pace.acquire(), 200);
          order.push(`${name}${step}`);
        }
      });
    const jobs = Promise.all([job('late', 30, 3), job('early', 10, 3), job('middle', 20, 3)]);
    await time.run(60_000);
    await jobs;
    // The first request goes before the others queue up; after it, strictly by priority.
    expect(order).toEqual(['late1', 'early1', 'early2', 'early3', 'middle1', 'middle2', 'middle3', 'late2', 'late3']);
  });
});
