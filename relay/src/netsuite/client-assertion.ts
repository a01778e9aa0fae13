import { createPrivateKey, randomUUID } from 'node:crypto';
import { importPKCS8, SignJWT } from 'jose';

export type AssertionAlgorithm = 'ES256' | 'ES384' | 'ES512' | 'PS256';

/** How long a signed assertion is valid; NetSuite allows at most 3600 s and we use it at once. */
export const ASSERTION_LIFETIME_S = 300;

const CURVE_ALGORITHM: Record<string, AssertionAlgorithm> = {
  prime256v1: 'ES256',
  secp384r1: 'ES384',
  secp521r1: 'ES512',
};

/**
 * The JWS algorithm for a PKCS#8 PEM key (docs/reference/netsuite-api.md "Client assertion"): ES256 for an EC P-256 key (ES384/ES512
 * for P-384/P-521), PS256 for an RSA key. RS256 is deprecated for this grant, so it is never chosen.
 */
export function assertionAlgorithm(privateKeyPem: string): AssertionAlgorithm {
  let key;
  try {
    key = createPrivateKey({ key: privateKeyPem, format: 'pem' });
  } catch {
    throw new Error('NETSUITE_PRIVATE_KEY is not a readable PKCS#8 PEM private key');
  }
  if (key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss') return 'PS256';
  if (key.asymmetricKeyType === 'ec') {
    const curve = key.asymmetricKeyDetails?.namedCurve ?? '';
    const alg = CURVE_ALGORITHM[curve];
    if (alg) return alg;
    throw new Error(`NetSuite accepts EC keys on P-256, P-384 or P-521 only, not ${curve || 'this curve'}`);
  }
  throw new Error(`NetSuite accepts EC or RSA keys only, not ${key.asymmetricKeyType ?? 'this key type'}`);
}

export interface AssertionClaims {
  clientId: string;
  certificateId: string;
  tokenUrl: string;
  /** Epoch milliseconds. */
  nowMs: number;
}

/** The signed client assertion of the M2M client-credentials grant (header {alg, kid, typ: "JWT"}). */
export async function signClientAssertion(privateKeyPem: string, claims: AssertionClaims): Promise<string> {
  const alg = assertionAlgorithm(privateKeyPem);
  const key = await importPKCS8(toPkcs8Pem(privateKeyPem), alg);
  const iat = Math.floor(claims.nowMs / 1000);
  return new SignJWT({ scope: ['rest_webservices'] })
    .setProtectedHeader({ alg, kid: claims.certificateId, typ: 'JWT' })
    .setIssuer(claims.clientId)
    .setAudience(claims.tokenUrl)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ASSERTION_LIFETIME_S)
    .setJti(randomUUID())
    .sign(key);
}

/** jose imports only "BEGIN PRIVATE KEY" PEMs; a PKCS#1 / SEC1 PEM is converted through Node. */
function toPkcs8Pem(pem: string): string {
  if (pem.includes('-----BEGIN PRIVATE KEY-----')) return pem;
  return createPrivateKey(pem).export({ format: 'pem', type: 'pkcs8' }).toString();
}
