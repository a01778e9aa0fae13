import { describe, expect, it } from 'vitest';
import {
  billApproval,
  coverageReport,
  mapBill,
  mapVendor,
  NO_OVERRIDES,
  type ReferenceData,
} from '../../../../relay/src/sync/mapping';
import { SCENARIO_CASES, threePlants } from '../../../../simulators/scenario/three-plants';
import { billSnapshot, vendorSnapshot } from '../../../helpers/snapshots';

// The demo company's deliberate gaps, through the real mapping: each case bill and vendor ends in the
// outcome the scenario promises.

const scenario = threePlants();

function fullName(id: string): string {
  const department = scenario.departments.find((candidate) => candidate.id === id);
  if (!department) throw new Error(`no department ${id}`);
  return department.parentId ? `${fullName(department.parentId)} : ${department.name}` : department.name;
}

const refs: ReferenceData = {
  accountCodes: scenario.procurify.accountCodes,
  departments: scenario.procurify.departments,
  accounts: scenario.procurify.accounts,
  currencies: scenario.procurify.currencies,
  netsuiteAccounts: scenario.accounts.map((account) => ({ ...account, fullName: account.name })),
  netsuiteDepartments: scenario.departments.map((department) => ({ ...department, fullName: fullName(department.id) })),
};

const context = { accountId: scenario.accountId, vendorId: 1 };
const issueCodes = (billId: string) => {
  const result = mapBill(billSnapshot(billId), refs, NO_OVERRIDES, context);
  return result.ok ? [] : result.issues.map((issue) => issue.code);
};

describe('the three-plants scenario through the mapping', () => {
  it.each([
    ['two mapped lines', SCENARIO_CASES.billTwoLines, []],
    ['expense and item lines, all mapped', SCENARIO_CASES.billExpenseAndItems, []],
    ['a line on an account without a code', SCENARIO_CASES.billUnmappedAccount, ['unmapped_gl_account']],
    ['a code and department not paired as an account', SCENARIO_CASES.billNoProcurifyAccount, ['no_procurify_account']],
    ['a department Procurify lacks', SCENARIO_CASES.billUnmappedDepartment, ['unmapped_department']],
    ['an item without an expense account', SCENARIO_CASES.billItemWithoutAccount, ['unmapped_gl_account']],
  ])('maps the bill with %s to the promised issues', (_case, billId, codes) => {
    expect(issueCodes(billId)).toEqual(codes);
  });

  it('skips the bill pending approval', () => {
    expect(billApproval(billSnapshot(SCENARIO_CASES.billPendingApproval))).toMatchObject({ sync: false });
  });

  it.each([
    ['in a currency Procurify lacks', SCENARIO_CASES.vendorUnmappedCurrency, ['unmapped_currency']],
    ['with an unmapped default expense account', SCENARIO_CASES.vendorUnmappedDefaultAccount, ['unmapped_gl_account']],
    ['with markup in its name', SCENARIO_CASES.vendorHostileName, []],
  ])('maps the vendor %s to the promised issues', (_case, vendorId, codes) => {
    const result = mapVendor(vendorSnapshot(vendorId), refs, {
      accountId: scenario.accountId,
      vendorType: 4,
      overrides: NO_OVERRIDES,
    });
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual(codes);
  });

  it('reports the research department among the coverage gaps', () => {
    const report = coverageReport(
      refs.netsuiteAccounts,
      refs.netsuiteDepartments,
      refs,
      NO_OVERRIDES,
      scenario.accountId,
    );
    expect(report.departments.map((gap) => gap.fullName)).toContain('Research & Development');
  });
});
