import * as crypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { Secret } from '../../relay/src/config';
import * as signature from '../../relay/src/crypto/signature';
import { createSessionKeys, SESSION_TTL_MS } from '../../relay/src/http/pages/session';
import { recordSession } from '../../relay/src/store/admin-sessions';
import type { Database } from '../../relay/src/store/database';
import { envelope, vendorSnapshot } from '../helpers/snapshots';
import { SECRETS, startStack } from '../helpers/stack';

// Expired admin-page sessions are refused, and every token and signature check of the relay goes
// through the constant-time functions of relay/src/crypto/signature.ts, which end in
// crypto.timingSafeEqual. The relay runs in this process, so the spies see its calls.

vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof crypto>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});
vi.mock('../../relay/src/crypto/signature', async (importOriginal) => {
  const actual = await importOriginal<typeof signature>();
  return { ...actual, tokensEqual: vi.fn(actual.tokensEqual), verifySignature: vi.fn(actual.verifySignature) };
});

const HOUR = 60 * 60 * 1000;

/**
 * A session cookie signed with the relay's real key by the page code itself, issued at `issuedAtMs`,
 * with the session row sign-in would have recorded (sessions count only while their row is there).
 */
async function forgedCookie(database: Database, issuedAtMs: number): Promise<string> {
  const { cookie, session } = createSessionKeys(new Secret(SECRETS.adminToken), () => issuedAtMs).issue();
  await recordSession(
    database,
    { id: session.id, userName: 'admin', role: 'admin', expiresAtMs: session.expiresAtMs },
    issuedAtMs,
  );
  return cookie;
}

describe('admin page sessions', () => {
  it('refuses a correctly signed session cookie once it has expired, and accepts the same kind while fresh', async () => {
    const stack = await startStack();
    const open = (cookie: string) =>
      fetch(`${stack.baseUrl}/admin/queue`, { headers: { cookie: `mlc_admin=${cookie}` }, redirect: 'manual' });

    const fresh = await open(await forgedCookie(stack.relay.database, Date.now()));
    expect(fresh.status).toBe(200);
    const expired = await open(await forgedCookie(stack.relay.database, Date.now() - SESSION_TTL_MS - HOUR));
    expect(expired.status).toBe(303);
    expect(expired.headers.get('location')).toBe('/admin/sign-in');
    const justExpired = await open(await forgedCookie(stack.relay.database, Date.now() - SESSION_TTL_MS - 1000));
    expect(justExpired.status).toBe(303);
    const post = await fetch(`${stack.baseUrl}/admin/queue/replay`, {
      method: 'POST',
      headers: { cookie: `mlc_admin=${await forgedCookie(stack.relay.database, Date.now() - SESSION_TTL_MS - HOUR)}` },
      body: new URLSearchParams({ all: 'failed' }),
    });
    expect(post.status).toBe(403);
  });
});

describe('constant-time comparisons', () => {
  it('checks admin tokens with tokensEqual and event signatures with verifySignature, both ending in timingSafeEqual', async () => {
    const stack = await startStack();
    const tokensEqual = vi.mocked(signature.tokensEqual);
    const verifySignature = vi.mocked(signature.verifySignature);
    const timingSafeEqual = vi.mocked(crypto.timingSafeEqual);

    const reset = () => [tokensEqual, verifySignature, timingSafeEqual].forEach((spy) => spy.mockClear());
    reset();
    const wrong = await fetch(`${stack.baseUrl}/v1/records`, { headers: { authorization: 'Bearer guess-1234' } });
    expect(wrong.status).toBe(401);
    expect(tokensEqual).toHaveBeenCalledWith('guess-1234', SECRETS.adminToken);
    expect(timingSafeEqual).toHaveBeenCalled();

    reset();
    const right = await fetch(`${stack.baseUrl}/v1/records`, {
      headers: { authorization: `Bearer ${SECRETS.adminToken}` },
    });
    expect(right.status).toBe(200);
    expect(tokensEqual).toHaveBeenCalledWith(SECRETS.adminToken, SECRETS.adminToken);

    reset();
    const badSignature = await fetch(`${stack.baseUrl}/v1/netsuite/events`, {
      method: 'POST',
      body: '{}',
      headers: {
        'x-mlc-account': stack.scenario.accountId,
        'x-mlc-timestamp': String(Math.floor(Date.now() / 1000)),
        'x-mlc-signature': `v2=${'0'.repeat(64)}`,
      },
    });
    expect(badSignature.status).toBe(401);
    expect(verifySignature).toHaveBeenCalledTimes(1);
    expect(timingSafeEqual).toHaveBeenCalled();

    reset();
    await stack.sendEvents([envelope('vendor', vendorSnapshot('201'))]);
    expect(verifySignature).toHaveBeenCalledTimes(1);
    expect(verifySignature.mock.results[0]?.value).toBe(true);
    expect(timingSafeEqual).toHaveBeenCalled();
  });

  it('checks the typed sign-in token, the sign-in CSRF token and the session cookie signature with tokensEqual', async () => {
    const stack = await startStack();
    const tokensEqual = vi.mocked(signature.tokensEqual);
    const page = await fetch(`${stack.baseUrl}/admin/sign-in`);
    const preSession = /mlc_sign_in=([^;]+)/.exec(page.headers.getSetCookie().join('\n'))?.[1] ?? '';
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';

    tokensEqual.mockClear();
    const wrong = await fetch(`${stack.baseUrl}/admin/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: `mlc_sign_in=${preSession}` },
      body: new URLSearchParams({ _csrf: csrf, token: 'typed-guess' }),
    });
    expect(wrong.status).toBe(401);
    const compared = tokensEqual.mock.calls.map(([given]) => given);
    expect(compared).toContain(csrf);
    expect(compared).toContain('typed-guess');

    tokensEqual.mockClear();
    const cookie = await forgedCookie(stack.relay.database, Date.now());
    await fetch(`${stack.baseUrl}/admin/queue`, { headers: { cookie: `mlc_admin=${cookie}` }, redirect: 'manual' });
    expect(tokensEqual.mock.calls.map(([given]) => given)).toContain(cookie.split('.')[2]);
  });
});
