import { describe, expect, it } from 'vitest';
import type { BackfillRun } from '../../../relay/src/store/poll-state';
import { SECRETS, startStack } from '../../helpers/stack';
import { tempDir } from '../../helpers/temp-dir';
import { runMlc } from './run-mlc';

// `mlc backfill --dry-run` as a user runs it against a real relay and both simulators: it ends with
// the predicted outcomes and their reasons, the same figures the admin API holds, and `--status`
// shows them again later.

describe('mlc backfill --dry-run', () => {
  it('prints the predicted count of each outcome with its record types and reasons, and writes nothing', async () => {
    const stack = await startStack();
    stack.procurify.control.clearRequests();
    const mlc = (args: string[]) =>
      runMlc([...args, '--url', stack.baseUrl], {
        cwd: tempDir('mlc-cli-'),
        env: { MLC_ADMIN_TOKEN: SECRETS.adminToken },
      });

    const run = await mlc(['backfill', '--since', '2020-01-01', '--dry-run']);
    expect(run.stderr).toBe('');
    // It predicts missing mappings: a problem found, as `mlc replay --dry-run` reports one.
    expect(run.code).toBe(1);
    const { body } = await stack.admin<{ backfill: BackfillRun }>('/v1/sync/backfill');
    const { outcomes, reasons, progress } = body.backfill;
    expect(outcomes?.would_link).toBe(1);
    expect(run.stdout).toContain('Predicted outcomes:');
    expect(run.stdout).toMatch(/^ {2}would_link +1 {2}\(vendorbill 1\)$/m);
    const needsMapping = `(vendor ${progress.vendor!.outcomes!.needs_mapping}, vendorbill ${progress.vendorbill!.outcomes!.needs_mapping})`;
    expect(run.stdout).toMatch(
      new RegExp(`^ {2}needs_mapping +${outcomes!.needs_mapping} {2}${needsMapping.replace(/[()]/g, '\\$&')}$`, 'm'),
    );
    expect(run.stdout).toMatch(new RegExp(`^ {6}unmapped_currency {2}1$`, 'm'));
    expect(run.stdout).toMatch(new RegExp(`^ {6}not_approved {2}${reasons!['skipped:not_approved']}$`, 'm'));
    // Outcomes in their fixed order: what would be written first, what would not after.
    expect(run.stdout.indexOf('would_write')).toBeLessThan(run.stdout.indexOf('needs_mapping'));
    expect(run.stdout.indexOf('needs_mapping')).toBeLessThan(run.stdout.indexOf('  skipped'));

    const status = await mlc(['backfill', '--status']);
    expect(status.code).toBe(1);
    expect(status.stdout).toMatch(/^ {2}would_link +1 {2}\(vendorbill 1\)$/m);
    expect(
      stack.procurify.control
        .requests()
        .filter((request) => request.method !== 'GET' && request.path.startsWith('/api/')),
    ).toEqual([]);
    const records = await stack.relay.database.client.execute('select count(*) as n from sync_record');
    expect(Number(records.rows[0]?.n)).toBe(0);

    // Nothing changed since a later date: nothing predicted, nothing wrong.
    const quiet = await mlc(['backfill', '--since', '2099-01-01', '--dry-run']);
    expect(quiet.stdout).toContain('Predicted outcomes: none (nothing would be sent).');
    expect(quiet.code).toBe(0);
  }, 60_000);

  it('documents in its help that the prediction comes from the mapping engine, not a full preview', async () => {
    const help = await runMlc(['backfill', '--help'], { cwd: tempDir('mlc-cli-') });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("predicts each record's outcome with the mapping engine");
    expect(help.stdout).toContain('never per bill');
  });
});
