import { describe, expect, it } from 'vitest';
import {
  accessToken,
  CERTIFICATE_ID,
  CLIENT_ID,
  fixtureEcKey,
  requestToken,
  rsaKeyPair,
  signAssertion,
  startSeededSimulator,
  suiteql,
} from './helpers';

describe('NetSuite simulator token endpoint', () => {
  it('issues a one-hour bearer token for an ES256 assertion signed with the registered X.509 certificate', async () => {
    const sim = await startSeededSimulator();
    const response = await requestToken(sim, await signAssertion(sim, { key: await fixtureEcKey() }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toEqual({ access_token: expect.any(String), expires_in: '3600', token_type: 'Bearer' });
  });

  it('accepts PS256 with a registered public key and a comma-separated scope string', async () => {
    const sim = await startSeededSimulator();
    const { privateKey, publicPem } = await rsaKeyPair();
    sim.control.registerCertificate({ certificateId: 'cert-rsa', clientId: CLIENT_ID, pem: publicPem });
    const assertion = await signAssertion(sim, {
      key: privateKey,
      alg: 'PS256',
      kid: 'cert-rsa',
      scope: 'restlets,rest_webservices',
    });
    expect((await requestToken(sim, assertion)).status).toBe(200);
  });

  it('refuses a revoked certificate and ends its tokens at once, over the control API, until it is restored', async () => {
    const sim = await startSeededSimulator();
    const token = await accessToken(sim);
    const control = (action: string) =>
      fetch(`${sim.baseUrl}/__sim/certificates/${CERTIFICATE_ID}/${action}`, { method: 'POST' });
    expect((await control('revoke')).status).toBe(200);

    const stale = await suiteql(sim, token, 'SELECT id FROM vendor');
    expect(stale.status).toBe(401);
    expect(JSON.stringify(await stale.json())).toContain('INVALID_LOGIN');
    const refused = await requestToken(sim, await signAssertion(sim, { key: await fixtureEcKey() }));
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ error: 'invalid_client' });
    expect(sim.control.loginAudit().at(-1)).toMatchObject({ status: 'Failure', detail: 'RevokedCertificate' });

    expect((await control('restore')).status).toBe(200);
    expect((await suiteql(sim, await accessToken(sim), 'SELECT id FROM vendor')).status).toBe(200);
    expect((await fetch(`${sim.baseUrl}/__sim/certificates/nope/revoke`, { method: 'POST' })).status).toBe(400);
  });

  it('refuses RS256 unless the setting allows it', async () => {
    const sim = await startSeededSimulator();
    const { privateKey, publicPem } = await rsaKeyPair('RS256');
    sim.control.registerCertificate({ certificateId: 'cert-rsa', clientId: CLIENT_ID, pem: publicPem });
    const assertion = await signAssertion(sim, { key: privateKey, alg: 'RS256', kid: 'cert-rsa' });
    const refused = await requestToken(sim, assertion);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ error: 'invalid_client' });
    expect(refused.headers.get('www-authenticate')).toBe('Basic realm="1234567_SB1"');
    sim.control.updateSettings({ allowRs256: true });
    expect((await requestToken(sim, assertion)).status).toBe(200);
  });

  const rejections: {
    reason: string;
    detail: string;
    status: number;
    make: (sim: Awaited<ReturnType<typeof startSeededSimulator>>) => Promise<string>;
  }[] = [
    {
      reason: 'a signature made with another key',
      detail: 'InvalidSignature',
      status: 401,
      make: async (sim) => signAssertion(sim, { key: (await rsaKeyPair()).privateKey, alg: 'PS256' }),
    },
    {
      reason: 'an unknown kid',
      detail: 'UnknownCertificate',
      status: 401,
      make: async (sim) => signAssertion(sim, { key: await fixtureEcKey(), kid: 'nope' }),
    },
    {
      reason: 'an unknown iss',
      detail: 'InvalidIntegration',
      status: 401,
      make: async (sim) => signAssertion(sim, { key: await fixtureEcKey(), iss: 'someone-else' }),
    },
    {
      reason: 'an aud other than the token URL',
      detail: 'AudienceMismatch',
      status: 401,
      make: async (sim) =>
        signAssertion(sim, {
          key: await fixtureEcKey(),
          aud: 'https://1234567-sb1.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token',
        }),
    },
    {
      reason: 'an exp more than 60 minutes after iat',
      detail: 'AssertionLifetimeTooLong',
      status: 401,
      make: async (sim) => {
        const iat = Math.floor(sim.clock.now() / 1000);
        return signAssertion(sim, { key: await fixtureEcKey(), iat, exp: iat + 3601 });
      },
    },
    {
      reason: 'an expired assertion',
      detail: 'AssertionExpired',
      status: 401,
      make: async (sim) => {
        const iat = Math.floor(sim.clock.now() / 1000) - 3600;
        return signAssertion(sim, { key: await fixtureEcKey(), iat, exp: iat + 3599 });
      },
    },
    {
      reason: 'a scope without rest_webservices',
      detail: 'ScopeMismatched',
      status: 400,
      make: async (sim) => signAssertion(sim, { key: await fixtureEcKey(), scope: ['restlets'] }),
    },
  ];

  for (const rejection of rejections) {
    it(`rejects ${rejection.reason} and records why in the login audit trail`, async () => {
      const sim = await startSeededSimulator();
      const response = await requestToken(sim, await rejection.make(sim));
      expect(response.status).toBe(rejection.status);
      expect(await response.json()).toEqual({ error: rejection.status === 401 ? 'invalid_client' : 'invalid_grant' });
      expect(sim.control.loginAudit().at(-1)).toMatchObject({ status: 'Failure', detail: rejection.detail });
    });
  }

  it('rejects a form without the client assertion as invalid_request', async () => {
    const sim = await startSeededSimulator();
    const response = await fetch(sim.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'invalid_request' });
  });

  it('rejects a certificate used with the client id of another integration', async () => {
    const sim = await startSeededSimulator();
    sim.control.registerClient('other-client');
    const response = await requestToken(
      sim,
      await signAssertion(sim, { key: await fixtureEcKey(), iss: 'other-client' }),
    );
    expect(response.status).toBe(401);
    expect(sim.control.loginAudit().at(-1)?.detail).toBe('CertificateNotMappedToIntegration');
  });
});
