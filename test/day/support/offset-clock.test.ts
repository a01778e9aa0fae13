import { describe, expect, it } from 'vitest';
import { createOffsetClock } from './offset-clock';

describe('the offset clock', () => {
  it('reads real time plus its offset, and wakes sleeps a jump passes, in due order', async () => {
    const clock = createOffsetClock(60_000);
    expect(Math.abs(clock.now() - (Date.now() + 60_000))).toBeLessThan(5);
    const woke: string[] = [];
    const hour = clock.sleep(3_600_000).then(() => woke.push('hour'));
    const minute = clock.sleep(60_000).then(() => woke.push('minute'));
    expect(clock.nextDue()).toBeGreaterThan(clock.now() + 59_000);
    clock.setOffset(60_000 + 120_000);
    await minute;
    expect(woke).toEqual(['minute']);
    clock.setOffset(60_000 + 3_600_000);
    await hour;
    expect(woke).toEqual(['minute', 'hour']);
    expect(clock.nextDue()).toBeNull();
  });

  it('ends a sleep when its signal aborts, and never moves back', async () => {
    const clock = createOffsetClock(0);
    const controller = new AbortController();
    const sleeping = clock.sleep(3_600_000, controller.signal);
    controller.abort();
    await sleeping;
    expect(clock.nextDue()).toBeNull();
    const before = clock.now();
    clock.setOffset(-10_000);
    expect(clock.now()).toBeGreaterThanOrEqual(before);
  });
});
