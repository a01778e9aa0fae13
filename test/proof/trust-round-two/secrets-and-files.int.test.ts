import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../../../relay/src/store/database';
import { toolAudit } from '../../../relay/src/store/audit-scope';
import { startBareRelay } from '../../helpers/bare-relay';
import { runRelayExpectingExit } from '../../helpers/relay-process';
import { tempDir } from '../../helpers/temp-dir';
import { runMlc } from '../../relay/cli/run-mlc';
import { fileMode as mode, oneEvent, strongSecrets } from '../support/trust';

// Weak secrets refused with the reason, an expiring previous event secret, owner-only files,
// no database created silently in production, and plain startup errors.
// Issue #19, "Trust, round two"; the table of attacks and results is in docs/reliability.md.
// Each attack is tried against the real relay (a child process, or served in this process over
// loopback) on a real database file.

describe('weak secrets (gap 4)', () => {
  it('a production relay refuses weak and reused secrets and plain-http addresses, naming each reason and never a value', async () => {
    const weak = {
      MLC_ADMIN_TOKEN: 'aaaaaaaaaaaaaaaa',
      MLC_EVENT_SECRET: 'aaaaaaaaaaaaaaaa',
      MLC_MASTER_KEY: Buffer.alloc(32).toString('base64'),
      MLC_EVENT_SECRET_PREVIOUS: 'abababababababababab',
    };
    const plainHttp = {
      PROCURIFY_BASE_URL: 'http://169.254.169.254',
      NETSUITE_BASE_URL: 'http://netsuite.example.com',
      MLC_NOTIFY_WEBHOOK_URL: 'http://hooks.example.com/T0/secret-hook-path',
    };
    const { code, output } = await runRelayExpectingExit({
      cwd: tempDir(),
      env: { NODE_ENV: 'production', ...weak, ...plainHttp },
    });
    expect(code).toBe(78);
    // Gap 9 in the same run: plain http for Procurify (the cloud metadata address), NetSuite and the webhook.
    for (const name of Object.keys(plainHttp))
      expect(output).toContain(`${name}: must be an https:// URL in production`);
    expect(output).not.toContain('secret-hook-path');
    expect(output).toContain('MLC_ADMIN_TOKEN: is too weak for production: it repeats one character');
    expect(output).toContain('MLC_ADMIN_TOKEN: must differ from the event secrets');
    expect(output).toContain('MLC_MASTER_KEY: is too weak for production: it is all zero bytes');
    expect(output).toContain('MLC_EVENT_SECRET_PREVIOUS: is too weak for production: it has fewer than 8 different');
    for (const value of Object.values(weak)) expect(output).not.toContain(value);
    // A one-character previous secret (`MLC_EVENT_SECRET_PREVIOUS=x`) is refused by the schema: test/relay/config.
  });

  it('the previous event secret is refused after MLC_EVENT_SECRET_PREVIOUS_UNTIL', async () => {
    const previous = randomBytes(24).toString('base64url');
    const open = await startBareRelay({
      env: { MLC_EVENT_SECRET_PREVIOUS: previous, MLC_EVENT_SECRET_PREVIOUS_UNTIL: '2999-01-01T00:00:00Z' },
    });
    expect((await open.postEvents(oneEvent(), previous)).status).toBe(202);
    const closed = await startBareRelay({
      env: { MLC_EVENT_SECRET_PREVIOUS: previous, MLC_EVENT_SECRET_PREVIOUS_UNTIL: '2020-01-01T00:00:00Z' },
    });
    const refused = await closed.postEvents(oneEvent(), previous);
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('invalid_signature');
    expect((await closed.postEvents(oneEvent())).status).toBe(202);
    expect(closed.log.text()).toContain('MLC_EVENT_SECRET_PREVIOUS has expired and is refused');
  });

  it('without an end time the previous secret expires 24 h after a relay first saw it, across restarts', async () => {
    const previous = randomBytes(24).toString('base64url');
    const dataDir = tempDir();
    const first = await startBareRelay({ dataDir, env: { MLC_EVENT_SECRET_PREVIOUS: previous } });
    const until = first.served.relay.config.eventSecretPreviousUntilMs!;
    expect(until - Date.now()).toBeGreaterThan(23.9 * 3_600_000);
    expect(until - Date.now()).toBeLessThanOrEqual(24 * 3_600_000);
    await first.served.close();
    const second = await startBareRelay({
      dataDir,
      env: { MLC_EVENT_SECRET_PREVIOUS: previous, MLC_MASTER_KEY: first.secrets.masterKey },
    });
    expect(second.served.relay.config.eventSecretPreviousUntilMs).toBe(until);
    // The stored fingerprint is keyed: the secret itself is in no column.
    const rows = await second.served.relay.database.client.execute('select value from setting');
    expect(JSON.stringify(rows.rows)).not.toContain(previous);
  });
});

describe('files, a missing database, startup errors (gaps 2 and 7)', () => {
  it('production refuses to create a missing database; mlc init makes it, with secrets production accepts, and every file is owner-only', async () => {
    const cwd = tempDir();
    const secrets = strongSecrets();
    const missing = await runRelayExpectingExit({ cwd, env: { NODE_ENV: 'production', ...secrets } });
    expect(missing.code).toBe(78);
    expect(missing.output).toContain(`The database file ${path.join(cwd, 'data', 'mlc.db')} does not exist`);
    expect(missing.output).toContain('run `mlc init`');
    expect(existsSync(path.join(cwd, 'data'))).toBe(false);

    expect((await runMlc(['init'], { cwd })).code).toBe(0);
    const generated = parseEnv(readFileSync(path.join(cwd, '.env'), 'utf8'));
    const data = path.join(cwd, 'data');
    const relay = await startBareRelay({
      dataDir: data,
      env: {
        NODE_ENV: 'production',
        MLC_ADMIN_TOKEN: generated.MLC_ADMIN_TOKEN!,
        MLC_EVENT_SECRET: generated.MLC_EVENT_SECRET!,
        MLC_MASTER_KEY: readFileSync(path.join(data, 'master.key'), 'utf8').trim(),
      },
    });
    expect((await relay.admin('/v1/audit/verify')).status).toBe(200);
    expect(mode(data)).toBe(0o700);
    for (const file of ['mlc.db', 'mlc.db-wal', 'mlc.db-shm', 'mlc.db.lock'])
      expect(mode(path.join(data, file))).toBe(0o600);
  });

  // Root writes any file, so as root the relay runs as `nobody`, which must be able to read the
  // checkout (a clone inside a 0700 temp directory is not): without that, this case cannot be tried.
  const nobodyReadsCheckout =
    process.getuid?.() !== 0 ||
    spawnSync(process.execPath, ['-e', `require('fs').readFileSync(${JSON.stringify(path.resolve('package.json'))})`], {
      uid: 65534,
    }).status === 0;
  it.skipIf(!nobodyReadsCheckout)(
    'a database it cannot write says SQLITE_READONLY plainly, with no query or sealed parameter',
    async () => {
      const cwd = tempDir();
      chmodSync(cwd, 0o755);
      const file = path.join(cwd, 'data', 'mlc.db');
      const database = await openDatabase({ url: `file:${file}`, audit: toolAudit() });
      await migrateDatabase(database);
      database.close();
      // The directory stays writable (the lock file goes there); the database files are read-only.
      chmodSync(path.dirname(file), 0o777);
      for (const each of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(each)) chmodSync(each, 0o444);
      const procurifySecret = 'procurify-secret-0f9e8d7c6b5a';
      const { code, output } = await runRelayExpectingExit({
        cwd,
        uid: process.getuid?.() === 0 ? 65534 : undefined,
        env: {
          PROCURIFY_BASE_URL: 'http://127.0.0.1:9',
          PROCURIFY_CLIENT_ID: 'id',
          PROCURIFY_CLIENT_SECRET: procurifySecret,
          ...strongSecrets(),
          MLC_DATA_DIR: path.join(cwd, 'data'),
        },
      });
      expect(code).toBe(1);
      expect(output).toMatch(/relay failed to start: database error SQLITE_READONLY/);
      expect(output).not.toMatch(/Failed query|params:|insert into/i);
      expect(output).not.toContain(procurifySecret);
    },
  );
});
