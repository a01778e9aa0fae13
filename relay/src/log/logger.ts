import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

export interface LoggerOptions {
  level: string;
  /** Raw secret values that must never reach the output, whatever field or message they hide in. */
  secrets?: readonly string[];
  /** Where JSON lines go; standard output by default. */
  destination?: NodeJS.WritableStream;
}

// Keys whose values are credentials wherever they appear in a logged object.
const REDACT_PATHS = [
  'authorization',
  'password',
  'secret',
  'token',
  'accessToken',
  'access_token',
  'clientSecret',
  'client_secret',
  'privateKey',
  '*.authorization',
  '*.password',
  '*.secret',
  '*.token',
  '*.accessToken',
  '*.access_token',
  '*.clientSecret',
  '*.client_secret',
  '*.privateKey',
  'headers.authorization',
  'headers["x-mlc-signature"]',
  '*.headers.authorization',
  '*.headers["x-mlc-signature"]',
];

/**
 * Structured JSON logs. Two layers keep secrets out: pino redaction by key, and a last scrub of
 * every output line for the configured secret values (a secret can hide in an error message).
 */
export function createLogger(options: LoggerOptions): Logger {
  // Standard output is written synchronously on Linux (files and pipes alike); an asynchronous
  // destination keeps log writes off the request path. main.ts flushes it before exiting.
  const destination = options.destination ?? pino.destination({ dest: 1, sync: false });
  const secrets = (options.secrets ?? []).filter((value) => value.length >= 4);
  // JSON escaping can change how a secret is spelled inside a line, so match both spellings.
  const needles = [...new Set(secrets.flatMap((value) => [value, JSON.stringify(value).slice(1, -1)]))];
  const scrub = (line: string) => needles.reduce((text, needle) => text.split(needle).join('[redacted]'), line);
  return pino(
    {
      level: options.level,
      base: { service: 'mlc-relay' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
      ...(needles.length > 0 ? { hooks: { streamWrite: scrub } } : {}),
    },
    destination,
  );
}
