import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Secret } from '../config';

// The SuiteApp → relay signature of docs/architecture.md "The v2 signature", version 2: HMAC-SHA256 over
// `<timestamp>.<account>.<METHOD>.<path with query>.<raw body>`, sent as `x-mlc-signature: v2=<lower-case hex>`.
// The account is covered so that a request signed for one NetSuite account cannot be replayed to another.

export interface SignedParts {
  /** `x-mlc-timestamp` exactly as sent (unix seconds). */
  timestamp: string;
  /** `x-mlc-account` exactly as sent (runtime.accountId). */
  account: string;
  method: string;
  pathWithQuery: string;
  /** The raw body; empty for a GET. */
  body: string;
}

export function signingInput(parts: SignedParts): string {
  return `${parts.timestamp}.${parts.account}.${parts.method.toUpperCase()}.${parts.pathWithQuery}.${parts.body}`;
}

export function sign(secret: Secret, input: string): string {
  return `v2=${createHmac('sha256', secret.reveal()).update(input, 'utf8').digest('hex')}`;
}

/** True when the header is one `v2=` value matching any of the secrets; compared in constant time. */
export function verifySignature(header: string | undefined, input: string, secrets: readonly Secret[]): boolean {
  if (!header || !/^v2=[0-9a-f]{64}$/.test(header)) return false;
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

/**
 * The headers the SuiteApp sends with a signed request (the relay's own tests, benchmarks and the
 * `mlc` tools sign with it; the SuiteApp has its own copy in SuiteScript).
 */
export function signedHeaders(secret: Secret, parts: SignedParts): Record<string, string> {
  return {
    'x-mlc-account': parts.account,
    'x-mlc-timestamp': parts.timestamp,
    'x-mlc-signature': sign(secret, signingInput(parts)),
  };
}
