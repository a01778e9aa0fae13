import { createMiddleware } from 'hono/factory';
import type { Config, Secret } from '../../config';
import { signingInput, verifySignature } from '../../crypto/signature';
import { ApiError } from '../errors';
import type { AppEnv } from '../types';

export const MAX_BODY_BYTES = 1024 * 1024;
export const MAX_SKEW_SECONDS = 300;

export interface SignedEnv extends AppEnv {
  Variables: AppEnv['Variables'] & { rawBody: string };
}

/**
 * Checks a SuiteApp request in the order docs/architecture.md "SuiteApp → relay: events" fixes: size (413), timestamp and signature
 * (401), account (403). The raw body is kept for the handler, which validates the schema (400).
 */
export function verifyNetSuiteRequest(config: Config, now: () => number = Date.now) {
  return createMiddleware<SignedEnv>(async (c, next) => {
    const declared = Number(c.req.header('content-length') ?? '0');
    if (declared > MAX_BODY_BYTES) throw tooLarge();
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.byteLength > MAX_BODY_BYTES) throw tooLarge();
    const raw = new TextDecoder().decode(bytes);

    const timestamp = c.req.header('x-mlc-timestamp') ?? '';
    if (!/^\d{1,12}$/.test(timestamp)) throw new ApiError('invalid_signature', 'x-mlc-timestamp must be unix seconds.');
    if (Math.abs(now() / 1000 - Number(timestamp)) > MAX_SKEW_SECONDS) {
      throw new ApiError(
        'stale_timestamp',
        `x-mlc-timestamp is more than ${MAX_SKEW_SECONDS} s away from the relay's clock.`,
      );
    }
    const secrets = signingSecrets(config, now());
    const url = new URL(c.req.url);
    const account = c.req.header('x-mlc-account') ?? '';
    const input = signingInput({
      timestamp,
      account,
      method: c.req.method,
      pathWithQuery: `${url.pathname}${url.search}`,
      body: raw,
    });
    if (secrets.length === 0 || !verifySignature(c.req.header('x-mlc-signature'), input, secrets)) {
      throw new ApiError('invalid_signature', 'The request signature is missing or does not match.');
    }

    const expected = config.netsuite.accountId;
    if (!expected || account.toLowerCase() !== expected.toLowerCase()) {
      throw new ApiError('account_mismatch', 'This relay serves another NetSuite account.');
    }
    c.set('rawBody', raw);
    await next();
  });
}

/** The event secret, and the previous one until its rotation window closes (MLC_EVENT_SECRET_PREVIOUS_UNTIL). */
function signingSecrets(config: Config, nowMs: number): Secret[] {
  const { eventSecret, eventSecretPrevious, eventSecretPreviousUntilMs: untilMs } = config;
  const previousOpen = eventSecretPrevious !== undefined && (untilMs === undefined || nowMs < untilMs);
  return [eventSecret, previousOpen ? eventSecretPrevious : undefined].filter((secret) => secret !== undefined);
}

export function tooLarge(): ApiError {
  return new ApiError('payload_too_large', `The body is larger than ${MAX_BODY_BYTES} bytes.`);
}
