import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../relay/src/config';

const production = () => ({
  NODE_ENV: 'production',
  MLC_ADMIN_TOKEN: randomBytes(24).toString('base64url'),
  MLC_EVENT_SECRET: randomBytes(24).toString('base64url'),
  MLC_MASTER_KEY: randomBytes(32).toString('base64'),
});

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('https only in production', () => {
  it.each([
    ['PROCURIFY_BASE_URL', 'http://169.254.169.254'],
    ['PROCURIFY_BASE_URL', 'http://acme.procurify.com'],
    ['PROCURIFY_TOKEN_URL', 'http://auth.example.com/oauth/token'],
    ['NETSUITE_BASE_URL', 'http://1234567.suitetalk.api.netsuite.com'],
    ['MLC_NOTIFY_WEBHOOK_URL', 'http://hooks.example.com/T000/secret-path'],
  ])('refuses %s over plain http, naming the variable but not the URL', (name, url) => {
    const problems = problemsOf({ ...production(), [name]: url });
    expect(problems).toEqual([
      `${name}: must be an https:// URL in production (plain http is allowed only to this machine)`,
    ]);
  });

  it('accepts https, and plain http to this machine (a local proxy or simulator)', () => {
    expect(
      problemsOf({
        ...production(),
        PROCURIFY_BASE_URL: 'https://acme.procurify.com',
        NETSUITE_BASE_URL: 'http://127.0.0.1:8902',
        MLC_NOTIFY_WEBHOOK_URL: 'http://localhost:9000/hook',
        PROCURIFY_TOKEN_URL: 'http://[::1]:8901/oauth/token',
      }),
    ).toEqual([]);
  });

  it('leaves development alone', () => {
    expect(problemsOf({ PROCURIFY_BASE_URL: 'http://procurify.test' })).toEqual([]);
  });
});
