import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../relay/src/config';
import { masterKeyWeakness, tokenWeakness } from '../../../relay/src/config/secret-strength';

const strong = () => randomBytes(24).toString('base64url');
const STRONG_KEY = randomBytes(32).toString('base64');

function productionProblems(env: Record<string, string>): readonly string[] {
  try {
    loadConfig({ NODE_ENV: 'production', ...env });
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('tokenWeakness', () => {
  it.each([
    ['short-token', 'is shorter than 16 characters'],
    ['aaaaaaaaaaaaaaaa', 'repeats one character'],
    ['abababababababababab', 'has fewer than 8 different characters (low entropy)'],
  ])('calls %s weak: it %s', (value, reason) => {
    expect(tokenWeakness(value)).toBe(reason);
  });

  it('passes generated tokens and a long passphrase', () => {
    expect(tokenWeakness(strong())).toBeUndefined();
    expect(tokenWeakness('correct-horse-battery-staple')).toBeUndefined();
  });
});

describe('masterKeyWeakness', () => {
  it('refuses an all-zero key and a key of few distinct bytes, passes random bytes', () => {
    expect(masterKeyWeakness(Buffer.alloc(32))).toBe('is all zero bytes');
    expect(masterKeyWeakness(Buffer.alloc(32, 5))).toMatch(/low entropy/);
    expect(masterKeyWeakness(randomBytes(32))).toBeUndefined();
  });
});

describe('production refuses weak secrets, naming the variable and the reason but never the value', () => {
  const good = { MLC_ADMIN_TOKEN: strong(), MLC_EVENT_SECRET: strong(), MLC_MASTER_KEY: STRONG_KEY };

  it('accepts strong, distinct secrets', () => {
    expect(productionProblems(good)).toEqual([]);
  });

  it.each([
    [
      'an admin token of one repeated character',
      { MLC_ADMIN_TOKEN: 'a'.repeat(16) },
      'MLC_ADMIN_TOKEN: is too weak for production: it repeats one character',
    ],
    [
      'an admin token equal to the event secret',
      { MLC_ADMIN_TOKEN: good.MLC_EVENT_SECRET },
      'MLC_ADMIN_TOKEN: must differ from the event secrets',
    ],
    [
      'an all-zero master key',
      { MLC_MASTER_KEY: Buffer.alloc(32).toString('base64') },
      'MLC_MASTER_KEY: is too weak for production: it is all zero bytes',
    ],
    [
      'a low-entropy master key',
      { MLC_MASTER_KEY: Buffer.alloc(32, 7).toString('base64') },
      'MLC_MASTER_KEY: is too weak for production: it has fewer than 16 different byte values',
    ],
    [
      'a short previous event secret',
      { MLC_EVENT_SECRET_PREVIOUS: 'x' },
      'MLC_EVENT_SECRET_PREVIOUS: must be at least 16 characters',
    ],
    [
      'a previous secret equal to the current one',
      { MLC_EVENT_SECRET_PREVIOUS: good.MLC_EVENT_SECRET },
      'MLC_EVENT_SECRET_PREVIOUS: equals MLC_EVENT_SECRET',
    ],
    [
      'a low-entropy event secret',
      { MLC_EVENT_SECRET: '0101010101010101' },
      'MLC_EVENT_SECRET: is too weak for production: it has fewer than 8 different characters',
    ],
  ])('refuses %s', (_name, change: Record<string, string>, reason) => {
    const problems = productionProblems({ ...good, ...change });
    expect(problems.join('\n')).toContain(reason);
    for (const value of Object.values(change)) {
      if (value.length > 1) expect(problems.join('\n')).not.toContain(value);
    }
  });

  it('allows weak secrets outside production, where they are generated or typed for a test', () => {
    expect(() =>
      loadConfig({ MLC_ADMIN_TOKEN: 'a'.repeat(16), MLC_MASTER_KEY: Buffer.alloc(32).toString('base64') }),
    ).not.toThrow();
  });
});

describe('MLC_EVENT_SECRET_PREVIOUS_UNTIL', () => {
  it('is an ISO time with a zone, kept in milliseconds', () => {
    const config = loadConfig({ MLC_EVENT_SECRET_PREVIOUS_UNTIL: '2026-12-01T12:00:00Z' });
    expect(config.eventSecretPreviousUntilMs).toBe(Date.parse('2026-12-01T12:00:00Z'));
    expect(() => loadConfig({ MLC_EVENT_SECRET_PREVIOUS_UNTIL: 'tomorrow' })).toThrow(
      /MLC_EVENT_SECRET_PREVIOUS_UNTIL: must be an ISO-8601 time/,
    );
    expect(() => loadConfig({ MLC_EVENT_SECRET_PREVIOUS_UNTIL: '2026-12-01T12:00:00' })).toThrow(ConfigError);
  });
});
