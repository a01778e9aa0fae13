import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Secret } from '../config';

// The SuiteApp → relay signature of DESIGN.md: HMAC-SHA256 over `<timestamp>.<METHOD>.<path>.<raw body>`,
// sent as `x-mlc-signature: v1=<lower-case hex>`.

export function signingInput(timestamp: string, method: string, pathWithQuery: string, body: string): string {
  return `${timestamp}.${method.toUpperCase()}.${pathWithQuery}.${body}`;
}

export function sign(secret: Secret, input: string): string {
  return `v1=${createHmac('sha256', secret.reveal()).update(input, 'utf8').digest('hex')}`;
}

/** True when the header is one `v1=` value matching any of the secrets; compared in constant time. */
export function verifySignature(header: string | undefined, input: string, secrets: readonly Secret[]): boolean {
  if (!header || !/^v1=[0-9a-f]{64}$/.test(header)) return false;
  const given = Buffer.from(header.slice(3), 'hex');
  let match = false;
  for (const secret of secrets) {
    const expected = createHmac('sha256', secret.reveal()).update(input, 'utf8').digest();
    // Check every secret, so the time taken does not tell which one matched.
    if (timingSafeEqual(given, expected)) match = true;
  }
  return match;
}

/** Constant-time comparison of two tokens of any length. */
export function tokensEqual(given: string, expected: string): boolean {
  const a = createHmac('sha256', 'mlc-compare').update(given).digest();
  const b = createHmac('sha256', 'mlc-compare').update(expected).digest();
  return timingSafeEqual(a, b);
}
