import { describe, expect, it } from 'vitest';
import { createTokenCache } from '../../../relay/src/transport/token-cache';

function fakeIssuer() {
  let issued = 0;
  const pending: Array<() => void> = [];
  return {
    count: () => issued,
    release: () => pending.splice(0).forEach((resolve) => resolve()),
    fetchToken: async () => {
      issued += 1;
      const token = `token-${issued}`;
      await new Promise<void>((resolve) => pending.push(resolve));
      return { accessToken: token, expiresInMs: 24 * 3_600_000 };
    },
  };
}

describe('createTokenCache', () => {
  it('fetches once for many concurrent callers and reuses the token until the margin', async () => {
    let clock = 0;
    const issuer = fakeIssuer();
    const cache = createTokenCache({
      fetchToken: issuer.fetchToken,
      refreshAfterMs: (ms) => (ms * 5) / 6,
      now: () => clock,
    });
    const waiting = Promise.all(Array.from({ length: 10 }, () => cache.get()));
    issuer.release();
    expect(await waiting).toEqual(Array(10).fill('token-1'));
    clock = 20 * 3_600_000 - 1;
    expect(await cache.get()).toBe('token-1');
    clock = 20 * 3_600_000;
    const next = cache.get();
    issuer.release();
    expect(await next).toBe('token-2');
    expect(issuer.count()).toBe(2);
  });

  it('refreshes once when several requests report the same rejected token', async () => {
    const issuer = fakeIssuer();
    const cache = createTokenCache({ fetchToken: issuer.fetchToken, refreshAfterMs: (ms) => ms });
    const first = cache.get();
    issuer.release();
    const rejected = await first;
    cache.invalidate(rejected);
    const again = Promise.all([cache.get(), cache.get()]);
    cache.invalidate(rejected);
    issuer.release();
    expect(await again).toEqual(['token-2', 'token-2']);
    cache.invalidate(rejected);
    expect(await cache.get()).toBe('token-2');
    expect(issuer.count()).toBe(2);
  });

  it('lets the next caller try again after a failed fetch', async () => {
    let calls = 0;
    const cache = createTokenCache({
      fetchToken: async () => {
        calls += 1;
        if (calls === 1) throw new Error('token endpoint down');
        return { accessToken: 'ok', expiresInMs: 1_000 };
      },
      refreshAfterMs: (ms) => ms,
    });
    await expect(cache.get()).rejects.toThrow('token endpoint down');
    expect(await cache.get()).toBe('ok');
  });
});
