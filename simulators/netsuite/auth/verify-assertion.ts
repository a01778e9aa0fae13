import { compactVerify, decodeProtectedHeader, importSPKI, importX509 } from 'jose';
import type { AuthRegistry } from './registry';

const ALLOWED = ['PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512'];
const MAX_LIFETIME_SECONDS = 3600;

export type AssertionResult =
  | { ok: true; clientId: string; certificateId: string }
  | {
      ok: false;
      error: 'invalid_request' | 'invalid_client' | 'invalid_grant';
      detail: string;
      clientId: string | null;
      certificateId: string | null;
    };

export interface AssertionCheck {
  registry: AuthRegistry;
  /** Simulator time, ms. */
  now: number;
  tokenUrl: string;
  allowRs256: boolean;
}

function scopes(scope: unknown): string[] {
  if (Array.isArray(scope)) return scope.map(String);
  if (typeof scope === 'string') return scope.split(/[\s,]+/).filter(Boolean);
  return [];
}

/**
 * Verifies a client assertion the way NetSuite's M2M grant does: the signature against the
 * certificate registered for `kid`, then the claims. Failures carry the Login Audit Trail detail.
 */
export async function verifyAssertion(assertion: string, check: AssertionCheck): Promise<AssertionResult> {
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(assertion);
  } catch {
    return { ok: false, error: 'invalid_request', detail: 'MalformedAssertion', clientId: null, certificateId: null };
  }
  const certificateId = typeof header.kid === 'string' ? header.kid : null;
  const fail = (
    error: 'invalid_client' | 'invalid_grant',
    detail: string,
    clientId: string | null = null,
  ): AssertionResult => ({
    ok: false,
    error,
    detail,
    clientId,
    certificateId,
  });
  const algorithm = String(header.alg);
  if (!ALLOWED.includes(algorithm) && !(check.allowRs256 && algorithm === 'RS256'))
    return fail('invalid_client', `UnsupportedAlgorithm ${algorithm}`);
  const certificate = certificateId === null ? undefined : check.registry.certificates.get(certificateId);
  if (!certificate) return fail('invalid_client', 'UnknownCertificate');
  if (check.registry.revoked.has(certificate.certificateId)) return fail('invalid_client', 'RevokedCertificate');

  let payloadBytes: Uint8Array;
  try {
    const key = certificate.pem.includes('BEGIN CERTIFICATE')
      ? await importX509(certificate.pem, algorithm)
      : await importSPKI(certificate.pem, algorithm);
    payloadBytes = (await compactVerify(assertion, key, { algorithms: [algorithm] })).payload;
  } catch {
    return fail('invalid_client', 'InvalidSignature');
  }
  let claims: Record<string, unknown>;
  try {
    claims = JSON.parse(new TextDecoder().decode(payloadBytes)) as Record<string, unknown>;
  } catch {
    return fail('invalid_client', 'MalformedAssertion');
  }
  const clientId = typeof claims.iss === 'string' ? claims.iss : null;
  if (clientId === null || !check.registry.clients.has(clientId))
    return fail('invalid_client', 'InvalidIntegration', clientId);
  if (clientId !== certificate.clientId) return fail('invalid_client', 'CertificateNotMappedToIntegration', clientId);
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (audiences.length !== 1 || audiences[0] !== check.tokenUrl)
    return fail('invalid_client', 'AudienceMismatch', clientId);
  const { iat, exp } = claims;
  if (typeof iat !== 'number' || typeof exp !== 'number') return fail('invalid_client', 'MissingIatOrExp', clientId);
  if (exp - iat > MAX_LIFETIME_SECONDS) return fail('invalid_client', 'AssertionLifetimeTooLong', clientId);
  if (exp * 1000 <= check.now) return fail('invalid_client', 'AssertionExpired', clientId);
  if (!scopes(claims.scope).includes('rest_webservices')) return fail('invalid_grant', 'ScopeMismatched', clientId);
  return { ok: true, clientId, certificateId: certificate.certificateId };
}
