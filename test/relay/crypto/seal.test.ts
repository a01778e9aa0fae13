import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Secret } from '../../../relay/src/config';
import { seal, unseal, UnsealError } from '../../../relay/src/crypto/seal';

const key = new Secret(randomBytes(32).toString('base64'));

describe('sealing secrets at rest', () => {
  it('opens what it sealed, and never shows the plaintext in the sealed form', () => {
    const sealed = seal('{"clientSecret":"cs-123456"}', key);
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain('cs-123456');
    expect(unseal(sealed, key)).toBe('{"clientSecret":"cs-123456"}');
  });

  it('uses a fresh nonce each time, so equal secrets seal differently', () => {
    expect(seal('same', key)).not.toBe(seal('same', key));
  });

  it('refuses another key and any altered byte', () => {
    const sealed = seal('secret value', key);
    expect(() => unseal(sealed, new Secret(randomBytes(32).toString('base64')))).toThrow(UnsealError);
    const parts = sealed.split('.');
    const body = Buffer.from(parts[3]!, 'base64url');
    body[0] = body[0]! ^ 1;
    parts[3] = body.toString('base64url');
    expect(() => unseal(parts.join('.'), key)).toThrow(UnsealError);
    expect(() => unseal('not sealed at all', key)).toThrow(UnsealError);
  });
});
