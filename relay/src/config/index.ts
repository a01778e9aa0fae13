import path from 'node:path';
import { ConfigError } from './config-error';
import { dataDirOf, defaultDataDir } from './data-dir';
import { envSchema, type Env } from './schema';
import { plainHttpProblems } from './https-only';
import { weakSecretProblems } from './secret-strength';
import type { Secret } from './secret';

export { Secret } from './secret';
export { parseDuration } from './duration';

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly logLevel: Env['MLC_LOG_LEVEL'];
  readonly http: {
    readonly port: number;
    readonly host: string | undefined;
    /** Longest time a client may take to send a whole request, headers and body; then 408 and the connection is cut. */
    readonly requestTimeoutMs: number;
    readonly headersTimeoutMs: number;
    /** Signed-ingest requests whose bodies are read at once, before anyone is authenticated; more get 503. */
    readonly maxBodiesInFlight: number;
    /** On SIGTERM, how long requests in flight may finish before connections are cut and the relay closes. */
    readonly drainTimeoutMs: number;
  };
  readonly database: {
    readonly url: string;
    readonly authToken: Secret | undefined;
    /** Embedded file only: `normal` survives relay crashes; `full` also power loss (a disk sync per commit). */
    readonly synchronous: 'normal' | 'full';
  };
  /** Where the embedded database, development secrets and key files live. */
  readonly dataDir: string;
  readonly masterKey: Secret | undefined;
  readonly adminToken: Secret | undefined;
  readonly eventSecret: Secret | undefined;
  readonly eventSecretPrevious: Secret | undefined;
  /** MLC_EVENT_SECRET_PREVIOUS_UNTIL in ms; undefined: the relay sets 24 h after it first sees the secret. */
  readonly eventSecretPreviousUntilMs: number | undefined;
  readonly netsuite: {
    readonly accountId: string | undefined;
    readonly clientId: string | undefined;
    readonly certificateId: string | undefined;
    readonly privateKey: Secret | undefined;
    /** `https://<account>.suitetalk.api.netsuite.com` unless overridden; undefined without an account. */
    readonly baseUrl: string | undefined;
    readonly tokenUrl: string | undefined;
    readonly concurrency: number;
    /**
     * The company's base currency (ISO code) for an account without Multiple Currencies, where REST
     * and SuiteQL cannot read currencies; undefined otherwise.
     */
    readonly baseCurrency: string | undefined;
  };
  readonly procurify: {
    readonly baseUrl: string | undefined;
    readonly tokenUrl: string | undefined;
    readonly clientId: string | undefined;
    readonly clientSecret: Secret | undefined;
    /** Requests per second for the whole connection; 0 means only Procurify's 429s pace us. */
    readonly rateLimit: number;
    /** Page templates, `{id}` for the Procurify id, for links to synced records. */
    readonly links: { readonly vendor: string | undefined; readonly vendorbill: string | undefined };
  };
  /** Event ids older than this are forgotten (hourly). */
  readonly inboxRetentionMs: number;
  readonly sync: {
    readonly pollIntervalMs: number;
    readonly pollOverlapMs: number;
    readonly referenceRefreshIntervalMs: number;
    readonly requestTimeoutMs: number;
    readonly retryMaxDelayMs: number;
    readonly retryMaxAgeMs: number;
    readonly billWrite: 'v2-draft' | 'off';
    readonly billSubmit: boolean;
    readonly vendorType: 3 | 4;
  };
  /** Digested notifications of failures, records needing a mapping and refused credentials. */
  readonly notify: {
    readonly webhookUrl: Secret | undefined;
    /** At most one message per interval. */
    readonly intervalMs: number;
    readonly smtp:
      | {
          readonly host: string;
          readonly port: number;
          /** How the connection is protected (MLC_SMTP_TLS); `off` carries credentials only to a loopback host. */
          readonly tls: Env['MLC_SMTP_TLS'];
          readonly from: string;
          readonly to: readonly string[];
          readonly user: string | undefined;
          readonly password: Secret | undefined;
        }
      | undefined;
  };
}

export { ConfigError };
export { dataDirOf };

const PRODUCTION_REQUIRED = ['MLC_ADMIN_TOKEN', 'MLC_EVENT_SECRET', 'MLC_MASTER_KEY'] as const;

/** Parses the environment once, at start-up, into a frozen Config; throws ConfigError naming every bad variable. */
export function loadConfig(source: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError([...new Set(problems)]);
  }
  const env = parsed.data;
  if (env.NODE_ENV === 'production') {
    const missing = PRODUCTION_REQUIRED.filter((name) => env[name] === undefined);
    if (missing.length > 0) {
      throw new ConfigError(missing.map((name) => `${name}: is required when NODE_ENV=production`));
    }
    const weak = weakSecretProblems({
      MLC_ADMIN_TOKEN: env.MLC_ADMIN_TOKEN?.reveal(),
      MLC_EVENT_SECRET: env.MLC_EVENT_SECRET?.reveal(),
      MLC_EVENT_SECRET_PREVIOUS: env.MLC_EVENT_SECRET_PREVIOUS?.reveal(),
      MLC_MASTER_KEY: env.MLC_MASTER_KEY?.reveal(),
    });
    const plain = plainHttpProblems({
      MLC_NOTIFY_WEBHOOK_URL: env.MLC_NOTIFY_WEBHOOK_URL?.reveal(),
      PROCURIFY_BASE_URL: env.PROCURIFY_BASE_URL,
      PROCURIFY_TOKEN_URL: env.PROCURIFY_TOKEN_URL,
      NETSUITE_BASE_URL: env.NETSUITE_BASE_URL,
    });
    if (weak.length + plain.length > 0) throw new ConfigError([...weak, ...plain]);
  }
  const smtpProblems = smtpProblemsOf(env);
  if (smtpProblems.length > 0) throw new ConfigError(smtpProblems);
  return deepFreeze(toConfig(env));
}

function toConfig(env: Env): Config {
  const databaseUrl = env.MLC_DATABASE_URL ?? 'file:./data/mlc.db';
  const netsuiteBaseUrl = stripSlash(
    env.NETSUITE_BASE_URL ?? (env.NETSUITE_ACCOUNT_ID ? `https://${netsuiteHost(env.NETSUITE_ACCOUNT_ID)}` : undefined),
  );
  const procurifyBaseUrl = stripSlash(env.PROCURIFY_BASE_URL);
  return {
    env: env.NODE_ENV,
    logLevel: env.MLC_LOG_LEVEL,
    http: {
      port: env.MLC_PORT,
      host: env.MLC_HOST,
      requestTimeoutMs: env.MLC_HTTP_REQUEST_TIMEOUT,
      headersTimeoutMs: Math.min(env.MLC_HTTP_HEADERS_TIMEOUT, env.MLC_HTTP_REQUEST_TIMEOUT),
      maxBodiesInFlight: env.MLC_HTTP_MAX_BODIES_IN_FLIGHT,
      drainTimeoutMs: env.MLC_DRAIN_TIMEOUT,
    },
    database: { url: databaseUrl, authToken: env.MLC_DATABASE_AUTH_TOKEN, synchronous: env.MLC_DATABASE_SYNC },
    dataDir: path.resolve(env.MLC_DATA_DIR ?? defaultDataDir(databaseUrl)),
    masterKey: env.MLC_MASTER_KEY,
    adminToken: env.MLC_ADMIN_TOKEN,
    eventSecret: env.MLC_EVENT_SECRET,
    eventSecretPrevious: env.MLC_EVENT_SECRET_PREVIOUS,
    eventSecretPreviousUntilMs: env.MLC_EVENT_SECRET_PREVIOUS_UNTIL
      ? Date.parse(env.MLC_EVENT_SECRET_PREVIOUS_UNTIL)
      : undefined,
    netsuite: {
      accountId: env.NETSUITE_ACCOUNT_ID,
      clientId: env.NETSUITE_CLIENT_ID,
      certificateId: env.NETSUITE_CERTIFICATE_ID,
      privateKey: env.NETSUITE_PRIVATE_KEY,
      baseUrl: netsuiteBaseUrl,
      tokenUrl: netsuiteBaseUrl && `${netsuiteBaseUrl}/services/rest/auth/oauth2/v1/token`,
      concurrency: env.NETSUITE_CONCURRENCY,
      baseCurrency: env.NETSUITE_BASE_CURRENCY?.toUpperCase(),
    },
    procurify: {
      baseUrl: procurifyBaseUrl,
      tokenUrl: env.PROCURIFY_TOKEN_URL ?? (procurifyBaseUrl && `${procurifyBaseUrl}/oauth/token`),
      clientId: env.PROCURIFY_CLIENT_ID,
      clientSecret: env.PROCURIFY_CLIENT_SECRET,
      rateLimit: env.PROCURIFY_RATE_LIMIT,
      links: { vendor: env.PROCURIFY_VENDOR_LINK, vendorbill: env.PROCURIFY_BILL_LINK },
    },
    inboxRetentionMs: env.MLC_INBOX_RETENTION,
    sync: {
      pollIntervalMs: env.MLC_POLL_INTERVAL,
      pollOverlapMs: env.MLC_POLL_OVERLAP,
      referenceRefreshIntervalMs: env.MLC_REFERENCE_REFRESH_INTERVAL,
      requestTimeoutMs: env.MLC_REQUEST_TIMEOUT,
      retryMaxDelayMs: env.MLC_RETRY_MAX_DELAY,
      retryMaxAgeMs: env.MLC_RETRY_MAX_AGE,
      billWrite: env.MLC_BILL_WRITE,
      billSubmit: env.MLC_BILL_SUBMIT === 'true',
      vendorType: env.MLC_VENDOR_TYPE === '3' ? 3 : 4,
    },
    notify: {
      webhookUrl: env.MLC_NOTIFY_WEBHOOK_URL,
      intervalMs: env.MLC_NOTIFY_INTERVAL,
      smtp: env.MLC_SMTP_HOST
        ? {
            host: env.MLC_SMTP_HOST,
            port: env.MLC_SMTP_PORT,
            tls: env.MLC_SMTP_TLS,
            from: env.MLC_SMTP_FROM ?? `mlc-relay@${env.MLC_SMTP_HOST}`,
            to: (env.MLC_SMTP_TO ?? '')
              .split(/[,;]/)
              .map((address) => address.trim())
              .filter(Boolean),
            user: env.MLC_SMTP_USER,
            password: env.MLC_SMTP_PASSWORD,
          }
        : undefined,
    },
  };
}

function smtpProblemsOf(env: Env): string[] {
  if (!env.MLC_SMTP_HOST) return [];
  const problems: string[] = [];
  if (!env.MLC_SMTP_TO) problems.push('MLC_SMTP_TO: is required with MLC_SMTP_HOST (who receives the notifications)');
  // Plain SMTP would send the password readable by anyone on the path; only the local machine is exempt.
  if (env.MLC_SMTP_TLS === 'off' && env.MLC_SMTP_USER && env.MLC_SMTP_PASSWORD && !isLoopback(env.MLC_SMTP_HOST)) {
    problems.push(
      'MLC_SMTP_TLS: off sends MLC_SMTP_USER and MLC_SMTP_PASSWORD unencrypted, so it is allowed with them only ' +
        'to a loopback host (127.0.0.1, ::1, localhost); use auto, starttls or tls',
    );
  }
  return problems;
}

function isLoopback(host: string): boolean {
  return ['127.0.0.1', '::1', 'localhost'].includes(host.toLowerCase());
}

/** NetSuite hostnames are the account id in lower case with `_` as `-` (`1234567_SB1` → `1234567-sb1`). */
export function netsuiteHost(accountId: string): string {
  return `${accountId.toLowerCase().replace(/_/g, '-')}.suitetalk.api.netsuite.com`;
}

function stripSlash(value: string | undefined): string | undefined {
  return value?.replace(/\/+$/, '');
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (child && typeof child === 'object' && !Object.isFrozen(child)) deepFreeze(child as object);
  }
  return Object.freeze(value);
}
