import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseDuration } from '../../../relay/src/config';

const KEY = Buffer.alloc(32, 7).toString('base64');
/** Production refuses a key of repeated bytes such as KEY. */
const RANDOM_KEY = randomBytes(32).toString('base64');

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected loadConfig to reject the environment');
}

describe('loadConfig', () => {
  it('gives every setting its documented default when the environment is empty', () => {
    const config = loadConfig({});
    expect(config.env).toBe('development');
    expect(config.http.port).toBe(8787);
    expect(config.database.url).toBe('file:./data/mlc.db');
    expect(config.database.synchronous).toBe('normal');
    expect(config.dataDir).toBe(path.resolve('data'));
    expect(config.sync).toEqual({
      pollIntervalMs: 15 * 60_000,
      pollOverlapMs: 10 * 60_000,
      referenceRefreshIntervalMs: 60 * 60_000,
      requestTimeoutMs: 30_000,
      retryMaxDelayMs: 5 * 60_000,
      retryMaxAgeMs: 24 * 3_600_000,
      billWrite: 'v2-draft',
      billSubmit: true,
      vendorType: 4,
    });
    expect(config.netsuite.concurrency).toBe(2);
    expect(config.procurify.rateLimit).toBe(0);
    expect(config.procurify.links).toEqual({ vendor: undefined, vendorbill: undefined });
    expect(config.netsuite.baseUrl).toBeUndefined();
    expect(config.procurify.tokenUrl).toBeUndefined();
    expect(config.adminToken).toBeUndefined();
  });

  it('derives the NetSuite host from the account id and the Procurify token URL from the base URL', () => {
    const config = loadConfig({
      NETSUITE_ACCOUNT_ID: '1234567_SB1',
      PROCURIFY_BASE_URL: 'https://acme.procurify.com/',
    });
    expect(config.netsuite.baseUrl).toBe('https://1234567-sb1.suitetalk.api.netsuite.com');
    expect(config.netsuite.tokenUrl).toBe(
      'https://1234567-sb1.suitetalk.api.netsuite.com/services/rest/auth/oauth2/v1/token',
    );
    expect(config.procurify.baseUrl).toBe('https://acme.procurify.com');
    expect(config.procurify.tokenUrl).toBe('https://acme.procurify.com/oauth/token');
  });

  it('lets NETSUITE_BASE_URL and PROCURIFY_TOKEN_URL override the derived URLs', () => {
    const config = loadConfig({
      NETSUITE_ACCOUNT_ID: '1234567',
      NETSUITE_BASE_URL: 'http://127.0.0.1:9001',
      PROCURIFY_BASE_URL: 'http://127.0.0.1:9002',
      PROCURIFY_TOKEN_URL: 'http://127.0.0.1:9003/oauth/token',
    });
    expect(config.netsuite.tokenUrl).toBe('http://127.0.0.1:9001/services/rest/auth/oauth2/v1/token');
    expect(config.procurify.tokenUrl).toBe('http://127.0.0.1:9003/oauth/token');
  });

  it('parses the switches and numbers it is given', () => {
    const config = loadConfig({
      MLC_PORT: '9000',
      MLC_POLL_INTERVAL: '0',
      MLC_BILL_WRITE: 'off',
      MLC_BILL_SUBMIT: 'false',
      MLC_VENDOR_TYPE: '3',
      NETSUITE_CONCURRENCY: '5',
      PROCURIFY_RATE_LIMIT: '20',
      MLC_DATABASE_URL: 'libsql://db.example.com',
    });
    expect(config.http.port).toBe(9000);
    expect(config.sync.pollIntervalMs).toBe(0);
    expect(config.sync.billWrite).toBe('off');
    expect(config.sync.billSubmit).toBe(false);
    expect(config.sync.vendorType).toBe(3);
    expect(config.netsuite.concurrency).toBe(5);
    expect(config.procurify.rateLimit).toBe(20);
    expect(config.database.url).toBe('libsql://db.example.com');
  });

  it('treats empty variables, as .env templates leave them, as not set', () => {
    expect(loadConfig({ MLC_PORT: '', MLC_ADMIN_TOKEN: ' ' }).http.port).toBe(8787);
  });

  it('returns a frozen config', () => {
    const config = loadConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.sync)).toBe(true);
  });

  it.each([
    ['MLC_PORT', 'eighty', 'MLC_PORT: must be a whole number from 0 to 65535'],
    ['MLC_PORT', '70000', 'MLC_PORT: must be a whole number from 0 to 65535'],
    ['MLC_POLL_INTERVAL', '15 minutes', 'MLC_POLL_INTERVAL: must be a duration such as 30s, 15m, 1h or 0'],
    ['MLC_REQUEST_TIMEOUT', '-5s', 'MLC_REQUEST_TIMEOUT: must be a duration such as 30s, 15m, 1h or 0'],
    ['PROCURIFY_BASE_URL', 'acme.procurify.com', 'PROCURIFY_BASE_URL: must be an absolute http(s) URL'],
    ['NETSUITE_BASE_URL', 'ftp://netsuite.example', 'NETSUITE_BASE_URL: must be an absolute http(s) URL'],
    ['MLC_DATABASE_URL', 'postgres://db', 'MLC_DATABASE_URL: must be a file: URL'],
    ['MLC_BILL_WRITE', 'v3', 'MLC_BILL_WRITE: must be one of v2-draft, off'],
    ['MLC_DATABASE_SYNC', 'off', 'MLC_DATABASE_SYNC: must be one of normal, full'],
    ['MLC_VENDOR_TYPE', '7', 'MLC_VENDOR_TYPE: must be one of 3, 4'],
    ['MLC_MASTER_KEY', 'c2hvcnQ=', 'MLC_MASTER_KEY: must be standard base64 of exactly 32 bytes'],
    ['MLC_ADMIN_TOKEN', 'short', 'MLC_ADMIN_TOKEN: must be at least 16 characters'],
    ['NETSUITE_ACCOUNT_ID', '123 456', 'NETSUITE_ACCOUNT_ID: must be a NetSuite account id'],
    ['PROCURIFY_BILL_LINK', 'https://acme.procurify.com/bills/', 'PROCURIFY_BILL_LINK: must contain {id}'],
    ['PROCURIFY_VENDOR_LINK', 'acme/vendors/{id}', 'PROCURIFY_VENDOR_LINK: must be an absolute http(s) URL'],
    ['MLC_SMTP_TLS', 'ssl', 'MLC_SMTP_TLS: must be one of auto, starttls, tls, off'],
  ])('rejects a bad %s with a message that names the variable and not the value', (name, value, message) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
    expect(problems[0]).not.toContain(value);
  });

  it('names every bad variable at once', () => {
    const problems = problemsOf({ MLC_PORT: 'x', MLC_POLL_INTERVAL: 'y', PROCURIFY_BASE_URL: 'z' });
    expect(problems.map((problem) => problem.split(':')[0]).sort()).toEqual([
      'MLC_POLL_INTERVAL',
      'MLC_PORT',
      'PROCURIFY_BASE_URL',
    ]);
  });

  it('refuses production without the admin token, event secret and master key, naming each', () => {
    const problems = problemsOf({ NODE_ENV: 'production', MLC_ADMIN_TOKEN: 'a-long-admin-token-123' });
    expect(problems).toEqual([
      'MLC_EVENT_SECRET: is required when NODE_ENV=production',
      'MLC_MASTER_KEY: is required when NODE_ENV=production',
    ]);
    const complete = loadConfig({
      NODE_ENV: 'production',
      MLC_ADMIN_TOKEN: 'a-long-admin-token-123',
      MLC_EVENT_SECRET: 'a-long-event-secret-456',
      MLC_MASTER_KEY: RANDOM_KEY,
    });
    expect(complete.masterKey?.reveal()).toBe(RANDOM_KEY);
  });

  it('keeps secrets wrapped so that printing the config shows none of them', () => {
    const config = loadConfig({ PROCURIFY_CLIENT_SECRET: 'procurify-secret-value', MLC_MASTER_KEY: KEY });
    expect(JSON.stringify(config)).not.toContain('procurify-secret-value');
    expect(String(config.procurify.clientSecret)).toBe('[redacted]');
    expect(config.procurify.clientSecret?.reveal()).toBe('procurify-secret-value');
  });

  it('accepts the NetSuite private key as a PEM with \\n escapes or as a file path', () => {
    const pem = '-----BEGIN PRIVATE KEY-----\nABC\n-----END PRIVATE KEY-----\n';
    const inline = loadConfig({ NETSUITE_PRIVATE_KEY: pem.replace(/\n/g, '\\n') });
    expect(inline.netsuite.privateKey?.reveal()).toBe(pem);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'mlc-key-')), 'key.pem');
    writeFileSync(file, pem);
    expect(loadConfig({ NETSUITE_PRIVATE_KEY: file }).netsuite.privateKey?.reveal()).toBe(pem);
    expect(problemsOf({ NETSUITE_PRIVATE_KEY: '/nowhere/key.pem' })[0]).toContain('NETSUITE_PRIVATE_KEY: must be');
  });
});

describe('parseDuration', () => {
  it.each([
    ['0', 0],
    ['250ms', 250],
    ['30s', 30_000],
    ['15m', 900_000],
    ['1h', 3_600_000],
    ['2d', 172_800_000],
    ['15', undefined],
    ['1.5h', undefined],
    ['m', undefined],
    ['', undefined],
  ])('reads %j as %j milliseconds', (text, expected) => {
    expect(parseDuration(text)).toBe(expected);
  });
});

describe('notification settings', () => {
  it('are off by default, with a one-hour digest interval', () => {
    const config = loadConfig({});
    expect(config.notify).toEqual({ webhookUrl: undefined, intervalMs: 3_600_000, smtp: undefined });
  });

  it('keep the webhook URL as a secret and split the SMTP recipients', () => {
    const config = loadConfig({
      MLC_NOTIFY_WEBHOOK_URL: 'https://hooks.example.com/T0/B0/abc123',
      MLC_NOTIFY_INTERVAL: '15m',
      MLC_SMTP_HOST: 'smtp.example.com',
      MLC_SMTP_TO: 'ap@example.com; it@example.com',
      MLC_SMTP_PASSWORD: 'smtp-password-1',
    });
    expect(String(config.notify.webhookUrl)).toBe('[redacted]');
    expect(config.notify.webhookUrl?.reveal()).toBe('https://hooks.example.com/T0/B0/abc123');
    expect(config.notify.intervalMs).toBe(900_000);
    expect(config.notify.smtp).toMatchObject({
      host: 'smtp.example.com',
      port: 25,
      tls: 'auto',
      from: 'mlc-relay@smtp.example.com',
      to: ['ap@example.com', 'it@example.com'],
    });
  });

  it('refuse an SMTP host without recipients, and a webhook that is not an http(s) URL', () => {
    expect(problemsOf({ MLC_SMTP_HOST: 'smtp.example.com' })).toEqual([
      'MLC_SMTP_TO: is required with MLC_SMTP_HOST (who receives the notifications)',
    ]);
    expect(problemsOf({ MLC_NOTIFY_WEBHOOK_URL: 'ftp://example.com' })[0]).toMatch(/^MLC_NOTIFY_WEBHOOK_URL: /);
  });

  it('take MLC_SMTP_TLS as given', () => {
    for (const tls of ['auto', 'starttls', 'tls', 'off']) {
      const config = loadConfig({
        MLC_SMTP_HOST: 'smtp.example.com',
        MLC_SMTP_TO: 'ap@example.com',
        MLC_SMTP_TLS: tls,
      });
      expect(config.notify.smtp?.tls).toBe(tls);
    }
  });

  it('refuse credentials over plain SMTP unless the server is on this machine, without quoting them', () => {
    const plain = {
      MLC_SMTP_TO: 'ap@example.com',
      MLC_SMTP_TLS: 'off',
      MLC_SMTP_USER: 'relay-user',
      MLC_SMTP_PASSWORD: 'smtp-password-c41',
    };
    const problems = problemsOf({ ...plain, MLC_SMTP_HOST: 'smtp.example.com' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^MLC_SMTP_TLS: off sends MLC_SMTP_USER and MLC_SMTP_PASSWORD unencrypted/);
    expect(problems[0]).not.toContain('smtp-password-c41');
    expect(problems[0]).not.toContain('relay-user');
    for (const host of ['127.0.0.1', '::1', 'localhost']) {
      expect(loadConfig({ ...plain, MLC_SMTP_HOST: host }).notify.smtp?.tls).toBe('off');
    }
    // Without a login, or with TLS, any host will do.
    expect(loadConfig({ ...plain, MLC_SMTP_HOST: 'smtp.example.com', MLC_SMTP_PASSWORD: '' }).notify.smtp?.tls).toBe(
      'off',
    );
    expect(loadConfig({ ...plain, MLC_SMTP_HOST: 'smtp.example.com', MLC_SMTP_TLS: 'starttls' }).notify.smtp?.tls).toBe(
      'starttls',
    );
  });
});
