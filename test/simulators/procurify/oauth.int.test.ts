import { describe, expect, it } from 'vitest';
import { startSim } from './sim-client';

describe('Procurify simulator: OAuth tokens and request headers', () => {
  it('issues a 24-hour bearer token for the right client credentials and audience', async () => {
    const { client } = await startSim();
    const answer = await client.fetchToken();
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ expires_in: 86400, token_type: 'Bearer' });
    expect(answer.body.access_token.split('.')).toHaveLength(3);
    expect(answer.body.scope).toMatch(/^urn:procurify-api:domain:\S+ urn:procurify-api:email:\S+$/);
  });

  it('rejects a wrong secret with 401 invalid_client', async () => {
    const { client } = await startSim();
    const answer = await client.fetchToken({ client_secret: 'wrong' });
    expect(answer.status).toBe(401);
    expect(answer.body.error).toBe('invalid_client');
  });

  it('rejects a wrong audience, a wrong grant type, a missing field and a form-encoded body', async () => {
    const { client } = await startSim();
    expect((await client.fetchToken({ audience: 'https://example.com/' })).body.error).toBe('access_denied');
    const grant = await client.fetchToken({ grant_type: 'password' });
    expect([grant.status, grant.body.error]).toEqual([400, 'unsupported_grant_type']);
    const missing = await client.fetchToken({ audience: undefined });
    expect([missing.status, missing.body.error]).toEqual([400, 'invalid_request']);
    const form = await client.raw('POST', '/oauth/token', {
      body: 'client_id=sim-client-id&client_secret=sim-client-secret&grant_type=client_credentials',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(400);
  });

  it('never writes the client secret into the request log', async () => {
    const sim = await startSim();
    await sim.client.fetchToken();
    expect(JSON.stringify(sim.control.requests())).not.toContain(sim.control.credentials.clientSecret);
    expect(sim.control.requests()[0]?.body).toMatchObject({ client_secret: '[redacted]' });
  });

  it('answers 401 in DRF shape without a token, with an unknown token and with a malformed header', async () => {
    const sim = await startSim();
    const none = await sim.client.raw('GET', '/api/v3/vendors/', { headers: { 'x-procurify-client': 'api' } });
    expect([none.status, none.body]).toEqual([401, { detail: 'Authentication credentials were not provided.' }]);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    sim.client.token = 'not-a-token';
    expect((await sim.client.call('GET', '/api/v3/vendors/')).body).toEqual({ detail: 'Invalid token.' });
    const basic = await sim.client.raw('GET', '/api/v3/vendors/', {
      headers: { authorization: 'Basic abc', 'x-procurify-client': 'api' },
    });
    expect(basic.status).toBe(401);
  });

  it('expires tokens after 24 hours by the simulator clock, and on demand', async () => {
    const sim = await startSim({ clockStart: '2026-01-01T00:00:00Z' });
    await sim.client.fetchToken();
    sim.control.clock.advance(86_399_000);
    expect((await sim.client.call('GET', '/api/v3/vendors/')).status).toBe(200);
    sim.control.clock.advance(1_000);
    const expired = await sim.client.call('GET', '/api/v3/vendors/');
    expect([expired.status, expired.body]).toEqual([401, { detail: 'Token has expired.' }]);

    await sim.client.fetchToken();
    expect(sim.control.expireTokens()).toBeGreaterThan(0);
    expect((await sim.client.call('GET', '/api/v3/vendors/')).status).toBe(401);
  });

  it('revokes a token at once', async () => {
    const sim = await startSim();
    await sim.client.fetchToken();
    sim.control.revokeTokens(sim.client.token);
    const answer = await sim.client.call('GET', '/api/v3/vendors/');
    expect([answer.status, answer.body.detail]).toEqual([401, 'Invalid token.']);
  });

  it('refuses an API call without X-Procurify-Client: api, unless that check is switched off', async () => {
    const sim = await startSim();
    await sim.client.fetchToken();
    const headers = { authorization: `Bearer ${sim.client.token}` };
    expect((await sim.client.raw('GET', '/api/v3/vendors/', { headers })).status).toBe(403);
    sim.control.updateSettings({ requireClientHeader: false });
    expect((await sim.client.raw('GET', '/api/v3/vendors/', { headers })).status).toBe(200);
  });
});
