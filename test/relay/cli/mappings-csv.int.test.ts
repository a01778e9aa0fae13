import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../../relay/src/cli/csv';
import { SCENARIO_CASES } from '../../../simulators/scenario/three-plants';
import { billSnapshot, envelope, vendorSnapshot } from '../../helpers/snapshots';
import { SECRETS, startStack, type Stack } from '../../helpers/stack';
import { tempDir } from '../../helpers/temp-dir';
import { runCliInProcess } from './run-cli-in-process';

// `mlc mappings export` / `import` in the codes and names people know, against a relay on loopback.

function mlc(stack: Stack, args: string[], cwd: string, stdin?: string) {
  return runCliInProcess([...args, '--url', stack.baseUrl], {
    cwd,
    env: { MLC_ADMIN_TOKEN: SECRETS.adminToken },
    stdin,
  });
}

describe('mlc mappings export and import', () => {
  it('round-trips the gaps in codes and names, with candidates, and refuses an unknown id with its row and reason', async () => {
    const stack = await startStack();
    const bill = billSnapshot(SCENARIO_CASES.billUnmappedAccount);
    const currencyVendor = vendorSnapshot(SCENARIO_CASES.vendorUnmappedCurrency);
    await stack.sendEvents([
      envelope('vendor', vendorSnapshot(bill.entity.id)),
      envelope('vendorbill', bill),
      envelope('vendor', currencyVendor),
    ]);
    await stack.waitFor('vendorbill', bill.id, ['needs_mapping']);
    await stack.waitFor('vendor', currencyVendor.id, ['needs_mapping']);
    const cwd = tempDir('mlc-csv-');
    const tooling = stack.scenario.accounts.find((account) => account.number === '5300')!;

    const exported = await mlc(stack, ['mappings', 'export', '--gaps', '--out', 'gaps.csv'], cwd);
    expect(exported.code).toBe(0);
    // A currency is fixed in Procurify, not by a mapping: named beside the file, not in it.
    expect(exported.stderr).toContain(`Not in the file: currency GBP holds back vendor ${currencyVendor.id}.`);
    const [header, ...rows] = parseCsv(readFileSync(path.join(cwd, 'gaps.csv'), 'utf8'));
    expect(header).toEqual(['kind', 'netsuite', 'netsuite_id', 'procurify', 'procurify_id', 'note', 'candidates']);
    const toolingRow = rows.find((row) => row[2] === tooling.id)!;
    expect(toolingRow.slice(0, 5)).toEqual(['accounts', '5300 Tooling & Dies', tooling.id, '', '']);
    expect(toolingRow[5]).toContain(`Waiting: vendorbill ${bill.id}.`);
    expect(toolingRow[6]).toContain('5500 Equipment Repairs');
    expect(toolingRow[6]).toContain(' | ');

    // Filled in with the account code people know, by name on the NetSuite side too.
    const filled = [header!, ['accounts', '5300 Tooling & Dies', '', '5500', '', '', '']];
    writeFileSync(path.join(cwd, 'filled.csv'), toCsv(filled));
    const imported = await mlc(stack, ['mappings', 'import', 'filled.csv'], cwd);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Changed accounts 1, departments 0, vendors 0');
    const repairs = stack.procurify.control.state().accountCodes.find((code) => code.code === '5500')!;
    const overrides = await stack.admin<{ overrides: unknown[] }>('/v1/mappings/accounts');
    expect(overrides.body.overrides).toEqual([{ netsuiteId: tooling.id, procurifyId: String(repairs.id) }]);
    await stack.waitFor('vendorbill', bill.id, ['synced']);

    // The override exports with names beside ids, and imports again as it is.
    const again = await mlc(stack, ['mappings', 'export', '--kind', 'accounts'], cwd);
    const [, override] = parseCsv(again.stdout);
    expect(override!.slice(0, 5)).toEqual([
      'accounts',
      '5300 Tooling & Dies',
      tooling.id,
      '5500 Equipment Repairs',
      String(repairs.id),
    ]);
    const unchanged = await mlc(stack, ['mappings', 'import', '-'], cwd, again.stdout);
    expect(unchanged.stdout).toContain('Changed accounts 0, departments 0, vendors 0; 1 row(s) already as they are');

    // A mistyped NetSuite id, an account code Procurify does not have: each refused with its row, nothing applied.
    const wrong = toCsv([
      ['kind', 'netsuite_id', 'procurify'],
      ['departments', '2', 'Hamilton Plant'],
      ['accounts', '99999', '5500'],
      ['accounts', tooling.id, '7777'],
    ]);
    const refused = await mlc(stack, ['mappings', 'import', '-'], cwd, wrong);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('row 3: NetSuite has no GL account with internal id 99999\n');
    expect(refused.stderr).toContain('row 4: Procurify has no account code "7777"\n');
    expect(refused.stderr).toContain('2 row(s) refused; nothing was applied.');
    expect((await stack.admin<{ overrides: unknown[] }>('/v1/mappings/departments')).body.overrides).toEqual([]);
  });
});
