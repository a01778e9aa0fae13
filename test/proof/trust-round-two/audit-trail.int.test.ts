import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { describe, expect, it, onTestFinished } from 'vitest';
import { auditRows, rewriteTrail } from '../../helpers/audit-tamper';
import { startBareRelay, type BareRelay } from '../../helpers/bare-relay';
import { tempDir } from '../../helpers/temp-dir';
import { runMlc } from '../../relay/cli/run-mlc';
import { oneEvent, strongSecrets } from '../support/trust';

// The keyed, anchored audit trail, against someone who can write the database file.
// Issue #19, "Trust, round two"; the table of attacks and results is in docs/reliability.md.
// Each attack is tried against the real relay (a child process, or served in this process over
// loopback) on a real database file.

describe('the keyed, anchored audit trail (gap 1)', () => {
  type Verification = { ok: boolean; reason?: string; keyed?: boolean };
  const verifyOn = async (relay: BareRelay, query = '') =>
    (await (await relay.admin(`/v1/audit/verify${query}`)).json()) as Verification;

  /** A relay with a trail of a few entries, and the attacker's own connection to its database file. */
  async function trail(options: { dataDir?: string; env?: Record<string, string> } = {}) {
    const relay = await startBareRelay(options);
    for (const id of ['201', '202', '203']) expect((await relay.postEvents(oneEvent(id))).status).toBe(202);
    const attacker = createClient({ url: `file:${path.join(relay.dataDir, 'mlc.db')}` });
    onTestFinished(() => attacker.close());
    return { relay, attacker };
  }

  it.each([
    [
      'an edit with every hash and the head recomputed',
      async (attacker: Client) => {
        const rows = await auditRows(attacker);
        rows[1] = { ...rows[1]!, actor: 'nobody' };
        await rewriteTrail(attacker, rows);
      },
    ],
    [
      'the last entries deleted and the head rewritten',
      async (attacker: Client) => {
        const rows = await auditRows(attacker);
        await attacker.execute(`delete from audit_entry where id > ${rows.length - 2}`);
        await attacker.execute({
          sql: 'update audit_head set last_id = ?, entries = ?, last_hash = ?',
          args: [rows.length - 2, rows.length - 2, rows.at(-3)!.hash],
        });
      },
    ],
    [
      'a middle entry deleted and the rest renumbered',
      async (attacker: Client) => {
        const rows = await auditRows(attacker);
        await rewriteTrail(attacker, [...rows.slice(0, 1), ...rows.slice(2)]);
      },
    ],
    [
      'both tables emptied',
      async (attacker: Client) => {
        await attacker.execute('delete from audit_entry');
        await attacker.execute('delete from audit_head');
      },
    ],
  ])('detects %s by someone who can write the file but has no master key', async (_name, attack) => {
    const { relay, attacker } = await trail();
    expect(await verifyOn(relay)).toMatchObject({ ok: true, keyed: true });
    await attack(attacker);
    expect(await verifyOn(relay)).toMatchObject({ ok: false });
  });

  it('mlc audit verify --anchor detects a trail emptied, even after a restart re-keyed it from scratch', async () => {
    const secrets = strongSecrets();
    const { relay, attacker } = await trail({ env: secrets });
    const anchor = (await (await relay.admin('/v1/audit/anchor')).json()) as { id: number; hash: string };
    // The relay also logs an anchor at start and hourly, so logs shipped elsewhere keep some too.
    expect(relay.log.lines().some((line) => line.msg === 'audit anchor')).toBe(true);
    const anchorFile = path.join(tempDir(), 'anchor.json');
    writeFileSync(anchorFile, JSON.stringify(anchor));
    await relay.served.close();
    for (const table of ['audit_entry', 'audit_head', 'audit_chain']) await attacker.execute(`delete from ${table}`);

    const restarted = await startBareRelay({ dataDir: relay.dataDir, env: secrets });
    expect(await verifyOn(restarted)).toMatchObject({
      ok: false,
      reason: 'the audit trail is empty while the database holds records: it was emptied',
    });
    const cli = await runMlc(['audit', 'verify', '--anchor', anchorFile, '--url', restarted.baseUrl], {
      cwd: tempDir(),
      env: { MLC_ADMIN_TOKEN: secrets.MLC_ADMIN_TOKEN },
    });
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain('Audit trail BROKEN');
    expect(cli.stdout).toContain(`the chain ends before the exported anchor (entry ${anchor.id})`);
  });
});
