// Every active NetSuite account and department that does not map, with the reason, so the
// mappings can be completed before bills get stuck in `needs_mapping`.
import type { MappingIssue } from './issues';
import type { MappingOverrides, NetsuiteAccount, NetsuiteDepartment, ReferenceData } from './reference-data';
import { resolveAccountCode } from './resolve-account-code';
import { NO_DEPARTMENT, resolveDepartment, resolveNoDepartment } from './resolve-department';

export interface CoverageGap {
  netsuiteId: string;
  number?: string | null;
  name: string;
  fullName: string;
  code: MappingIssue['code'];
  message: string;
}

export interface CoverageReport {
  accounts: CoverageGap[];
  departments: CoverageGap[];
  checked: { accounts: number; departments: number };
}

export interface CoverageOptions {
  /** Only these NetSuite account types (e.g. `Expense`, `COGS`); all accounts when absent. */
  accountTypes?: readonly string[];
}

export function coverageReport(
  netsuiteAccounts: readonly NetsuiteAccount[],
  netsuiteDepartments: readonly NetsuiteDepartment[],
  refs: ReferenceData,
  overrides: MappingOverrides,
  accountId: string,
  options: CoverageOptions = {},
): CoverageReport {
  const wantedType = (account: NetsuiteAccount) =>
    !options.accountTypes || (account.type !== undefined && options.accountTypes.includes(account.type));
  const accounts = netsuiteAccounts.filter((account) => !account.isInactive && wantedType(account));
  const departments = netsuiteDepartments.filter((department) => !department.isInactive);

  const accountGaps: CoverageGap[] = [];
  for (const account of accounts) {
    const result = resolveAccountCode({ id: account.id, number: account.number, name: account.name }, refs, overrides);
    if (result.ok) continue;
    const { id: netsuiteId, number, name, fullName } = account;
    accountGaps.push({ netsuiteId, number, name, fullName, code: result.issue.code, message: result.issue.message });
  }

  const departmentGaps: CoverageGap[] = [];
  for (const department of departments) {
    const result = resolveDepartment({ id: department.id, name: department.fullName }, refs, overrides, accountId);
    if (result.ok) continue;
    const { id: netsuiteId, name, fullName } = department;
    departmentGaps.push({ netsuiteId, name, fullName, code: result.issue.code, message: result.issue.message });
  }

  // No department to code by (an account without Departments): every line needs the department 0 mapping.
  if (departments.length === 0) {
    const result = resolveNoDepartment(refs, overrides, 'bill');
    if (!result.ok) {
      const { id: netsuiteId, name } = NO_DEPARTMENT;
      departmentGaps.push({ netsuiteId, name, fullName: name, code: result.issue.code, message: result.issue.message });
    }
  }

  return {
    accounts: accountGaps,
    departments: departmentGaps,
    checked: { accounts: accounts.length, departments: departments.length },
  };
}
