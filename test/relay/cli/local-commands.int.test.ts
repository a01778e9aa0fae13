import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../relay/src/config';
import { loadCredentials } from '../../../relay/src/store/credentials';
import { openDatabase } from '../../../relay/src/store/database';
import { toolAudit } from '../../../relay/src/store/audit-scope';
import { tempDir } from '../../helpers/temp-dir';
import { runMlc } from './run-mlc';

// The commands that work on this machine alone: init, credentials set, netsuite keygen, and the
// command line's own errors.

const mode = (file: string) => statSync(file).mode & 0o777;

describe('mlc on this machine', () => {
  it('init creates the data directory, a 0600 master key file and a 0600 .env, and keeps them on a second run', async () => {
    const cwd = tempDir('mlc-init-');
    const first = await runMlc(['init'], { cwd });
    expect(first.code).toBe(0);
    const keyFile = path.join(cwd, 'data', 'master.key');
    expect(mode(keyFile)).toBe(0o600);
    expect(Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'base64')).toHaveLength(32);
    const env = readFileSync(path.join(cwd, '.env'), 'utf8');
    expect(mode(path.join(cwd, '.env'))).toBe(0o600);
    expect(env).toMatch(/^MLC_ADMIN_TOKEN=\S{16,}$/m);
    expect(env).toMatch(/^MLC_EVENT_SECRET=\S{16,}$/m);
    expect(env).toMatch(/^MLC_MASTER_KEY=$/m);
    expect(env).toContain('PROCURIFY_CLIENT_SECRET=');
    expect(first.stdout).not.toContain(readFileSync(keyFile, 'utf8').trim());

    const key = readFileSync(keyFile, 'utf8');
    const second = await runMlc(['init'], { cwd });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('already there, kept');
    expect(readFileSync(keyFile, 'utf8')).toBe(key);
  });

  it('credentials set seals a secret read from stdin with the key file, and never prints it', async () => {
    const cwd = tempDir('mlc-credentials-');
    expect((await runMlc(['init'], { cwd })).code).toBe(0);
    const run = await runMlc(
      [
        'credentials',
        'set',
        'procurify',
        '--base-url',
        'https://acme.procurify.com/',
        '--client-id',
        'acme-client',
        '--secret-stdin',
      ],
      { cwd, stdin: 'very-secret-value-42\n' },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Sealed procurify credentials: baseUrl, clientId, clientSecret, tokenUrl set.');
    expect(run.stdout).toContain('Complete.');
    expect(run.stdout + run.stderr).not.toContain('very-secret-value-42');

    const masterKey = loadConfig({
      MLC_MASTER_KEY: readFileSync(path.join(cwd, 'data', 'master.key'), 'utf8').trim(),
    }).masterKey!;
    const database = await openDatabase({ url: `file:${path.join(cwd, 'data', 'mlc.db')}`, audit: toolAudit() });
    const stored = await loadCredentials(database.db, 'procurify', masterKey);
    database.close();
    expect(stored?.values).toEqual({
      baseUrl: 'https://acme.procurify.com',
      tokenUrl: 'https://acme.procurify.com/oauth/token',
      clientId: 'acme-client',
      clientSecret: 'very-secret-value-42',
    });
    expect(readFileSync(path.join(cwd, 'data', 'mlc.db')).includes('very-secret-value-42')).toBe(false);
  });

  it('credentials set without a master key is a configuration error that says how to make one', async () => {
    const cwd = tempDir('mlc-credentials-');
    const run = await runMlc(['credentials', 'set', 'procurify', '--client-id', 'x'], { cwd });
    expect(run.code).toBe(78);
    expect(run.stderr).toContain('No master key: set MLC_MASTER_KEY or run `mlc init`');
  });

  it('netsuite keygen writes a 0600 key and a certificate, prints the next steps, and will not overwrite without --force', async () => {
    const cwd = tempDir('mlc-keygen-');
    const run = await runMlc(['netsuite', 'keygen', '--out', 'keys', '--days', '365'], { cwd });
    expect(run.code).toBe(0);
    const key = path.join(cwd, 'keys', 'netsuite-private-key.pem');
    expect(mode(key)).toBe(0o600);
    expect(readFileSync(key, 'utf8')).toContain('-----BEGIN PRIVATE KEY-----');
    expect(readFileSync(path.join(cwd, 'keys', 'netsuite-certificate.pem'), 'utf8')).toContain(
      '-----BEGIN CERTIFICATE-----',
    );
    expect(run.stdout).toContain('OAuth 2.0 Client Credentials (M2M) Setup');
    expect(run.stdout).toContain('mlc credentials set netsuite');
    expect(run.stdout).not.toContain('BEGIN PRIVATE KEY');

    const again = await runMlc(['netsuite', 'keygen', '--out', 'keys'], { cwd });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists; use --force');
    expect((await runMlc(['netsuite', 'keygen', '--out', 'keys', '--force'], { cwd })).code).toBe(0);
  });

  it('answers usage mistakes with exit 2, a bad setting with exit 78, and --help with exit 0', async () => {
    const cwd = tempDir('mlc-usage-');
    expect(existsSync(path.join(cwd, '.env'))).toBe(false);
    const none = await runMlc([], { cwd });
    expect(none.code).toBe(2);
    expect(none.stdout).toContain('Usage: mlc <command>');

    const group = await runMlc(['mappings'], { cwd });
    expect(group.code).toBe(2);
    expect(group.stderr).toContain('mlc mappings needs a subcommand: export, import.');

    const unknownOption = await runMlc(['netsuite', 'keygen', '--days', '9999'], { cwd });
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toContain('--days must be a whole number from 1 to 730.');

    const badSetting = await runMlc(['records'], { cwd, env: { MLC_PORT: 'eighty' } });
    expect(badSetting.code).toBe(78);
    expect(badSetting.stderr).toContain('MLC_PORT: must be a whole number from 0 to 65535');

    const help = await runMlc(['doctor', '--help'], { cwd });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: mlc doctor');
  });
});
