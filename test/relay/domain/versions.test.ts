import { describe, expect, it } from 'vitest';
import { dispositionOf, type KnownVersion } from '../../../relay/src/domain/versions';

const known: KnownVersion = {
  lastModified: '2026-11-20T10:00:00Z',
  occurredAt: '2026-11-20T10:00:01Z',
  contentHash: 'a',
};
const at = (
  lastModified: string | null,
  contentHash: string | null,
  action = 'edit',
  occurredAt = '2026-11-20T10:00:02Z',
) => ({
  lastModified,
  occurredAt,
  contentHash,
  action,
});

describe('which version wins', () => {
  it.each([
    ['a first version', 'applied', at('2026-11-20T09:00:00Z', 'a'), undefined],
    ['a newer version with new content', 'applied', at('2026-11-20T11:00:00Z', 'b'), known],
    ['a newer version with the same content', 'unchanged', at('2026-11-20T11:00:00Z', 'a'), known],
    ['the same version again (an event and a poll of one save)', 'stale', at('2026-11-20T10:00:00Z', 'a'), known],
    ['an older version', 'stale', at('2026-11-20T09:00:00Z', 'b'), known],
    ['a resync of the known version', 'applied', at('2026-11-20T10:00:00Z', 'a', 'resync'), known],
    ['a resync of an older version', 'stale', at('2026-11-20T09:00:00Z', 'a', 'resync'), known],
    ['a later delete', 'applied', at(null, null, 'delete', '2026-11-20T12:00:00Z'), known],
    ['a delete before the known version', 'stale', at(null, null, 'delete', '2026-11-20T09:00:00Z'), known],
    [
      'a re-creation after a delete',
      'applied',
      at('2026-11-20T13:00:00Z', 'a'),
      { lastModified: null, occurredAt: '2026-11-20T12:00:00Z', contentHash: null },
    ],
  ] as const)('%s is %s', (_name, expected, incoming, current) => {
    expect(dispositionOf(incoming, current)).toBe(expected);
  });
});
