import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../../relay/src/store/database';
import { toolAudit } from '../../relay/src/store/audit-scope';
import { runRelayExpectingExit, startRelay } from '../helpers/relay-process';
import { tempDir } from '../helpers/temp-dir';

describe('the relay process', () => {
  it('starts with no settings on the default port, creating the embedded database on the spot', async () => {
    const cwd = tempDir();
    const relay = await startRelay({ cwd, env: { MLC_PORT: '' } });
    expect(relay.baseUrl).toBe('http://127.0.0.1:8787');
    const health = await fetch(`${relay.baseUrl}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    expect(existsSync(path.join(cwd, 'data', 'mlc.db'))).toBe(true);
    // Development secrets are generated once, readable by the owner alone.
    expect(statSync(path.join(cwd, 'data', 'dev-secrets.json')).mode & 0o777).toBe(0o600);
    expect(await relay.stop('SIGTERM')).toBe(0);
  });

  it('says in /readyz which dependency is not ready, and why', async () => {
    const relay = await startRelay({
      cwd: tempDir(),
      env: { PROCURIFY_BASE_URL: 'http://127.0.0.1:9', PROCURIFY_CLIENT_ID: 'id', PROCURIFY_CLIENT_SECRET: 'secret-1' },
    });
    const ready = await fetch(`${relay.baseUrl}/readyz`);
    expect(ready.status).toBe(503);
    const body = (await ready.json()) as { status: string; checks: Record<string, { ok: boolean; reason?: string }> };
    expect(body.status).toBe('not_ready');
    expect(body.checks.database).toEqual({ ok: true });
    expect(body.checks.procurify).toEqual({ ok: true });
    expect(body.checks.netsuite).toEqual({
      ok: false,
      reason: 'not configured: NETSUITE_ACCOUNT_ID, NETSUITE_CLIENT_ID, NETSUITE_CERTIFICATE_ID, NETSUITE_PRIVATE_KEY',
    });
  });

  it('keeps its schema and data across a restart on the same file (migrations are idempotent)', async () => {
    const cwd = tempDir();
    const first = await startRelay({ cwd });
    expect(await first.stop()).toBe(0);
    const second = await startRelay({ cwd });
    expect((await fetch(`${second.baseUrl}/healthz`)).status).toBe(200);
    expect(second.output.join('\n')).not.toContain('generated development secrets');
  });

  it('answers unknown routes in the error format with a request id', async () => {
    const relay = await startRelay({ cwd: tempDir() });
    const response = await fetch(`${relay.baseUrl}/nowhere`, { headers: { 'x-request-id': 'req-from-caller' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('x-request-id')).toBe('req-from-caller');
    expect(await response.json()).toEqual({
      error: { code: 'not_found', message: 'No route for GET /nowhere.', requestId: 'req-from-caller' },
    });
  });

  it('exits non-zero on a bad environment, naming every bad variable and printing no value', async () => {
    const { code, output } = await runRelayExpectingExit({
      cwd: tempDir(),
      env: {
        NODE_ENV: 'production',
        MLC_PORT: 'port-value-xyz',
        MLC_POLL_INTERVAL: 'interval-value-xyz',
        MLC_ADMIN_TOKEN: 'admin-token-value-xyz',
      },
    });
    expect(code).not.toBe(0);
    expect(output).toContain('MLC_PORT');
    expect(output).toContain('MLC_POLL_INTERVAL');
    expect(output).not.toMatch(/value-xyz/);
  });

  it('reads the master key from <data dir>/master.key, as mlc init writes it, when MLC_MASTER_KEY is unset', async () => {
    const cwd = tempDir();
    mkdirSync(path.join(cwd, 'data'));
    writeFileSync(path.join(cwd, 'data', 'master.key'), `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
    // Production starts only on a database `mlc init` created.
    const database = await openDatabase({ url: `file:${path.join(cwd, 'data', 'mlc.db')}`, audit: toolAudit() });
    await migrateDatabase(database);
    database.close();
    const relay = await startRelay({
      cwd,
      env: {
        NODE_ENV: 'production',
        MLC_ADMIN_TOKEN: 'admin-token-from-env-1',
        MLC_EVENT_SECRET: 'event-secret-from-env-1',
      },
    });
    expect((await fetch(`${relay.baseUrl}/healthz`)).status).toBe(200);
    expect(existsSync(path.join(cwd, 'data', 'dev-secrets.json'))).toBe(false);
  });

  it('refuses to start in production without its secrets', async () => {
    const { code, output } = await runRelayExpectingExit({ cwd: tempDir(), env: { NODE_ENV: 'production' } });
    expect(code).not.toBe(0);
    expect(output).toContain('MLC_ADMIN_TOKEN: is required when NODE_ENV=production');
    expect(output).toContain('MLC_EVENT_SECRET: is required when NODE_ENV=production');
    expect(output).toContain('MLC_MASTER_KEY: is required when NODE_ENV=production');
  });

  it('never writes a secret from the environment into its log', async () => {
    const secrets = {
      MLC_ADMIN_TOKEN: 'admin-token-4f1c9a7e2b',
      MLC_EVENT_SECRET: 'event-secret-8d2e6b1f0a',
      MLC_MASTER_KEY: Buffer.alloc(32, 42).toString('base64'),
      PROCURIFY_CLIENT_SECRET: 'procurify-secret-5c3a9e7d1b',
    };
    const relay = await startRelay({
      cwd: tempDir(),
      env: { ...secrets, MLC_LOG_LEVEL: 'trace', PROCURIFY_BASE_URL: 'http://127.0.0.1:9', PROCURIFY_CLIENT_ID: 'id' },
    });
    await fetch(`${relay.baseUrl}/healthz`, { headers: { authorization: `Bearer ${secrets.MLC_ADMIN_TOKEN}` } });
    await fetch(`${relay.baseUrl}/readyz?token=${secrets.PROCURIFY_CLIENT_SECRET}`);
    await fetch(`${relay.baseUrl}/missing/${secrets.MLC_EVENT_SECRET}`);
    expect(await relay.stop()).toBe(0);
    const log = relay.output.join('\n');
    expect(log).toContain('"msg":"request"');
    for (const value of Object.values(secrets)) expect(log).not.toContain(value);
  });
});
