import { describe, expect, it } from 'vitest';
import { createSemaphore } from '../../../relay/src/netsuite';

describe('createSemaphore', () => {
  it('never lets more than the limit run, and runs everything', async () => {
    const semaphore = createSemaphore(3);
    let running = 0;
    let peak = 0;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        semaphore.run(async () => {
          running += 1;
          peak = Math.max(peak, running);
          await new Promise((resolve) => setTimeout(resolve, 2 + (index % 3)));
          running -= 1;
          return index;
        }),
      ),
    );
    expect(peak).toBe(3);
    expect(results).toEqual(Array.from({ length: 20 }, (_, index) => index));
    expect(semaphore.active).toBe(0);
  });

  it('frees the slot of a task that failed', async () => {
    const semaphore = createSemaphore(1);
    await expect(semaphore.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await semaphore.run(async () => 'next')).toBe('next');
  });

  it('refuses a limit below one', () => {
    expect(() => createSemaphore(0)).toThrow(/whole number ≥ 1/);
  });
});
