import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../relay/src/config';
import { loadCredentials } from '../../relay/src/store/credentials';
import { openDatabase } from '../../relay/src/store/database';
import { toolAudit } from '../../relay/src/store/audit-scope';
import { runMlc } from '../relay/cli/run-mlc';
import { tempDir } from '../helpers/temp-dir';

// `mlc rotate-key` re-seals the stored credentials under a new master key: nothing is lost, the old
// key no longer opens them, and no key or secret is ever printed.

const SECRET = 'procurify-secret-rotate-91';
const keyOf = (text: string) => loadConfig({ MLC_MASTER_KEY: text.trim() }).masterKey!;

async function storedSecret(cwd: string, key: string) {
  const database = await openDatabase({ url: `file:${path.join(cwd, 'data', 'mlc.db')}`, audit: toolAudit() });
  try {
    return (await loadCredentials(database.db, 'procurify', keyOf(key)))?.values.clientSecret;
  } finally {
    database.close();
  }
}

async function initWithCredentials(env: Record<string, string> = {}) {
  const cwd = tempDir('mlc-rotate-');
  expect((await runMlc(['init'], { cwd, env })).code).toBe(0);
  const set = await runMlc(
    [
      'credentials',
      'set',
      'procurify',
      '--base-url',
      'https://acme.procurify.com',
      '--client-id',
      'c',
      '--secret-stdin',
    ],
    { cwd, env, stdin: SECRET },
  );
  expect(set.code).toBe(0);
  return cwd;
}

describe('mlc rotate-key', () => {
  it('replaces the key file with a new key and re-seals the credentials under it', async () => {
    const cwd = await initWithCredentials();
    const keyFile = path.join(cwd, 'data', 'master.key');
    const oldKey = readFileSync(keyFile, 'utf8');

    const run = await runMlc(['rotate-key'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Re-sealed 1 credential set under the new master key.');
    const newKey = readFileSync(keyFile, 'utf8');
    expect(newKey).not.toBe(oldKey);
    expect(existsSync(`${keyFile}.new`)).toBe(false);
    expect(await storedSecret(cwd, newKey)).toBe(SECRET);
    await expect(storedSecret(cwd, oldKey)).rejects.toThrow();
    for (const text of [oldKey.trim(), newKey.trim(), SECRET]) expect(run.stdout + run.stderr).not.toContain(text);
  });

  it('takes the new key from standard input when MLC_MASTER_KEY is set, and refuses to guess one', async () => {
    const oldKey = Buffer.alloc(32, 1).toString('base64');
    const newKey = Buffer.alloc(32, 2).toString('base64');
    const cwd = await initWithCredentials({ MLC_MASTER_KEY: oldKey });

    const refused = await runMlc(['rotate-key'], { cwd, env: { MLC_MASTER_KEY: oldKey } });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--new-key-stdin');
    const bad = await runMlc(['rotate-key', '--new-key-stdin'], {
      cwd,
      env: { MLC_MASTER_KEY: oldKey },
      stdin: 'short',
    });
    expect(bad.code).toBe(2);
    expect(await storedSecret(cwd, oldKey)).toBe(SECRET);

    const run = await runMlc(['rotate-key', '--new-key-stdin'], {
      cwd,
      env: { MLC_MASTER_KEY: oldKey },
      stdin: newKey,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Set MLC_MASTER_KEY to the new key');
    expect(await storedSecret(cwd, newKey)).toBe(SECRET);
    expect(run.stdout + run.stderr).not.toContain(newKey);
  });
});
