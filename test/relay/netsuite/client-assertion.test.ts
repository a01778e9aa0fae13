import { generateKeyPairSync } from 'node:crypto';
import { decodeProtectedHeader, importSPKI, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { assertionAlgorithm, generateNetSuiteKeyPair, signClientAssertion } from '../../../relay/src/netsuite';

const TOKEN_URL = 'https://1234567-sb1.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token';
const NOW = Date.parse('2026-05-01T12:00:00Z');

function keyPair(type: 'ec' | 'rsa', option: { namedCurve?: string; modulusLength?: number }) {
  const pair =
    type === 'ec'
      ? generateKeyPairSync('ec', { namedCurve: option.namedCurve ?? 'P-256' })
      : generateKeyPairSync('rsa', { modulusLength: option.modulusLength ?? 3072 });
  return {
    privatePem: pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicPem: pair.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
  };
}

describe('the NetSuite client assertion', () => {
  it.each([
    ['an EC P-256 key', keyPair('ec', {}), 'ES256'],
    ['an RSA 3072 key', keyPair('rsa', { modulusLength: 3072 }), 'PS256'],
  ] as const)(
    'is signed with the right algorithm and claims for %s, verifiable with the public key',
    async (_name, pair, alg) => {
      expect(assertionAlgorithm(pair.privatePem)).toBe(alg);
      const jwt = await signClientAssertion(pair.privatePem, {
        clientId: 'client-abc',
        certificateId: 'cert-42',
        tokenUrl: TOKEN_URL,
        nowMs: NOW,
      });
      expect(decodeProtectedHeader(jwt)).toEqual({ alg, kid: 'cert-42', typ: 'JWT' });
      const { payload } = await jwtVerify(jwt, await importSPKI(pair.publicPem, alg), {
        issuer: 'client-abc',
        audience: TOKEN_URL,
        currentDate: new Date(NOW + 1_000),
      });
      expect(payload.scope).toEqual(['rest_webservices']);
      expect(payload.iat).toBe(NOW / 1000);
      expect(payload.exp! - payload.iat!).toBeGreaterThan(0);
      expect(payload.exp! - payload.iat!).toBeLessThanOrEqual(3600);
    },
  );

  it('signs with the key that keygen makes', async () => {
    const generated = await generateNetSuiteKeyPair();
    expect(assertionAlgorithm(generated.privateKeyPem)).toBe('ES256');
  });

  it('names the problem with a key that is not a PEM', () => {
    expect(() => assertionAlgorithm('not a key')).toThrow(/not a readable PKCS#8 PEM/);
  });

  it('refuses key types NetSuite does not accept', () => {
    const ed = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(() => assertionAlgorithm(ed)).toThrow(/EC or RSA keys only, not ed25519/);
  });
});
