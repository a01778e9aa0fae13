import { describe, expect, it } from 'vitest';
import { SCENARIO_CASES } from '../../../simulators/scenario/three-plants';
import { foundDifference } from '../../../relay/src/cli/commands/reconcile';
import { parseCsv } from '../../../relay/src/cli/csv';
import type { ReconciliationReport } from '../../../relay/src/reconcile';
import { billSnapshot, envelope, vendorSnapshot } from '../../helpers/snapshots';
import { SECRETS, startStack, type Stack } from '../../helpers/stack';
import { tempDir } from '../../helpers/temp-dir';
import { runMlc } from '../cli/run-mlc';

// `mlc reconcile` and `mlc replay --dry-run`, run as a user would against a relay on loopback.

function mlc(stack: Stack, args: string[]) {
  return runMlc([...args, '--url', stack.baseUrl], {
    cwd: tempDir('mlc-reconcile-'),
    env: { MLC_ADMIN_TOKEN: SECRETS.adminToken },
  });
}

describe('mlc reconcile and mlc replay --dry-run', () => {
  it('prints the month as a table, as CSV and as JSON, and previews a replay without writing', async () => {
    const stack = await startStack();
    const bill = billSnapshot(SCENARIO_CASES.billUnmappedAccount);
    await stack.sendEvents([envelope('vendor', vendorSnapshot(bill.entity.id)), envelope('vendorbill', bill)]);
    await stack.waitFor('vendorbill', bill.id, ['needs_mapping']);

    // A bill only in NetSuite is a difference: exit 1, whatever the format.
    const tableRun = await mlc(stack, ['reconcile', '--period', '2026-11']);
    expect(tableRun.code).toBe(1);
    expect(tableRun.stdout).toMatch(/^Reconciliation 2026-11-01 \.\. 2026-11-30$/m);
    expect(tableRun.stdout).toMatch(
      /^only_netsuite\s+1002\s+AER-5521\s.*13,040\.00\s+NetSuite unpaid\s+relay state: needs_mapping$/m,
    );
    // Bills pending approval or rejected in NetSuite are listed apart, last, and not as differences.
    expect(tableRun.stdout).toMatch(/; 3 skipped on purpose \(not differences, not in the totals\)$/m);
    expect(tableRun.stdout).toMatch(/^skipped\s+1005\s+SAFE-7781\s.*skipped on purpose: Pending approval in NetSuite/m);
    expect(tableRun.stdout).toMatch(
      /^CAD: NetSuite [\d,]+\.\d\d CAD, .*skipped on purpose: 3 bill\(s\), [\d,]+\.\d\d CAD$/m,
    );

    const csvRun = await mlc(stack, ['reconcile', '--period', '2026-11', '--format', 'csv']);
    expect(csvRun.code).toBe(1);
    const rows = parseCsv(csvRun.stdout);
    expect(rows[0]).toEqual([
      'classification',
      'netsuite_id',
      'invoice',
      'vendor',
      'date',
      'currency',
      'netsuite',
      'procurify',
      'difference',
      'paid',
      'why',
    ]);
    expect(rows.find((row) => row[1] === '1002')?.[0]).toBe('only_netsuite');
    // CSV keeps plain decimals for spreadsheets.
    expect(rows.find((row) => row[1] === '1002')?.[6]).toBe('13040.00');

    // Without --period: the latest month with bills up to today (the scenario's last is November 2026).
    const jsonRun = await mlc(stack, ['reconcile', '--format', 'json']);
    expect(JSON.parse(jsonRun.stdout).period).toEqual({ from: '2026-11-01', to: '2026-11-30', label: '2026-11' });

    const bad = await mlc(stack, ['reconcile', '--period', 'October']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('YYYY-MM');

    // The subsidiary by name or id; an unknown one is a usage error naming the valid ones.
    const unknown = await mlc(stack, ['reconcile', '--period', '2026-11', '--subsidiary', 'Canada']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No subsidiary "Canada". Valid subsidiaries: "Northwind Fabrication Ltd." (1).');
    const byName = await mlc(stack, ['reconcile', '--period', '2026-11', '--subsidiary', 'Northwind Fabrication Ltd.']);
    expect(byName.stdout).toMatch(
      /^Reconciliation 2026-11-01 \.\. 2026-11-30 \(subsidiary Northwind Fabrication Ltd\., id 1\)$/m,
    );
    expect(byName.code).toBe(1);

    stack.procurify.control.clearRequests();
    const vendorPreview = await mlc(stack, ['replay', '--dry-run', 'vendor', bill.entity.id]);
    expect(vendorPreview.code).toBe(0);
    expect(vendorPreview.stdout).toContain(`Dry run of vendor ${bill.entity.id}: nothing was sent to Procurify.`);
    expect(vendorPreview.stdout).toContain('No request would be sent.');
    const billPreview = await mlc(stack, ['replay', '--dry-run', 'vendorbill', bill.id]);
    expect(billPreview.stdout).toContain('Outcome: needs_mapping');
    expect(billPreview.code).toBe(1);
    expect(
      stack.procurify.control
        .requests()
        .filter((request) => request.method !== 'GET' && request.path.startsWith('/api/')),
    ).toEqual([]);
  }, 90_000);

  it('does not count bills skipped on purpose as a difference', () => {
    const report = {
      counts: { matched: 4, amount_differs: 0, only_netsuite: 0, only_procurify: 0, skipped: 2 },
      paymentDrift: [],
      vendors: [],
    } as unknown as ReconciliationReport;
    expect(foundDifference(report)).toBe(false);
    expect(foundDifference({ ...report, counts: { ...report.counts, only_netsuite: 1 } })).toBe(true);
  });
});
