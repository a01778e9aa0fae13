import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startBareRelay } from '../../helpers/bare-relay';
import { tempDir } from '../../helpers/temp-dir';
import { cookieValue, csrfFrom, form, signIn } from '../../relay/pages/admin-session';
import { strongSecrets } from '../support/trust';

// Who may do what: throttled guessing, sessions revoked for good, named people with roles.
// Issue #19, "Trust, round two"; the table of attacks and results is in docs/reliability.md.
// Each attack is tried against the real relay (a child process, or served in this process over
// loopback) on a real database file.

describe('throttling and sessions (gaps 5 and 6)', () => {
  it('wrong bearer tokens are throttled: of 200 sent at once, a handful are checked, the rest get 429 with Retry-After', async () => {
    const relay = await startBareRelay();
    const answers = [];
    for (let guess = 0; guess < 200; guess += 1) {
      const answer = await relay.admin('/v1/records', { token: `guess-${guess}-${randomBytes(8).toString('hex')}` });
      answers.push({ status: answer.status, retryAfter: answer.headers.get('retry-after') });
    }
    const checked = answers.filter((answer) => answer.status === 401).length;
    const throttled = answers.filter((answer) => answer.status === 429);
    expect(checked).toBeLessThanOrEqual(7);
    expect(throttled.length).toBeGreaterThanOrEqual(193);
    expect(Number(throttled[0]!.retryAfter)).toBeGreaterThanOrEqual(1);
    // While the address is blocked, even the right token is not checked (else guessing would go on).
    expect((await relay.admin('/v1/records')).status).toBe(429);
  });

  it('wrong sign-ins are throttled the same way', async () => {
    const relay = await startBareRelay();
    const page = await fetch(`${relay.baseUrl}/admin/sign-in`);
    const preSession = cookieValue(page, 'mlc_sign_in')!;
    const csrf = csrfFrom(await page.text());
    const statuses: number[] = [];
    for (let guess = 0; guess < 100; guess += 1) {
      const answer = await fetch(`${relay.baseUrl}/admin/sign-in`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: `mlc_sign_in=${preSession}` },
        body: form({ _csrf: csrf, token: `typed-guess-${guess}` }),
      });
      statuses.push(answer.status);
    }
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(7);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(93);
  });

  it('a signed-out session stays revoked after a restart', async () => {
    const dataDir = tempDir();
    const secrets = strongSecrets();
    const first = await startBareRelay({ dataDir, env: secrets });
    const session = await signIn(first.baseUrl, secrets.MLC_ADMIN_TOKEN);
    expect((await session.get('/admin/')).status).toBe(200);
    expect((await session.post('/admin/sign-out', { _csrf: session.csrf })).status).toBe(303);
    // Someone kept a copy of the cookie: refused now, and after the relay restarts.
    expect((await session.get('/admin/')).status).toBe(303);
    await first.served.close();
    const second = await startBareRelay({ dataDir, env: secrets });
    const replayed = await fetch(`${second.baseUrl}/admin/`, {
      headers: { cookie: session.cookie },
      redirect: 'manual',
    });
    expect(replayed.status).toBe(303);
    expect(replayed.headers.get('location')).toBe('/admin/sign-in');
  });
});

describe('named people with roles (gap 10)', () => {
  it('each person acts under their own name and role; MLC_ADMIN_TOKEN stays the first administrator', async () => {
    const relay = await startBareRelay();
    const add = async (name: string, role: string) => {
      const answer = await relay.admin('/v1/users', { method: 'POST', body: { name, role } });
      expect(answer.status).toBe(201);
      return ((await answer.json()) as { token: string }).token;
    };
    const dana = await add('dana', 'operator');
    const val = await add('val', 'viewer');

    const remap = (token: string) =>
      relay.admin('/v1/mappings/vendors', { method: 'PUT', token, body: [{ netsuiteId: '261', procurifyId: '7' }] });
    expect((await remap(dana)).status).toBe(200);
    expect((await relay.admin('/v1/records', { token: val })).status).toBe(200);
    const refused = await remap(val);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    expect((await relay.admin('/v1/users', { token: dana })).status).toBe(403);

    const audit = (await (await relay.admin('/v1/audit?limit=20')).json()) as {
      items: { action: string; actor: string; detail: Record<string, unknown> }[];
    };
    expect(audit.items.find((entry) => entry.action === 'mapping_changed')?.actor).toBe('dana');
    expect(audit.items.filter((entry) => entry.action === 'user_added').map((entry) => entry.actor)).toEqual([
      'admin',
      'admin',
    ]);
    expect(JSON.stringify(audit.items)).not.toContain(dana);

    // Dana signs in to the pages with her own token; removing her ends her token and her session.
    const pages = await signIn(relay.baseUrl, dana);
    expect((await pages.get('/admin/')).status).toBe(200);
    expect((await relay.admin('/v1/users/dana', { method: 'DELETE' })).status).toBe(200);
    expect((await relay.admin('/v1/records', { token: dana })).status).toBe(401);
    expect((await pages.get('/admin/')).status).toBe(303);
    const stored = await relay.served.relay.database.client.execute('select * from admin_user');
    expect(JSON.stringify(stored.rows)).not.toContain(dana);
  });
});
