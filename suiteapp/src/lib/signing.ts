// The relay's signing contract, version 2 (docs/architecture.md "The v2 signature"): HMAC-SHA256, lower-case hex,
// over `<timestamp>.<account>.<METHOD>.<path with query>.<raw body>`, sent as
// `x-mlc-signature: v2=<hex>`. The account is the one sent in `x-mlc-account`, so a request signed
// for one NetSuite account cannot be replayed to another.

export type HttpMethod = 'GET' | 'POST';

export interface SigningParts {
  timestamp: number;
  /** Exactly as sent in `x-mlc-account` (runtime.accountId, e.g. 1234567_SB1). */
  accountId: string;
  method: HttpMethod;
  /** The path with its query string, e.g. /v1/netsuite/events. */
  path: string;
  /** The raw body; empty for a GET. */
  body: string;
}

export function signingInput(parts: SigningParts): string {
  return `${parts.timestamp}.${parts.accountId}.${parts.method.toUpperCase()}.${parts.path}.${parts.body}`;
}

export function unixSeconds(now: Date): number {
  return Math.floor(now.getTime() / 1000);
}

/** The path and query of an absolute URL (SuiteScript has no URL class to do it for us). */
export function pathOfUrl(url: string): string {
  const match = /^https?:\/\/[^/?#]+([^#]*)/i.exec(url);
  if (!match) throw new Error(`Not an absolute http(s) URL: ${url}`);
  const rest = match[1] ?? '';
  return rest === '' || rest.startsWith('?') ? `/${rest}` : rest;
}

/** Joins the relay's base URL (with or without a trailing slash or a path prefix) and a path. */
export function relayUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

export interface SignedRequest {
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface SignedRequestInput {
  method: HttpMethod;
  url: string;
  body: string;
  accountId: string;
  now: Date;
  /** HMAC-SHA256 of the input in hex, keyed with the shared secret. */
  hmacHex: (input: string) => string;
}

export function signRequest(input: SignedRequestInput): SignedRequest {
  const timestamp = unixSeconds(input.now);
  const body = input.method === 'GET' ? '' : input.body;
  const signature = input.hmacHex(
    signingInput({ timestamp, accountId: input.accountId, method: input.method, path: pathOfUrl(input.url), body }),
  );
  const headers: Record<string, string> = {
    'x-mlc-account': input.accountId,
    'x-mlc-timestamp': String(timestamp),
    'x-mlc-signature': `v2=${signature.toLowerCase()}`,
  };
  if (input.method !== 'GET') headers['content-type'] = 'application/json';
  return { method: input.method, url: input.url, headers, body };
}
