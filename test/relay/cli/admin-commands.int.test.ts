import { describe, expect, it } from 'vitest';
import { SCENARIO_CASES } from '../../../simulators/scenario/three-plants';
import { billSnapshot, envelope, vendorSnapshot } from '../../helpers/snapshots';
import { SECRETS, startStack, type Stack } from '../../helpers/stack';
import { tempDir } from '../../helpers/temp-dir';
import { runMlc } from './run-mlc';

// The commands that work through the relay's admin API, run as a user would against a real relay
// (in-process, on loopback) and both simulators.

async function stackWithBills() {
  const stack = await startStack();
  for (const id of [SCENARIO_CASES.billTwoLines, SCENARIO_CASES.billUnmappedAccount]) {
    const bill = billSnapshot(id);
    await stack.sendEvents([envelope('vendor', vendorSnapshot(bill.entity.id)), envelope('vendorbill', bill)]);
  }
  await stack.waitFor('vendorbill', SCENARIO_CASES.billTwoLines, ['synced']);
  await stack.waitFor('vendorbill', SCENARIO_CASES.billUnmappedAccount, ['needs_mapping']);
  return stack;
}

function mlc(
  stack: Stack,
  args: string[],
  options: { env?: Record<string, string>; stdin?: string; cwd?: string } = {},
) {
  return runMlc([...args, '--url', stack.baseUrl], {
    cwd: options.cwd ?? tempDir('mlc-cli-'),
    env: { MLC_ADMIN_TOKEN: SECRETS.adminToken, ...options.env },
    stdin: options.stdin,
  });
}

describe('mlc commands over the admin API', () => {
  it('lists records with their vendor, invoice and what to do, and exits 1 once it lists a failed one', async () => {
    const stack = await stackWithBills();
    const all = await mlc(stack, ['records']);
    expect(all.code).toBe(0);
    expect(all.stdout).toMatch(/^TYPE\s+ID\s+VENDOR\s+INVOICE\s+STATE\s+WHAT TO DO$/m);
    const waitingBill = billSnapshot(SCENARIO_CASES.billUnmappedAccount);
    const row = all.stdout.split('\n').find((line) => /^vendorbill\s+1002\s/.test(line));
    expect(row).toContain(waitingBill.entity.name);
    expect(row).toMatch(new RegExp(`\\s${waitingBill.tranId}\\s+needs_mapping\\s`));
    // Whole, to the action at its end, and how to send it again once fixed.
    expect(row).toMatch(/map the GL account by hand\. Then: mlc replay vendorbill 1002$/);

    const noneFailed = await mlc(stack, ['records', '--status', 'failed']);
    expect(noneFailed.code).toBe(0);
    expect(noneFailed.stdout).toContain('No records match.');

    const overlong = { ...vendorSnapshot(SCENARIO_CASES.vendorHostileName), companyName: 'Overlong '.padEnd(161, 'x') };
    await stack.sendEvents([envelope('vendor', overlong)]);
    await stack.waitFor('vendor', overlong.id, ['failed']);
    const failed = await mlc(stack, ['records', '--status', 'failed']);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(
      new RegExp(
        `^vendor\\s+${overlong.id}\\s+Overlong x+…\\s+failed\\s+.*Then: mlc replay vendor ${overlong.id}$`,
        'm',
      ),
    );
    expect((await mlc(stack, ['records', 'vendor', overlong.id])).code).toBe(1);

    const waiting = await mlc(stack, ['records', '--status', 'needs_mapping', '--json']);
    expect(waiting.code).toBe(0);
    expect(JSON.parse(waiting.stdout).map((item: { recordId: string }) => item.recordId)).toEqual(['1002']);

    const one = await mlc(stack, ['records', 'vendorbill', '1002']);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('vendorbill 1002: needs_mapping');
    expect(one.stdout).toContain(`Invoice: ${waitingBill.tranId}`);
    expect(one.stdout).toContain('issue unmapped_gl_account');

    const bad = await mlc(stack, ['records', '--status', 'lost']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--status must be one of pending, synced');
  });

  it('queues a replay, and says so plainly when the record is unknown', async () => {
    const stack = await stackWithBills();
    const ok = await mlc(stack, ['replay', 'vendorbill', '1001']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('queued vendorbill 1001');
    const history = await stack.admin<{ history: { action: string }[] }>('/v1/records/vendorbill/1001');
    expect(history.body.history.map((entry) => entry.action)).toContain('replay_requested');

    const unknown = await mlc(stack, ['replay', 'vendorbill', '424242']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No vendorbill 424242 is known to the relay. (record_not_found)');
    expect(unknown.stderr).not.toMatch(/\n\s+at /);

    // A record type that does not exist is a mistake on the command line, not a missing record.
    const wrongType = await mlc(stack, ['replay', 'bill', '1003']);
    expect(wrongType.code).toBe(2);
    expect(wrongType.stderr).toContain('the record type must be one of vendor, vendorbill, purchaseorder; got "bill"');
  });

  it('verifies the audit chain, and exits 1 naming the bad entry once a row is edited', async () => {
    const stack = await stackWithBills();
    const intact = await mlc(stack, ['audit', 'verify']);
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/Audit trail intact: \d+ entries/);

    await stack.relay.database.client.execute("update audit_entry set actor = 'mallory' where id = 3");
    const broken = await mlc(stack, ['audit', 'verify']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('Audit trail BROKEN');
    expect(broken.stdout).toContain('First bad entry: 3');
  });

  it('runs a backfill to the end with a progress line per step', async () => {
    const stack = await startStack();
    const run = await mlc(stack, ['backfill', '--since', '2026-01-01', '--dry-run']);
    expect(run.stderr).toBe('');
    // The scenario holds records waiting for a mapping: predicting them is a problem found.
    expect(run.stdout).toMatch(/^ {2}needs_mapping +\d+/m);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Backfill \d+ started: records changed since 2026-01-01 \(dry run\)/);
    expect(run.stdout).toMatch(/\[#{20}\] \d+\/\d+ done/);
    expect(run.stdout).toMatch(/Backfill \d+ done: \d+ record version\(s\) would be sent/);
  });

  it('refuses a wrong admin token as a configuration error and an unreachable relay as a failure', async () => {
    const stack = await startStack();
    const wrong = await mlc(stack, ['records'], { env: { MLC_ADMIN_TOKEN: 'not-the-admin-token-at-all' } });
    expect(wrong.code).toBe(78);
    expect(wrong.stderr).toContain('refused the admin token');
    expect(wrong.stderr).not.toContain('not-the-admin-token-at-all');

    const away = await runMlc(['records', '--url', 'http://127.0.0.1:9'], {
      cwd: tempDir('mlc-cli-'),
      env: { MLC_ADMIN_TOKEN: SECRETS.adminToken },
    });
    expect(away.code).toBe(1);
    expect(away.stderr).toContain('Cannot reach the relay at http://127.0.0.1:9');
  });
});
