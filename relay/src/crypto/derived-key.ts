import { createHmac, hkdfSync } from 'node:crypto';
import type { Secret } from '../config';

// Keys for other jobs than sealing are derived from the master key (HKDF-SHA256, one label per
// purpose), so nobody who lacks the master key can recompute what they protect, and no derived key
// can open a sealed credential.

export type KeyPurpose = 'audit-chain-v1' | 'secret-fingerprint-v1';

export function deriveKey(masterKey: Secret, purpose: KeyPurpose): Buffer {
  const master = Buffer.from(masterKey.reveal(), 'base64');
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `mlc:${purpose}`, 32));
}

/** A stable, keyed fingerprint of a secret: safe to store, useless without the master key. */
export function secretFingerprint(masterKey: Secret, value: Secret): string {
  return createHmac('sha256', deriveKey(masterKey, 'secret-fingerprint-v1')).update(value.reveal()).digest('hex');
}

/** The key of the audit chain's HMACs. */
export function auditKeyOf(masterKey: Secret): Buffer {
  return deriveKey(masterKey, 'audit-chain-v1');
}
