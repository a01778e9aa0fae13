import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { X509Certificate } from 'node:crypto';
import { generateNetSuiteKeyPair } from '../netsuite/keygen';
import { usageError } from './errors';

// The NetSuite M2M key pair on disk, for `mlc netsuite keygen` and `mlc setup`: the private key
// (0600, never leaves this machine) and the certificate the administrator uploads to NetSuite.

export const KEY_FILE = 'netsuite-private-key.pem';
export const CERTIFICATE_FILE = 'netsuite-certificate.pem';

export interface KeyFiles {
  keyPath: string;
  certificatePath: string;
  /** The last day the certificate is valid, YYYY-MM-DD. */
  validUntil: string;
}

export function keyFilesIn(dir: string): { keyPath: string; certificatePath: string } {
  return { keyPath: path.join(dir, KEY_FILE), certificatePath: path.join(dir, CERTIFICATE_FILE) };
}

/** The pair already in `dir`, or undefined when there is none (a key without its certificate is none). */
export function existingKeyFiles(dir: string): KeyFiles | undefined {
  const files = keyFilesIn(dir);
  if (!existsSync(files.keyPath) || !existsSync(files.certificatePath)) return undefined;
  const certificate = new X509Certificate(readFileSync(files.certificatePath));
  return { ...files, validUntil: new Date(certificate.validTo).toISOString().slice(0, 10) };
}

/** Makes a new pair in `dir`, replacing any there. */
export async function writeKeyFiles(
  dir: string,
  options: { validityDays?: number; commonName?: string } = {},
): Promise<KeyFiles> {
  let pair;
  try {
    pair = await generateNetSuiteKeyPair(options);
  } catch (error) {
    throw usageError((error as Error).message);
  }
  const files = keyFilesIn(dir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileSync(files.keyPath, pair.privateKeyPem, { mode: 0o600 });
  writeFileSync(files.certificatePath, pair.certificatePem, { mode: 0o644 });
  return { ...files, validUntil: pair.notAfter.toISOString().slice(0, 10) };
}
