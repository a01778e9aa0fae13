import { describe, expect, it } from 'vitest';
import { createFailureThrottle } from '../../../relay/src/http/failure-throttle';

describe('the failure throttle', () => {
  it('lets five failures through, then doubles the wait with each further one, up to the cap', () => {
    let now = 0;
    const throttle = createFailureThrottle({ now: () => now, maxDelayMs: 8_000 });
    const waits: number[] = [];
    for (let failure = 1; failure <= 10; failure += 1) {
      throttle.fail('10.0.0.1');
      waits.push(throttle.retryAfterMs('10.0.0.1'));
      now += throttle.retryAfterMs('10.0.0.1');
    }
    expect(waits).toEqual([0, 0, 0, 0, 0, 1_000, 2_000, 4_000, 8_000, 8_000]);
  });

  it('counts each address apart, and forgets one after a quiet window', () => {
    let now = 0;
    const throttle = createFailureThrottle({ now: () => now, freeFailures: 1, forgetAfterMs: 60_000 });
    throttle.fail('a');
    throttle.fail('a');
    expect(throttle.retryAfterMs('a')).toBe(1_000);
    expect(throttle.retryAfterMs('b')).toBe(0);
    now += 61_000;
    throttle.fail('a');
    expect(throttle.retryAfterMs('a')).toBe(0);
  });

  it('remembers a bounded number of addresses', () => {
    const throttle = createFailureThrottle({ freeFailures: 0, maxAddresses: 2 });
    for (const address of ['a', 'b', 'c']) throttle.fail(address);
    expect(throttle.retryAfterMs('a')).toBe(0);
    expect(throttle.retryAfterMs('c')).toBeGreaterThan(0);
  });
});
