import type { NetSuiteClient } from '../../netsuite';
import type { ProcurifyClient } from '../../procurify';
import type { Database } from '../../store/database';
import { coverageReport, type CoverageGap } from '../../sync/mapping';
import { createReferenceCache } from '../../sync/reference-cache';
import { refreshNetSuiteReference, refreshProcurifyReference } from '../../sync/reference-refresh';

// The fit report: how much of NetSuite's coding maps onto Procurify as things stand. It runs the
// relay's own reference refresh (so the relay starts with fresh reference data) and the mapping
// engine's coverage report.

const SHOWN_GAPS = 15;

export async function fitReport(options: {
  procurify: ProcurifyClient;
  netsuite: NetSuiteClient;
  database: Database;
  accountId: string;
  counts: { netsuite: Record<string, number>; procurify: Record<string, number> };
}): Promise<{ lines: string[]; gaps: number }> {
  await refreshProcurifyReference(options.procurify, options.database, 'cli');
  await refreshNetSuiteReference(options.netsuite, options.database, 'cli');
  const { refs, overrides } = await createReferenceCache(options.database).get();
  const report = coverageReport(refs.netsuiteAccounts, refs.netsuiteDepartments, refs, overrides, options.accountId);

  const ns = options.counts.netsuite;
  const pr = options.counts.procurify;
  const lines = [
    `NetSuite:  ${ns.vendors ?? 0} vendors, ${ns['vendor bills'] ?? 0} vendor bills, ${ns['purchase orders'] ?? 0} purchase orders, ${report.checked.accounts} active GL accounts, ${report.checked.departments} active departments`,
    `Procurify: ${pr.vendors ?? 0} vendors, ${pr.bills ?? 0} bills, ${pr['account codes'] ?? 0} account codes, ${pr.departments ?? 0} departments, ${pr['accounts (code × department)'] ?? 0} accounts`,
    '',
    mapsLine('GL accounts', report.checked.accounts, report.accounts.length),
    ...gapLines(report.accounts),
    // In an account without departments, "(no department)" is the one gap: a gap, not a NetSuite department.
    mapsLine('Departments', Math.max(report.checked.departments, report.departments.length), report.departments.length),
    ...gapLines(report.departments),
  ];
  if (report.accounts.length + report.departments.length > 0) {
    lines.push(
      '',
      'Fix these in Procurify, or map them by hand: `mlc mappings export --gaps --out gaps.csv`, fill in procurify_id, `mlc mappings import gaps.csv`.',
    );
  }
  return { lines, gaps: report.accounts.length + report.departments.length };
}

function mapsLine(what: string, checked: number, gaps: number): string {
  return gaps === 0
    ? `${what}: all ${checked} map automatically (or by a manual mapping).`
    : `${what}: ${checked - gaps} of ${checked} map automatically; ${gaps} need attention:`;
}

function gapLines(gaps: readonly CoverageGap[]): string[] {
  const lines = gaps
    .slice(0, SHOWN_GAPS)
    .map((gap) => `  - ${gap.fullName} (NetSuite id ${gap.netsuiteId}): ${gap.message}`);
  if (gaps.length > SHOWN_GAPS)
    lines.push(`  … and ${gaps.length - SHOWN_GAPS} more (\`mlc mappings export --gaps\` lists them all)`);
  return lines;
}
