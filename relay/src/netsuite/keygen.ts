// tsyringe, inside @peculiar/x509, needs the Reflect metadata polyfill loaded first.
import 'reflect-metadata';
import { randomBytes, webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

export interface NetSuiteKeyPair {
  /** PKCS#8 PEM: the value of NETSUITE_PRIVATE_KEY. Secret. */
  privateKeyPem: string;
  /** Self-signed X.509 certificate (PEM) to upload at OAuth 2.0 Client Credentials (M2M) Setup. */
  certificatePem: string;
  notBefore: Date;
  notAfter: Date;
}

export interface KeygenOptions {
  /** The certificate subject's common name. */
  commonName?: string;
  /** Validity in days; NetSuite accepts at most 2 years (docs/reference/netsuite-api.md "Client assertion"). */
  validityDays?: number;
  now?: Date;
}

type SelfSignedParams = Parameters<typeof x509.X509CertificateGenerator.createSelfSigned>[0];

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const MAX_VALIDITY_DAYS = 730;

/** An EC P-256 key pair (signs ES256 assertions) and its self-signed certificate. */
export async function generateNetSuiteKeyPair(options: KeygenOptions = {}): Promise<NetSuiteKeyPair> {
  const validityDays = options.validityDays ?? MAX_VALIDITY_DAYS;
  if (!Number.isInteger(validityDays) || validityDays < 1 || validityDays > MAX_VALIDITY_DAYS) {
    throw new RangeError(
      `certificate validity must be 1 to ${MAX_VALIDITY_DAYS} days (NetSuite's limit is 2 years), got ${validityDays}`,
    );
  }
  const commonName = options.commonName ?? 'ml-connector relay';
  if (/[,+=<>#;"\\]/.test(commonName)) throw new Error('the common name may not contain , + = < > # ; " or \\');
  const keys = await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const notBefore = options.now ?? new Date();
  const notAfter = new Date(notBefore.getTime() + validityDays * 86_400_000);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: randomBytes(16)
        .toString('hex')
        .replace(/^[89a-f]/, '1'),
      name: `CN=${commonName}`,
      notBefore,
      notAfter,
      signingAlgorithm: ALGORITHM,
      keys: keys as unknown as SelfSignedParams['keys'],
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      ],
    },
    webcrypto as unknown as Parameters<typeof x509.X509CertificateGenerator.createSelfSigned>[1],
  );
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
  return {
    privateKeyPem: x509.PemConverter.encode(pkcs8, 'PRIVATE KEY'),
    certificatePem: certificate.toString('pem'),
    notBefore: certificate.notBefore,
    notAfter: certificate.notAfter,
  };
}
