import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadCliConfig } from '../../../relay/src/cli/settings';
import { tempDir } from '../../helpers/temp-dir';
import { runCliInProcess } from './run-cli-in-process';

// `mlc init --production` writes settings the production config accepts as they are: strong,
// distinct secrets, the relay on the loopback interface, and no plain http:// address.

const context = (cwd: string) => ({
  cwd,
  env: {},
  stdout: { write: () => true },
  stderr: { write: () => true },
  stdin: process.stdin,
  stopSignal: new Promise<NodeJS.Signals>(() => {}),
});

describe('mlc init --production', () => {
  it('writes a 0600 production .env from which the relay’s config loads in production mode', async () => {
    const cwd = tempDir('mlc-init-production-');
    const run = await runCliInProcess(['init', '--production'], { cwd });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const file = path.join(cwd, '.env');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const settings = parseEnv(readFileSync(file, 'utf8'));
    expect(settings).toMatchObject({ NODE_ENV: 'production', MLC_HOST: '127.0.0.1', MLC_MASTER_KEY: '' });
    expect(run.stdout).not.toContain(settings.MLC_ADMIN_TOKEN);
    expect(run.stdout).not.toContain(settings.MLC_EVENT_SECRET);
    expect(readFileSync(file, 'utf8')).toMatch(/^# PROCURIFY_BASE_URL=https:\/\/\S+/m);

    // What `mlc serve` would load: .env, then data/master.key; production refuses weak or reused secrets.
    const config = loadCliConfig(context(cwd));
    expect(config.env).toBe('production');
    expect(config.http.host).toBe('127.0.0.1');
    expect(config.adminToken?.reveal()).toBe(settings.MLC_ADMIN_TOKEN);
    expect(config.eventSecret?.reveal()).toBe(settings.MLC_EVENT_SECRET);
    expect(config.adminToken?.reveal()).not.toBe(config.eventSecret?.reveal());
    expect(config.masterKey?.reveal()).toBe(readFileSync(path.join(cwd, 'data', 'master.key'), 'utf8').trim());
  });

  it('keeps an existing .env and says when it is not a production one', async () => {
    const cwd = tempDir('mlc-init-production-');
    writeFileSync(path.join(cwd, '.env'), 'NODE_ENV=development\nMLC_ADMIN_TOKEN=kept-as-it-was-0123456789\n');
    const run = await runCliInProcess(['init', '--production'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('already there, kept; it says NODE_ENV=development: set NODE_ENV=production');
    expect(readFileSync(path.join(cwd, '.env'), 'utf8')).toContain('kept-as-it-was-0123456789');
  });

  it('without --production still writes a development .env', async () => {
    const cwd = tempDir('mlc-init-');
    expect((await runCliInProcess(['init'], { cwd })).code).toBe(0);
    expect(parseEnv(readFileSync(path.join(cwd, '.env'), 'utf8')).NODE_ENV).toBe('development');
  });
});
