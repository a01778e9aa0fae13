import { describe, expect, it } from 'vitest';
import {
  batchKey,
  handoverLookLimit,
  hasRowsToHandOver,
  keyedBatches,
  takenRowIds,
} from '../../suiteapp/src/lib/dispatch-handover';
import { dueRowIdsQuery, stillDueQuery } from '../../suiteapp/src/lib/outbox-row';
import { pendingRows } from './fakes/fake-outbox';

describe('the rows a dispatcher run took', () => {
  it('keys each batch of up to 100 rows by its row ids, so summarize can read them back', () => {
    const batches = keyedBatches(pendingRows(250), 100);
    const keys = Object.keys(batches);
    expect(keys.map((key) => batches[key]!.length)).toEqual([100, 100, 50]);
    expect(keys[2]).toBe(batchKey(pendingRows(250).slice(200)));
    expect(takenRowIds(keys).size).toBe(250);
    // 100 ids of 12 digits and their commas stay below the 3,000 characters of a map key.
    expect(Array.from({ length: 100 }, () => '999999999999').join(',').length).toBeLessThan(3000);
  });

  it('ignores anything in a key that is not a row id', () => {
    expect([...takenRowIds(['1,2', 'x', '3,,'])]).toEqual(['1', '2', '3']);
  });
});

describe('handing over rows that arrived during a run', () => {
  const taken = new Set(['1', '2', '3']);

  it.each([
    ['a row saved during the run', ['1', '4'], true],
    ['only rows the run took (deferred or failed in map)', ['2', '3'], false],
    ['no due rows at all', [], false],
  ])('hands over for %s: %s', (_, due, expected) => {
    expect(hasRowsToHandOver(due, taken)).toBe(expected);
  });

  it('looks at one due row more than the run took, so an untaken one is always among them', () => {
    expect(handoverLookLimit(taken)).toBe(4);
    expect(handoverLookLimit(new Set())).toBe(1);
    expect(handoverLookLimit(new Set(Array.from({ length: 9000 }, (_, index) => String(index))))).toBe(5000);
  });

  it('asks for due row ids only, oldest first', () => {
    expect(dueRowIdsQuery('2026-11-20T15:00:00Z', 4)).toBe(
      "SELECT id FROM customrecord_mlc_outbox WHERE custrecord_mlc_ob_status = 'pending' AND " +
        "(custrecord_mlc_ob_next_attempt IS NULL OR custrecord_mlc_ob_next_attempt <= '2026-11-20T15:00:00Z') " +
        'ORDER BY id FETCH FIRST 4 ROWS ONLY',
    );
  });

  it('looks again at a batch by id, refusing anything but internal ids', () => {
    expect(stillDueQuery('2026-11-20T15:00:00Z', ['7', '8'])).toMatch(/AND id IN \(7, 8\)$/);
    expect(() => stillDueQuery('2026-11-20T15:00:00Z', ['7) OR (1=1'])).toThrow('internal ids');
    expect(() => stillDueQuery('2026-11-20T15:00:00Z', [])).toThrow('internal ids');
  });
});
