import { randomBytes } from 'node:crypto';

// Integrations (client ids), M2M certificates mapped to them, issued access tokens, and the login
// audit trail where NetSuite records why a token request failed.

export interface CertificateEntry {
  certificateId: string;
  clientId: string;
  /** X.509 certificate or SPKI public key, PEM. */
  pem: string;
}

export interface IssuedToken {
  clientId: string;
  /** The certificate whose assertion got the token: revoking it ends the token too. */
  certificateId: string | null;
  expiresAt: number;
}

export interface LoginAuditEntry {
  at: number;
  clientId: string | null;
  certificateId: string | null;
  status: 'Success' | 'Failure';
  /** e.g. InvalidSignature, UnknownCertificate, AudienceMismatch (NetSuite shows such details in the UI only). */
  detail: string;
}

export class AuthRegistry {
  readonly clients = new Set<string>();
  readonly certificates = new Map<string, CertificateEntry>();
  /** Certificate ids revoked at OAuth 2.0 Client Credentials (M2M) Setup; registering one again restores it. */
  readonly revoked = new Set<string>();
  readonly loginAudit: LoginAuditEntry[] = [];
  private readonly tokens = new Map<string, IssuedToken>();

  registerClient(clientId: string): void {
    if (!clientId.trim()) throw new Error('clientId must not be empty');
    this.clients.add(clientId);
  }

  registerCertificate(entry: CertificateEntry): void {
    if (!entry.certificateId.trim()) throw new Error('certificateId must not be empty');
    if (!/-----BEGIN (CERTIFICATE|PUBLIC KEY)-----/.test(entry.pem)) {
      throw new Error('pem must be an X.509 certificate or a public key in PEM form');
    }
    this.registerClient(entry.clientId);
    this.certificates.set(entry.certificateId, entry);
    this.revoked.delete(entry.certificateId);
  }

  /** Refuses the certificate's assertions from now on and ends the tokens it got. */
  revokeCertificate(certificateId: string): void {
    if (!this.certificates.has(certificateId)) throw new Error(`no certificate ${certificateId}`);
    this.revoked.add(certificateId);
    for (const [token, grant] of this.tokens) if (grant.certificateId === certificateId) this.tokens.delete(token);
  }

  /** Accepts a revoked certificate again (as uploading it anew would). */
  restoreCertificate(certificateId: string): void {
    if (!this.certificates.has(certificateId)) throw new Error(`no certificate ${certificateId}`);
    this.revoked.delete(certificateId);
  }

  issueToken(clientId: string, expiresAt: number, certificateId: string | null = null): string {
    // Opaque to clients; shaped like NetSuite's three-part JWT.
    const token = [
      'eyJraWQiOiJzLlNZU1RFTS4yMDIwXzEiLCJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9',
      randomBytes(48).toString('base64url'),
      randomBytes(32).toString('base64url'),
    ].join('.');
    this.tokens.set(token, { clientId, certificateId, expiresAt });
    return token;
  }

  /** The token's grant if it exists and has not expired at `now`. */
  checkToken(token: string, now: number): IssuedToken | null {
    const grant = this.tokens.get(token);
    return grant && grant.expiresAt > now ? grant : null;
  }

  expireAllTokens(): void {
    this.tokens.clear();
  }
}
