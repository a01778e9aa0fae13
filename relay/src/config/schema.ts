import { readFileSync } from 'node:fs';
import { DEFAULT_PORT, MIN_SECRET_CHARS } from './admin-access';
import { wholeNumberIn } from './whole-number';
import { z } from 'zod';
import { parseDuration } from './duration';
import { Secret } from './secret';

// Every setting of docs/architecture.md "Settings", read from the environment in one place. Messages name
// the problem, never the value: a value may be a secret pasted into the wrong variable.

/** `.env` templates leave variables empty; an empty value means "not set". */
const optionalText = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  z.string().trim().optional(),
);

const secret = optionalText.transform((value) => (value === undefined ? undefined : new Secret(value)));

const longSecret = secret.refine((value) => value === undefined || value.reveal().length >= MIN_SECRET_CHARS, {
  message: `must be at least ${MIN_SECRET_CHARS} characters`,
});

const url = (what: string) =>
  optionalText.refine((value) => value === undefined || isHttpUrl(value), {
    message: `must be an absolute http(s) URL (${what})`,
  });

/** A web page address with `{id}` where the record's Procurify id goes. */
const linkTemplate = (what: string) =>
  url(`${what}, with {id} where the Procurify id goes`).refine(
    (value) => value === undefined || value.includes('{id}'),
    {
      message: `must contain {id} where the Procurify id goes (${what})`,
    },
  );

const duration = (fallback: string) =>
  optionalText.transform((value, ctx) => {
    const ms = parseDuration(value ?? fallback);
    if (ms === undefined) {
      ctx.addIssue({ code: 'custom', message: 'must be a duration such as 30s, 15m, 1h or 0' });
      return z.NEVER;
    }
    return ms;
  });

const positiveDuration = (fallback: string) =>
  duration(fallback).refine((ms) => ms > 0, { message: 'must be a duration above 0, such as 30s' });

const integer = (fallback: number, min: number, max: number) =>
  optionalText.transform((value, ctx) => {
    const parsed = wholeNumberIn(value, fallback, min, max);
    if (parsed === undefined) {
      ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max}` });
      return z.NEVER;
    }
    return parsed;
  });

const oneOf = <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  optionalText.transform((value, ctx) => {
    const chosen = value ?? fallback;
    if (!values.includes(chosen)) {
      ctx.addIssue({ code: 'custom', message: `must be one of ${values.join(', ')}` });
      return z.NEVER;
    }
    return chosen as T[number];
  });

const masterKey = optionalText.transform((value, ctx) => {
  if (value === undefined) return undefined;
  const bytes = Buffer.from(value, 'base64');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || bytes.length !== 32) {
    ctx.addIssue({ code: 'custom', message: 'must be standard base64 of exactly 32 bytes' });
    return z.NEVER;
  }
  return new Secret(value);
});

/** A PEM in the variable itself (with `\n` escapes allowed) or the path of a PEM file. */
const privateKey = optionalText.transform((value, ctx) => {
  if (value === undefined) return undefined;
  if (value.startsWith('-----BEGIN')) return new Secret(value.replace(/\\n/g, '\n'));
  try {
    const pem = readFileSync(value, 'utf8');
    if (!pem.includes('-----BEGIN')) throw new Error('not PEM');
    return new Secret(pem);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'must be a PKCS#8 PEM or the path of a readable PEM file' });
    return z.NEVER;
  }
});

export const envSchema = z.object({
  NODE_ENV: oneOf(['development', 'production', 'test'], 'development'),
  MLC_LOG_LEVEL: oneOf(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'], 'info'),
  MLC_PORT: integer(DEFAULT_PORT, 0, 65535),
  MLC_HOST: optionalText,
  /** A client slower than this to send its request (a body shorter than its Content-Length) is cut off. */
  MLC_HTTP_REQUEST_TIMEOUT: positiveDuration('30s'),
  MLC_HTTP_HEADERS_TIMEOUT: positiveDuration('10s'),
  /** 1 MiB each at most: the memory unauthenticated clients can hold at once is this many MiB. */
  MLC_HTTP_MAX_BODIES_IN_FLIGHT: integer(32, 1, 10_000),
  MLC_DRAIN_TIMEOUT: duration('10s'),
  MLC_DATABASE_URL: optionalText.refine(
    (value) => value === undefined || /^(file:|libsql:\/\/|https?:\/\/)/.test(value),
    { message: 'must be a file: URL, a libsql:// URL or an http(s):// URL' },
  ),
  MLC_DATABASE_AUTH_TOKEN: secret,
  MLC_DATABASE_SYNC: oneOf(['normal', 'full'], 'normal'),
  MLC_DATA_DIR: optionalText,
  MLC_MASTER_KEY: masterKey,
  MLC_ADMIN_TOKEN: longSecret,
  MLC_EVENT_SECRET: longSecret,
  MLC_EVENT_SECRET_PREVIOUS: longSecret,
  /** After this instant the previous secret is refused; default 24 h after the relay first sees it. */
  MLC_EVENT_SECRET_PREVIOUS_UNTIL: optionalText.refine((value) => value === undefined || isIsoInstant(value), {
    message: 'must be an ISO-8601 time with a zone, such as 2026-12-01T12:00:00Z',
  }),
  NETSUITE_ACCOUNT_ID: optionalText.refine((value) => value === undefined || /^[A-Za-z0-9_-]+$/.test(value), {
    message: 'must be a NetSuite account id such as 1234567 or 1234567_SB1',
  }),
  NETSUITE_CLIENT_ID: optionalText,
  NETSUITE_CERTIFICATE_ID: optionalText,
  NETSUITE_PRIVATE_KEY: privateKey,
  NETSUITE_BASE_URL: url('override of https://<account>.suitetalk.api.netsuite.com'),
  NETSUITE_CONCURRENCY: integer(2, 1, 100),
  NETSUITE_BASE_CURRENCY: optionalText.refine((value) => value === undefined || /^[A-Za-z]{3}$/.test(value), {
    message: 'must be a three-letter ISO 4217 currency code such as USD',
  }),
  PROCURIFY_BASE_URL: url('https://<domain>.procurify.com'),
  PROCURIFY_TOKEN_URL: url('default <PROCURIFY_BASE_URL>/oauth/token'),
  PROCURIFY_CLIENT_ID: optionalText,
  PROCURIFY_CLIENT_SECRET: secret,
  /** Requests per second this connection may send (Procurify publishes no limit); 0 = no limit of ours. */
  PROCURIFY_RATE_LIMIT: integer(0, 0, 10_000),
  PROCURIFY_VENDOR_LINK: linkTemplate('a vendor page in Procurify'),
  PROCURIFY_BILL_LINK: linkTemplate('a bill page in Procurify'),
  MLC_POLL_INTERVAL: duration('15m'),
  MLC_POLL_OVERLAP: duration('10m'),
  MLC_REFERENCE_REFRESH_INTERVAL: duration('1h'),
  MLC_REQUEST_TIMEOUT: duration('30s'),
  MLC_RETRY_MAX_DELAY: duration('5m'),
  MLC_RETRY_MAX_AGE: duration('24h'),
  /** How long event ids are remembered for de-duplication; docs/architecture.md "SuiteApp → relay: events" promises at least 30 days. */
  MLC_INBOX_RETENTION: duration('30d').refine((ms) => ms >= 30 * 86_400_000, {
    message: 'must be at least 30d (event ids are remembered at least 30 days)',
  }),
  MLC_BILL_WRITE: oneOf(['v2-draft', 'off'], 'v2-draft'),
  MLC_BILL_SUBMIT: oneOf(['true', 'false'], 'true'),
  MLC_VENDOR_TYPE: oneOf(['3', '4'], '4'),
  /** Notifications: a webhook URL can carry its own token (Slack, Teams), so it is kept as a secret. */
  MLC_NOTIFY_WEBHOOK_URL: url('where failures are POSTed as JSON').transform((value) =>
    value === undefined ? undefined : new Secret(value),
  ),
  MLC_NOTIFY_INTERVAL: duration('1h'),
  MLC_SMTP_HOST: optionalText,
  MLC_SMTP_PORT: integer(25, 1, 65_535),
  /** auto: implicit TLS on 465, else STARTTLS (required with a login); starttls: required; tls: implicit; off: plain. */
  MLC_SMTP_TLS: oneOf(['auto', 'starttls', 'tls', 'off'], 'auto'),
  MLC_SMTP_FROM: optionalText,
  MLC_SMTP_TO: optionalText,
  MLC_SMTP_USER: optionalText,
  MLC_SMTP_PASSWORD: secret,
});

export type Env = z.infer<typeof envSchema>;

function isIsoInstant(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  );
}

function isHttpUrl(value: string): boolean {
  try {
    const parsed = new URL(value);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}
