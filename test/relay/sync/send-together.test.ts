import { describe, expect, it } from 'vitest';
import { createBatchCall } from '../../../relay/src/sync/send-together';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('a call shared by the jobs of one batch', () => {
  it('goes out once every job waits or has finished, one call per key, and answers each job', async () => {
    const batch = createBatchCall(4);
    const sent: { key: string; items: string[] }[] = [];
    const send = (key: string) => async (items: string[]) => void sent.push({ key, items });
    const a = batch.join('2026-11-27', 'a', send('2026-11-27'));
    const b = batch.join('2026-11-28', 'b', send('2026-11-28'));
    await tick();
    expect(sent).toEqual([]); // two jobs still run
    const c = batch.join('2026-11-27', 'c', send('2026-11-27'));
    await tick();
    expect(sent).toEqual([]);
    batch.leave(); // the fourth finished without joining
    expect(await Promise.all([a, b, c])).toEqual([2, 1, 2]);
    expect(sent).toEqual([
      { key: '2026-11-27', items: ['a', 'c'] },
      { key: '2026-11-28', items: ['b'] },
    ]);
  });

  it('hands a failed call to every job it carried', async () => {
    const batch = createBatchCall(2);
    const refused = new Error('connection dropped');
    const fail = async () => {
      throw refused;
    };
    const results = await Promise.allSettled([batch.join('d', 'x', fail), batch.join('d', 'y', fail)]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
  });

  it('lets a job carried by one call join the next', async () => {
    const batch = createBatchCall(2);
    const sent: string[][] = [];
    const send = async (items: string[]) => void sent.push(items);
    batch.leave();
    expect(await batch.join('d', 'first', send)).toBe(1);
    expect(await batch.join('d', 'second', send)).toBe(1);
    expect(sent).toEqual([['first'], ['second']]);
  });
});
