export interface IssuedToken {
  accessToken: string;
  /** Lifetime the issuer announced, in milliseconds. */
  expiresInMs: number;
}

export interface TokenCacheOptions {
  fetchToken: () => Promise<IssuedToken>;
  /** When to refresh, counted from issue: a margin before expiry (e.g. 20 h of 24 h, 50 min of 60). */
  refreshAfterMs: (expiresInMs: number) => number;
  now?: () => number;
}

export interface TokenCache {
  /** A token that is not due for refresh; fetches one if needed, with one fetch in flight at a time. */
  get(): Promise<string>;
  /** Forgets `rejected` after a 401, unless it was already replaced, so concurrent 401s refresh once. */
  invalidate(rejected: string): void;
}

/** Bearer tokens with a refresh margin and single-flight refresh (Nango's pattern). */
export function createTokenCache(options: TokenCacheOptions): TokenCache {
  const now = options.now ?? Date.now;
  let current: { token: string; refreshAt: number } | undefined;
  let inFlight: Promise<string> | undefined;

  const refresh = (): Promise<string> => {
    inFlight ??= (async () => {
      try {
        const issuedAt = now();
        const issued = await options.fetchToken();
        current = { token: issued.accessToken, refreshAt: issuedAt + options.refreshAfterMs(issued.expiresInMs) };
        return issued.accessToken;
      } finally {
        inFlight = undefined;
      }
    })();
    return inFlight;
  };

  return {
    async get() {
      if (current && now() < current.refreshAt) return current.token;
      return refresh();
    },
    invalidate(rejected) {
      if (current?.token === rejected) current = undefined;
    },
  };
}
