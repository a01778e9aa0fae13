import { describe, expect, it } from 'vitest';
import { SCENARIO_CASES } from '../../../simulators/scenario/three-plants';
import { startBareRelay } from '../../helpers/bare-relay';
import { envelope, vendorSnapshot } from '../../helpers/snapshots';
import { SECRETS, startStack } from '../../helpers/stack';
import { cookieValue, csrfFrom, form, signIn } from './admin-session';

// The admin pages over loopback HTTP: sign-in, session cookie, CSRF, escaping, no secrets.
// Sign-in, sessions and cookies are the relay's edge alone: those tests use the bare relay (served
// in this process, temp database, no NetSuite or Procurify); the rest needs the whole stack.

const PAGES = [
  '/admin/',
  '/admin/queue',
  '/admin/queue?status=synced',
  '/admin/mappings',
  '/admin/settings',
  '/admin/audit',
  '/admin/audit/verify',
];

describe('admin pages', () => {
  it('tells on the dashboard when the poller last ran, what it found and when it runs next', async () => {
    const stack = await startStack();
    const session = await signIn(stack.baseUrl);
    const before = (await session.get('/admin/')).html;
    expect(before).toContain('Last poll: <span class="muted">not yet</span>');
    expect(before).toMatch(/Next poll <time[^>]*>in 1[45] minutes/);
    expect(before).toContain('(every 15 minutes)');
    await stack.admin('/v1/sync/poll', { method: 'POST' });
    const after = (await session.get('/admin/')).html;
    expect(after).toMatch(/Last poll: <time[^>]*>just now/);
    expect(after).toMatch(/\((nothing new|\d+ new versions?)\)/);
  });

  it('shows on the dashboard and in /metrics the pace learnt from Procurify rate-limit answers', async () => {
    const stack = await startStack();
    const session = await signIn(stack.baseUrl);
    expect((await session.get('/admin/')).html).toContain('Pace: as fast as Procurify answers');
    stack.procurify.control.updateSettings({ rateLimitPerSecond: 2, rateLimitRetryAfter: false });
    expect((await stack.admin('/v1/reference/refresh', { method: 'POST' })).status).toBe(200);
    const html = (await session.get('/admin/')).html;
    const shown =
      /Pace: ([\d.]+) requests\/s, learnt from Procurify’s rate-limit answers; \d+ rate-limit answers? since start/.exec(
        html,
      );
    // One refresh teaches a first estimate; requests just before the limit was set may count in it.
    expect(Number(shown?.[1])).toBeGreaterThan(0);
    const metrics = await (await fetch(`${stack.baseUrl}/metrics`)).text();
    expect(metrics).toContain(`mlc_procurify_pace_requests_per_second{source="learnt"} ${shown?.[1]}\n`);
    expect(metrics).toMatch(/^mlc_procurify_throttled_total [1-9]\d*$/m);
  });

  it('sends a visitor without a session to the sign-in page, and refuses a post without one', async () => {
    const relay = await startBareRelay();
    const page = await fetch(`${relay.baseUrl}/admin/queue`, { redirect: 'manual' });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/admin/sign-in');
    const post = await fetch(`${relay.baseUrl}/admin/queue/replay`, { method: 'POST', body: form({ all: 'failed' }) });
    expect(post.status).toBe(403);
  });

  it('refuses a wrong admin token and turns the right one into an HttpOnly, SameSite=Strict session cookie', async () => {
    const relay = await startBareRelay();
    const page = await fetch(`${relay.baseUrl}/admin/sign-in`);
    const preSession = cookieValue(page, 'mlc_sign_in')!;
    const csrf = csrfFrom(await page.text());
    const attempt = (token: string) =>
      fetch(`${relay.baseUrl}/admin/sign-in`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: `mlc_sign_in=${preSession}` },
        body: form({ _csrf: csrf, token }),
      });
    const wrong = await attempt('not-the-admin-token');
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('not this relay&#39;s admin token');
    const right = await attempt(relay.secrets.adminToken);
    expect(right.status).toBe(303);
    const cookie = right.headers.getSetCookie().find((line) => line.startsWith('mlc_admin='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/admin/);
    expect(cookie).not.toMatch(/Secure/);
    expect(cookie).not.toContain(relay.secrets.adminToken);
  });

  it('marks the session cookie Secure when the relay is reached over https', async () => {
    const relay = await startBareRelay();
    const page = await fetch(`${relay.baseUrl}/admin/sign-in`, { headers: { 'x-forwarded-proto': 'https' } });
    const preSession = cookieValue(page, 'mlc_sign_in')!;
    const response = await fetch(`${relay.baseUrl}/admin/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: `mlc_sign_in=${preSession}`, 'x-forwarded-proto': 'https' },
      body: form({ _csrf: csrfFrom(await page.text()), token: relay.secrets.adminToken }),
    });
    expect(response.headers.getSetCookie().find((line) => line.startsWith('mlc_admin='))).toMatch(/; Secure/);
  });

  it('refuses a sign-in post without the sign-in form token', async () => {
    const relay = await startBareRelay();
    const response = await fetch(`${relay.baseUrl}/admin/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      body: form({ token: relay.secrets.adminToken }),
    });
    expect(response.status).toBe(403);
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it('refuses a form post without the CSRF token, or with another session’s, and replays nothing', async () => {
    const stack = await startStack();
    await stack.sendEvents([envelope('vendor', vendorSnapshot(SCENARIO_CASES.vendorUnmappedCurrency))]);
    await stack.waitFor('vendor', SCENARIO_CASES.vendorUnmappedCurrency, ['failed', 'needs_mapping']);
    const session = await signIn(stack.baseUrl);
    const other = await signIn(stack.baseUrl);
    const path = `/admin/records/vendor/${SCENARIO_CASES.vendorUnmappedCurrency}/replay`;
    const missing = await session.post(path, {});
    expect(missing.status).toBe(403);
    expect(await missing.text()).toContain('CSRF token is missing or wrong');
    expect((await session.post(path, { _csrf: other.csrf })).status).toBe(403);
    const audit = await stack.admin<{ items: { action: string }[] }>(
      `/v1/audit?recordType=vendor&recordId=${SCENARIO_CASES.vendorUnmappedCurrency}`,
    );
    expect(audit.body.items.map((entry) => entry.action)).not.toContain('replay_requested');

    const accepted = await session.post(path, { _csrf: session.csrf });
    expect(accepted.status).toBe(303);
    const after = await stack.admin<{ items: { action: string; actor: string }[] }>(
      `/v1/audit?recordType=vendor&recordId=${SCENARIO_CASES.vendorUnmappedCurrency}`,
    );
    expect(after.body.items).toContainEqual(expect.objectContaining({ action: 'replay_requested', actor: 'admin' }));
  });

  it('signs out: the old session cookie no longer opens a page', async () => {
    const relay = await startBareRelay();
    const session = await signIn(relay.baseUrl, relay.secrets.adminToken);
    const out = await session.post('/admin/sign-out', { _csrf: session.csrf });
    expect(out.status).toBe(303);
    expect(out.headers.getSetCookie().find((line) => line.startsWith('mlc_admin='))).toMatch(/Max-Age=0/);
    expect((await session.get('/admin/')).status).toBe(303);
  });

  it('refuses a forged or tampered session cookie', async () => {
    const relay = await startBareRelay();
    const session = await signIn(relay.baseUrl, relay.secrets.adminToken);
    const [expires, id, mac] = session.cookie.slice('mlc_admin='.length).split('.');
    const later = `mlc_admin=${Number(expires) + 86_400_000}.${id}.${mac}`;
    const response = await fetch(`${relay.baseUrl}/admin/`, { headers: { cookie: later }, redirect: 'manual' });
    expect(response.status).toBe(303);
  });

  it('renders every page without a script, with a strict content security policy and no secret value', async () => {
    const stack = await startStack();
    await stack.sendEvents([envelope('vendor', vendorSnapshot(SCENARIO_CASES.vendorHostileName))]);
    await stack.waitFor('vendor', SCENARIO_CASES.vendorHostileName, ['synced']);
    const session = await signIn(stack.baseUrl);
    for (const path of [...PAGES, `/admin/records/vendor/${SCENARIO_CASES.vendorHostileName}`]) {
      const page = await session.get(path);
      expect(page.status, path).toBe(200);
      expect(page.headers.get('content-security-policy'), path).toContain("default-src 'none'");
      expect(page.html, path).not.toMatch(/<script/i);
      for (const secret of [
        SECRETS.adminToken,
        SECRETS.eventSecret,
        SECRETS.masterKey,
        SECRETS.procurifyClientSecret,
      ]) {
        expect(page.html, path).not.toContain(secret);
      }
    }
    const record = await session.get(`/admin/records/vendor/${SCENARIO_CASES.vendorHostileName}`);
    expect(record.html).toContain('Acme &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Supply');
  });

  it('shows which credentials are set and when they changed, by field name only', async () => {
    const stack = await startStack();
    const session = await signIn(stack.baseUrl);
    const page = await session.get('/admin/settings');
    expect(page.html).toMatch(/pill-good">set<\/span> <code>clientSecret<\/code>/);
    expect(page.html).toMatch(/pill-good">set<\/span> <code>privateKey<\/code>/);
    expect(page.html).not.toContain('BEGIN PRIVATE KEY');
    expect(page.html).not.toContain(SECRETS.procurifyClientSecret);
  });

  it('links a synced record’s Procurify id to its Procurify page when a link template is configured', async () => {
    const stack = await startStack({ env: { PROCURIFY_VENDOR_LINK: 'https://acme.procurify.com/vendors/{id}' } });
    await stack.sendEvents([envelope('vendor', vendorSnapshot('201'))]);
    const vendor = await stack.waitFor('vendor', '201', ['synced']);
    const session = await signIn(stack.baseUrl);
    const page = await session.get('/admin/records/vendor/201');
    expect(page.html).toContain(
      `<a href="https://acme.procurify.com/vendors/${vendor.procurifyId}" target="_blank" rel="noopener noreferrer">${vendor.procurifyId}</a>`,
    );
  });

  it('answers an unknown record with a 404 page', async () => {
    const relay = await startBareRelay();
    const session = await signIn(relay.baseUrl, relay.secrets.adminToken);
    const page = await session.get('/admin/records/vendorbill/999999');
    expect(page.status).toBe(404);
    expect(page.html).toContain('No vendorbill 999999 is known to the relay.');
  });
});
