import { describe, expect, it } from 'vitest';
import { absoluteTime, formatDuration, relativeTime } from '../../../relay/src/http/pages/format-time';

const NOW = Date.parse('2026-11-20T14:00:00Z');

describe('times on the admin pages', () => {
  it.each([
    ['2026-11-20T13:59:55Z', 'just now'],
    ['2026-11-20T13:59:30Z', '30 seconds ago'],
    ['2026-11-20T13:59:00Z', '1 minute ago'],
    ['2026-11-20T13:05:00Z', '55 minutes ago'],
    ['2026-11-20T11:00:00Z', '3 hours ago'],
    ['2026-11-18T14:00:00Z', '2 days ago'],
    ['2026-09-01T14:00:00Z', '2 months ago'],
    ['2024-11-20T14:00:00Z', '2 years ago'],
    ['2026-11-20T16:00:00Z', 'in 2 hours'],
  ])('says %s is "%s"', (iso, expected) => {
    expect(relativeTime(iso, NOW)).toBe(expected);
  });

  it('writes absolute times in UTC, saying so', () => {
    expect(absoluteTime('2026-11-20T14:03:11.482Z')).toBe('2026-11-20 14:03:11 UTC');
    expect(relativeTime('not a time', NOW)).toBe('unknown time');
  });

  it.each([
    [0, 'off'],
    [3_600_000, '1 h'],
    [900_000, '15 min'],
    [30_000, '30 s'],
    [1_500, '1500 ms'],
  ])('shows a duration of %i ms as "%s"', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });
});
