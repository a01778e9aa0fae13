import { createPrivateKey, createPublicKey, X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateNetSuiteKeyPair } from '../../../relay/src/netsuite';

describe('generateNetSuiteKeyPair', () => {
  it('makes a PKCS#8 EC P-256 key and a self-signed certificate for it, valid two years at most', async () => {
    const now = new Date('2026-02-01T00:00:00Z');
    const pair = await generateNetSuiteKeyPair({ commonName: 'mlc relay test', now });
    expect(pair.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    const key = createPrivateKey(pair.privateKeyPem);
    expect(key.asymmetricKeyType).toBe('ec');
    expect(key.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');

    const certificate = new X509Certificate(pair.certificatePem);
    expect(certificate.subject).toBe('CN=mlc relay test');
    expect(certificate.issuer).toBe(certificate.subject);
    expect(certificate.verify(certificate.publicKey)).toBe(true);
    expect(certificate.checkPrivateKey(key)).toBe(true);
    expect(certificate.publicKey.export({ format: 'der', type: 'spki' })).toEqual(
      createPublicKey(key).export({ format: 'der', type: 'spki' }),
    );
    const validMs = Date.parse(certificate.validTo) - Date.parse(certificate.validFrom);
    expect(validMs).toBeLessThanOrEqual(730 * 86_400_000);
    expect(Date.parse(certificate.validFrom)).toBe(now.getTime());
  });

  it('makes a different key every time', async () => {
    const [a, b] = await Promise.all([generateNetSuiteKeyPair(), generateNetSuiteKeyPair()]);
    expect(a.privateKeyPem).not.toBe(b.privateKeyPem);
  });

  it('refuses a validity longer than NetSuite allows', async () => {
    await expect(generateNetSuiteKeyPair({ validityDays: 731 })).rejects.toThrow(/1 to 730 days/);
  });
});
