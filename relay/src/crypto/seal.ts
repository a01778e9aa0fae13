import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Secret } from '../config';

// AES-256-GCM with a fresh 96-bit nonce per message. Format: `v1.<nonce>.<tag>.<ciphertext>` (base64url),
// so a future key or algorithm change can be told apart from old rows.

export class UnsealError extends Error {
  constructor() {
    super('The sealed value cannot be opened with this master key (wrong key, or the value was altered).');
    this.name = 'UnsealError';
  }
}

function keyBytes(masterKey: Secret): Buffer {
  const key = Buffer.from(masterKey.reveal(), 'base64');
  if (key.length !== 32) throw new Error('The master key must be 32 bytes.');
  return key;
}

export function seal(plaintext: string, masterKey: Secret): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyBytes(masterKey), nonce);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', nonce, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

export function unseal(sealed: string, masterKey: Secret): string {
  const [version, nonce, tag, ciphertext] = sealed.split('.');
  if (version !== 'v1' || nonce === undefined || tag === undefined || ciphertext === undefined) throw new UnsealError();
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyBytes(masterKey), Buffer.from(nonce, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new UnsealError();
  }
}
