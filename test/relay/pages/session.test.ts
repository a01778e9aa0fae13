import { describe, expect, it } from 'vitest';
import { Secret } from '../../../relay/src/config';
import { createSessionKeys, SESSION_TTL_MS } from '../../../relay/src/http/pages/session';

const TOKEN = new Secret('admin-token-for-session-tests');

describe('admin session cookies', () => {
  it('reads back a session it issued, with the same CSRF token', () => {
    const keys = createSessionKeys(TOKEN, () => 1_000);
    const { cookie, session } = keys.issue();
    expect(keys.read(cookie)).toEqual(session);
    expect(session.csrfToken).toMatch(/^[\w-]{43}$/);
  });

  it('gives every session its own random id and CSRF token', () => {
    const keys = createSessionKeys(TOKEN);
    const a = keys.issue().session;
    const b = keys.issue().session;
    expect(a.id).not.toBe(b.id);
    expect(a.csrfToken).not.toBe(b.csrfToken);
  });

  it('refuses a cookie once it has expired', () => {
    let now = 0;
    const keys = createSessionKeys(TOKEN, () => now);
    const { cookie } = keys.issue();
    now = SESSION_TTL_MS - 1;
    expect(keys.read(cookie)).toBeDefined();
    now = SESSION_TTL_MS;
    expect(keys.read(cookie)).toBeUndefined();
  });

  it('refuses a cookie signed under another admin token, or with any part changed', () => {
    const { cookie } = createSessionKeys(new Secret('another-admin-token-000')).issue();
    const keys = createSessionKeys(TOKEN);
    expect(keys.read(cookie)).toBeUndefined();
    const own = keys.issue().cookie;
    const [expires, id, mac] = own.split('.') as [string, string, string];
    expect(keys.read(`${Number(expires) + 1}.${id}.${mac}`)).toBeUndefined();
    expect(keys.read(`${expires}.${id.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))}.${mac}`)).toBeUndefined();
    expect(keys.read(undefined)).toBeUndefined();
    expect(keys.read('garbage')).toBeUndefined();
  });

  it('refuses a revoked session', () => {
    const keys = createSessionKeys(TOKEN);
    const { cookie, session } = keys.issue();
    keys.revoke(session);
    expect(keys.read(cookie)).toBeUndefined();
  });

  it('binds the sign-in form token to its pre-session and checks the admin token exactly', () => {
    const keys = createSessionKeys(TOKEN);
    expect(keys.signInToken('one')).not.toBe(keys.signInToken('two'));
    expect(keys.isAdminToken('admin-token-for-session-tests')).toBe(true);
    expect(keys.isAdminToken('admin-token-for-session-test')).toBe(false);
    expect(keys.isAdminToken('')).toBe(false);
  });
});
