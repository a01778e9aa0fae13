import { describe, expect, it } from 'vitest';
import { contentHash, snapshotContentHash } from '../../../relay/src/domain/content-hash';

describe('content hashes', () => {
  it('are the same whatever order the keys were built in, at any depth', () => {
    const a = { id: '1', entity: { id: '7', name: 'Acme' }, expenses: [{ line: 1, amount: '10.00' }] };
    const b = { expenses: [{ amount: '10.00', line: 1 }], entity: { name: 'Acme', id: '7' }, id: '1' };
    expect(contentHash(a)).toBe(contentHash(b));
    expect(contentHash(a)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('differ when any value differs, including line order', () => {
    const base = { id: '1', expenses: [{ line: 1 }, { line: 2 }] };
    expect(contentHash(base)).not.toBe(contentHash({ ...base, id: '2' }));
    expect(contentHash(base)).not.toBe(contentHash({ id: '1', expenses: [{ line: 2 }, { line: 1 }] }));
    expect(contentHash({ memo: null })).not.toBe(contentHash({ memo: '' }));
  });

  it('leave lastModified out of a snapshot, and nothing else', () => {
    const saved = { id: '1002', memo: 'Q4', lastModified: '2026-11-20T14:03:11Z' };
    const resaved = { ...saved, lastModified: '2026-11-20T15:00:00Z' };
    expect(snapshotContentHash(saved)).toBe(snapshotContentHash(resaved));
    expect(snapshotContentHash(saved)).not.toBe(snapshotContentHash({ ...resaved, memo: 'Q4 ' }));
    expect(snapshotContentHash(null)).toBeNull();
  });
});
