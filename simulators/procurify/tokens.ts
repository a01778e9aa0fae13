import { randomBytes } from 'node:crypto';
import type { SimClock } from './clock';

// Access tokens as the client-credentials grant hands them out: JWT-looking bearer strings valid for
// 24 hours by the simulator's clock, which tests can expire or revoke at will.

export interface IssuedToken {
  token: string;
  expiresAt: number;
  revoked: boolean;
}

export type TokenCheck = { ok: true } | { ok: false; reason: 'unknown' | 'expired' | 'revoked' };

export interface TokenStore {
  issue(clientId: string, ttlSeconds: number): IssuedToken;
  check(token: string): TokenCheck;
  /** Expire one token, or every token when none is given; returns how many changed. */
  expire(token?: string): number;
  revoke(token?: string): number;
  clear(): void;
  count(): number;
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function createTokenStore(clock: SimClock): TokenStore {
  const tokens = new Map<string, IssuedToken>();
  const select = (token?: string) =>
    token === undefined ? [...tokens.values()] : [tokens.get(token)].filter((t) => t !== undefined);
  return {
    issue(clientId, ttlSeconds) {
      const iat = Math.floor(clock.now() / 1000);
      const payload = {
        iss: 'https://login.procurify.com/',
        sub: `${clientId}@clients`,
        aud: 'https://api.procurify.com/',
        iat,
        exp: iat + ttlSeconds,
        gty: 'client-credentials',
      };
      const token = `${base64url({ alg: 'RS256', typ: 'JWT' })}.${base64url(payload)}.${randomBytes(32).toString('base64url')}`;
      const issued = { token, expiresAt: clock.now() + ttlSeconds * 1000, revoked: false };
      tokens.set(token, issued);
      return issued;
    },
    check(token) {
      const issued = tokens.get(token);
      if (!issued) return { ok: false, reason: 'unknown' };
      if (issued.revoked) return { ok: false, reason: 'revoked' };
      if (clock.now() >= issued.expiresAt) return { ok: false, reason: 'expired' };
      return { ok: true };
    },
    expire(token) {
      const chosen = select(token);
      for (const issued of chosen) issued.expiresAt = Math.min(issued.expiresAt, clock.now());
      return chosen.length;
    },
    revoke(token) {
      const chosen = select(token);
      for (const issued of chosen) issued.revoked = true;
      return chosen.length;
    },
    clear: () => tokens.clear(),
    count: () => tokens.size,
  };
}
