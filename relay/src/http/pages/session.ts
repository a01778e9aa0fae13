import { createHmac, randomBytes } from 'node:crypto';
import type { Secret } from '../../config';
import { tokensEqual } from '../../crypto/signature';

// Admin sessions are HMAC-signed cookies with an expiry, keyed by a key derived from the admin
// token: any relay sharing the token accepts them (several relays, one database), and rotating the
// token signs everyone out. The CSRF token is derived from the session's random id.

export interface Session {
  id: string;
  expiresAtMs: number;
  csrfToken: string;
}

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export function createSessionKeys(adminToken: Secret, now: () => number = Date.now) {
  const key = createHmac('sha256', 'mlc-admin-session-v1').update(adminToken.reveal()).digest();
  const mac = (purpose: string, value: string) =>
    createHmac('sha256', key).update(`${purpose}.${value}`).digest('base64url');

  function sessionFor(id: string, expiresAtMs: number): Session {
    return { id, expiresAtMs, csrfToken: mac('csrf', id) };
  }

  // Signed-out sessions, remembered until they would have expired (in this process).
  const revoked = new Map<string, number>();

  return {
    /** A new session and the cookie value that carries it. */
    issue(): { cookie: string; session: Session } {
      const id = randomBytes(18).toString('base64url');
      const expiresAtMs = now() + SESSION_TTL_MS;
      const body = `${expiresAtMs}.${id}`;
      return { cookie: `${body}.${mac('session', body)}`, session: sessionFor(id, expiresAtMs) };
    },
    /** The session a cookie carries, or undefined when it is forged, malformed or expired. */
    read(cookie: string | undefined): Session | undefined {
      const match = /^(\d{1,16})\.([\w-]{24})\.([\w-]{43})$/.exec(cookie ?? '');
      if (!match) return undefined;
      const [, expires, id, signature] = match as unknown as [string, string, string, string];
      if (!tokensEqual(signature, mac('session', `${expires}.${id}`))) return undefined;
      const expiresAtMs = Number(expires);
      if (expiresAtMs <= now() || revoked.has(id)) return undefined;
      return sessionFor(id, expiresAtMs);
    },
    revoke(session: Session): void {
      for (const [id, expiresAtMs] of revoked) if (expiresAtMs <= now()) revoked.delete(id);
      revoked.set(session.id, session.expiresAtMs);
    },
    /** The sign-in form has no session yet: its CSRF token is bound to a random pre-session cookie. */
    signInToken(preSession: string): string {
      return mac('sign-in', preSession);
    },
    /** Checks a typed admin token in constant time. */
    isAdminToken(given: string): boolean {
      return given.length > 0 && tokensEqual(given, adminToken.reveal());
    },
  };
}

export type SessionKeys = ReturnType<typeof createSessionKeys>;

export function newPreSession(): string {
  return randomBytes(18).toString('base64url');
}
