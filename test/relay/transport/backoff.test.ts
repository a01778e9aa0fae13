import { describe, expect, it } from 'vitest';
import { backoffAfter, backoffDelay, parseRetryAfter } from '../../../relay/src/transport';

describe('backoffDelay', () => {
  const cases: Array<[number, number, number]> = [
    // attempt, random, expected with base 1 s and the default 5-minute cap
    [1, 0, 500],
    [1, 0.999999, 999],
    [2, 0, 1_000],
    [3, 0.5, 3_000],
    [9, 0, 128_000],
    [10, 0, 150_000],
    [10, 0.999999, 299_999],
    [60, 0.5, 225_000],
    [5_000, 0.999999, 299_999],
  ];
  it.each(cases)('attempt %i with random %d waits %i ms', (attempt, random, expected) => {
    expect(backoffDelay(attempt, { baseMs: 1_000, random: () => random })).toBe(expected);
  });

  it('never exceeds the cap whatever the attempt', () => {
    for (let attempt = 1; attempt < 2_000; attempt += 37) {
      expect(backoffDelay(attempt, { baseMs: 250, maxMs: 10_000 })).toBeLessThan(10_000);
    }
  });

  it('rejects an attempt below one with a clear error', () => {
    expect(() => backoffDelay(0)).toThrow(/attempt must be a whole number/);
  });
});

describe('backoffAfter', () => {
  const cases: Array<[number, number, number]> = [
    // failing for (ms), random, expected with base 1 s and the default 5-minute cap
    [0, 0, 500],
    [0, 0.999999, 999],
    [400, 0, 500],
    [8_000, 0.5, 6_000],
    [60_000, 0, 30_000],
    [3_600_000, 0.999999, 299_999],
  ];
  it.each(cases)('a failure %i ms old with random %d waits %i ms', (failingFor, random, expected) => {
    expect(backoffAfter(failingFor, { baseMs: 1_000, random: () => random })).toBe(expected);
  });

  it('doubles retry after retry: each wait is at least half the time failed so far', () => {
    let failingFor = 0;
    const waits: number[] = [];
    for (let retry = 0; retry < 8; retry++) {
      const wait = backoffAfter(failingFor, { baseMs: 1_000, random: () => 0 });
      waits.push(wait);
      failingFor += wait;
    }
    expect(waits).toEqual([500, 500, 500, 750, 1_125, 1_687, 2_531, 3_796]);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  const cases: Array<[string | undefined, number | undefined]> = [
    ['5', 5_000],
    [' 0 ', 0],
    ['1.5', 1_500],
    ['Thu, 01 Jan 2026 00:00:30 GMT', 30_000],
    ['Wed, 31 Dec 2025 23:59:00 GMT', 0],
    ['soon', undefined],
    ['', undefined],
    [undefined, undefined],
  ];
  it.each(cases)('reads %j as %j ms', (header, expected) => {
    expect(parseRetryAfter(header, now)).toBe(expected);
  });
});
