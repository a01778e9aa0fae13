import { existsSync, readFileSync, rmSync } from 'node:fs';
import { setTimeout } from 'node:timers/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Secret } from '../../../relay/src/config';
import { auditKeyOf } from '../../../relay/src/crypto/derived-key';
import { migrateDatabase, openDatabase } from '../../../relay/src/store/database';
import { toolAudit } from '../../../relay/src/store/audit-scope';
import { acceptEvents } from '../../../relay/src/store/inbox';
import { claimDueRecords } from '../../../relay/src/store/work-queue';
import { startBareRelay } from '../../helpers/bare-relay';
import { runRelayExpectingExit, startRelay } from '../../helpers/relay-process';
import { envelope, vendorSnapshot } from '../../helpers/snapshots';
import { tempDir } from '../../helpers/temp-dir';
import { databaseReadiness, fileMode as mode, oneEvent } from '../support/trust';

// One relay per database file, and no event acknowledged into a database that is gone.
// Issue #19, "Trust, round two"; the table of attacks and results is in docs/reliability.md.
// Each attack is tried against the real relay (a child process, or served in this process over
// loopback) on a real database file.

describe('one relay per database file (gap 11)', () => {
  it('a second relay on the same file is refused, naming the first, and the first keeps its leases', async () => {
    const cwd = tempDir();
    // A Procurify connection gives the relay its worker (which never starts here: port 9 has no reference data).
    const env = { PROCURIFY_BASE_URL: 'http://127.0.0.1:9', PROCURIFY_CLIENT_ID: 'id', PROCURIFY_CLIENT_SECRET: 's' };
    const first = await startRelay({ cwd, env });
    const file = path.join(cwd, 'data', 'mlc.db');
    // A development relay creates its files owner-only too.
    expect(mode(path.join(cwd, 'data'))).toBe(0o700);
    for (const each of [file, `${file}-wal`, path.join(cwd, 'data', 'dev-secrets.json')])
      expect(mode(each)).toBe(0o600);
    // The first relay at work: a record leased by its worker (written with the relay's audit key).
    const devSecrets = JSON.parse(readFileSync(path.join(cwd, 'data', 'dev-secrets.json'), 'utf8')) as {
      adminToken: string;
      eventSecret: string;
      masterKey: string;
    };
    const database = await openDatabase({
      url: `file:${file}`,
      audit: toolAudit(auditKeyOf(new Secret(devSecrets.masterKey))),
    });
    await acceptEvents(database, [envelope('vendor', vendorSnapshot('201'))]);
    await claimDueRecords(database, { owner: 'worker-of-first', nowMs: Date.now(), leaseMs: 300_000, limit: 5 });
    const second = await runRelayExpectingExit({ cwd, env });
    expect(second.code).toBe(1);
    expect(second.output).toContain(`Another relay is running on this database: pid ${first.child.pid}`);
    const lease = await database.client.execute("select lease_owner from sync_record where record_id = '201'");
    expect(lease.rows[0]?.lease_owner).toBe('worker-of-first');
    expect((await fetch(`${first.baseUrl}/healthz`)).status).toBe(200);
    expect(JSON.parse(readFileSync(`${file}.lock`, 'utf8'))).toMatchObject({ pid: first.child.pid });

    // Killed, the first relay is provably gone: the next one takes the lock over and frees its lease.
    await first.stop('SIGKILL');
    const third = await startBareRelay({
      dataDir: path.join(cwd, 'data'),
      env: {
        ...env,
        MLC_ADMIN_TOKEN: devSecrets.adminToken,
        MLC_EVENT_SECRET: devSecrets.eventSecret,
        MLC_MASTER_KEY: devSecrets.masterKey,
      },
    });
    const freed = await database.client.execute("select lease_owner from sync_record where record_id = '201'");
    expect(freed.rows[0]?.lease_owner).toBeNull();
    expect(third.log.text()).toContain('released leases left by a relay that did not stop cleanly');
    database.close();
    await third.served.close();
    expect(existsSync(`${file}.lock`)).toBe(false);
  });
});

describe('no silent loss when the database goes away (gap 2)', () => {
  it('a deleted database file is noticed before another 202: readiness fails and events get 503', async () => {
    const relay = await startBareRelay();
    expect((await relay.postEvents(oneEvent('201'))).status).toBe(202);
    expect(await databaseReadiness(relay)).toEqual({ ok: true });
    const file = path.join(relay.dataDir, 'mlc.db');
    for (const each of [file, `${file}-wal`, `${file}-shm`]) rmSync(each, { force: true });

    const refused = await relay.postEvents(oneEvent('202'));
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('not_ready');
    expect(await databaseReadiness(relay)).toEqual({
      ok: false,
      reason: `the database file ${file} was deleted while the relay had it open`,
    });
  });

  it('readiness makes a real write: a database that refuses writes is not ready, though it still reads', async () => {
    const relay = await startBareRelay();
    expect(await databaseReadiness(relay)).toEqual({ ok: true });
    const beat = await relay.served.relay.database.client.execute('select at_ms from relay_heartbeat');
    expect(Number(beat.rows[0]?.at_ms)).toBeGreaterThan(Date.now() - 5_000);
    // Writes now fail (as on a disk gone read-only or full) while `select 1` still answers.
    await relay.served.relay.database.client.execute(
      "create trigger refuse_writes before update on relay_heartbeat begin select raise(abort, 'disk refuses writes'); end",
    );
    expect((await databaseReadiness(relay)).reason).toMatch(/^the database does not take writes/);
  });

  it('inbox retention runs on its own: event ids past MLC_INBOX_RETENTION are forgotten, newer ones kept', async () => {
    const dataDir = tempDir();
    const database = await openDatabase({ url: `file:${path.join(dataDir, 'mlc.db')}`, audit: toolAudit() });
    await migrateDatabase(database);
    const old = envelope('vendor', vendorSnapshot('201'));
    const recent = envelope('vendor', vendorSnapshot('202'));
    await acceptEvents(database, [old], { receivedAtMs: Date.now() - 31 * 86_400_000 });
    await acceptEvents(database, [recent], { receivedAtMs: Date.now() - 29 * 86_400_000 });
    database.close();

    const relay = await startBareRelay({ dataDir });
    const ids = async () =>
      (await relay.served.relay.database.client.execute('select event_id from inbound_event')).rows.map(
        (row) => row.event_id,
      );
    for (let tries = 0; (await ids()).length > 1 && tries < 100; tries += 1) await setTimeout(20);
    expect(await ids()).toEqual([recent.eventId]);
    expect(relay.log.text()).toContain('forgot inbox events past their retention');
  });
});
