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

/** The kinds of gap the Mappings page lists; the first two are mapped by hand, pairs through their GL account. */
export const GAP_KINDS = ['accounts', 'departments', 'pairs', 'currencies', 'items', 'vendors'] as const;
export type GapKind = (typeof GAP_KINDS)[number];

export interface WaitingRecord {
  recordType: string;
  recordId: string;
  issues: readonly MappingIssue[];
}

export interface GapCandidate {
  id: number;
  label: string;
}

/** One thing that does not map, the records it holds back, and what Procurify offers in its place. */
export interface MappingGap {
  kind: GapKind;
  /** Stable and unique: the anchor on the Mappings page (`#accounts-77`), which record pages link to. */
  key: string;
  /** The NetSuite id a manual mapping is saved for (for a pair, its GL account); null when none can be. */
  netsuiteId: string | null;
  /** What does not map, in the names people know: `GL account 5300 Tooling & Dies`. */
  label: string;
  code: MappingIssue['code'];
  /** Why it does not map, and what to do. */
  message: string;
  waiting: { recordType: string; recordId: string }[];
  /** What Procurify offers instead (account codes, departments, currencies), active only. */
  candidates: GapCandidate[];
}

/** The gap an issue belongs to, as `MappingGap.key`; null when the issue is not a mapping gap. */
export function gapKey(
  issue: Pick<MappingIssue, 'code' | 'netsuiteAccount' | 'netsuiteDepartment' | 'currency' | 'item' | 'vendor'>,
): string | null {
  switch (issue.code) {
    case 'unmapped_gl_account':
    case 'missing_account_number':
      if (issue.netsuiteAccount) return `accounts-${issue.netsuiteAccount.id}`;
      return issue.item ? `items-${issue.item.id}` : null;
    case 'unmapped_department':
      return issue.netsuiteDepartment ? `departments-${issue.netsuiteDepartment.id}` : null;
    case 'no_procurify_account':
      return issue.netsuiteAccount && issue.netsuiteDepartment
        ? `pairs-${issue.netsuiteAccount.id}-${issue.netsuiteDepartment.id}`
        : null;
    case 'unmapped_currency':
      return `currencies-${issue.currency || 'none'}`;
    case 'vendor_not_synced':
      return issue.vendor ? `vendors-${issue.vendor.id}` : null;
    default:
      return null;
  }
}

/** An issue message without the line or field it was found on ("Line 2 (item): ", "Default department: "). */
function bareMessage(message: string): string {
  return message
    .replace(/^Line \d+ \((?:expense|item)\): /, '')
    .replace(/^Default (?:expense account|department): /, '');
}

function accountLabel(account: { number: string | null; name: string }): string {
  return `GL account ${[account.number?.trim(), account.name].filter(Boolean).join(' ')}`;
}

/**
 * Every gap that holds a record back, from the records waiting in `needs_mapping` (their issues), and
 * every active NetSuite account and department that would not map, from the reference data: one list,
 * gaps with records waiting first. Each gap is resolved again against the current data, so its message
 * says what is wrong now.
 */
export function mappingGaps(
  waiting: readonly WaitingRecord[],
  refs: ReferenceData,
  overrides: MappingOverrides,
  accountId: string,
): MappingGap[] {
  const gaps = new Map<string, MappingGap>();
  const accountCodes = activeAccountCodes(refs);
  const departments = refs.departments
    .filter((department) => department.active)
    .map((department) => ({ id: department.id, label: department.name }))
    .sort((a, b) => a.label.localeCompare(b.label));

  const report = coverageReport(refs.netsuiteAccounts, refs.netsuiteDepartments, refs, overrides, accountId);
  // Every active account and department that does not map, whether or not a record waits for it yet.
  const unmapped = (
    kind: 'accounts' | 'departments',
    gap: { netsuiteId: string; code: MappingGap['code']; message: string },
    label: string,
    candidates: MappingGap['candidates'],
  ) => {
    const key = `${kind}-${gap.netsuiteId}`;
    gaps.set(key, {
      kind,
      key,
      netsuiteId: gap.netsuiteId,
      label,
      code: gap.code,
      message: gap.message,
      waiting: [],
      candidates,
    });
  };
  for (const gap of report.accounts) {
    unmapped('accounts', gap, accountLabel({ number: gap.number ?? null, name: gap.fullName }), accountCodes);
  }
  for (const gap of report.departments) unmapped('departments', gap, `department ${gap.fullName}`, departments);

  for (const record of waiting) {
    for (const issue of record.issues) {
      const key = gapKey(issue);
      if (key === null) continue;
      let gap = gaps.get(key);
      if (!gap) {
        gap = gapFromIssue(key, issue, { refs, overrides, accountId, accountCodes, departments });
        gaps.set(key, gap);
      }
      if (!gap.waiting.some((each) => each.recordType === record.recordType && each.recordId === record.recordId)) {
        gap.waiting.push({ recordType: record.recordType, recordId: record.recordId });
      }
    }
  }
  return [...gaps.values()].sort(
    (a, b) =>
      Number(b.waiting.length > 0) - Number(a.waiting.length > 0) ||
      GAP_KINDS.indexOf(a.kind) - GAP_KINDS.indexOf(b.kind) ||
      a.label.localeCompare(b.label),
  );
}

function activeAccountCodes(refs: ReferenceData, only?: ReadonlySet<number>): GapCandidate[] {
  return refs.accountCodes
    .filter((code) => code.active && (!only || only.has(code.id)))
    .map((code) => ({ id: code.id, label: `${code.code} ${code.description}`.trim() }))
    .sort((a, b) => a.label.localeCompare(b.label, undefined, { numeric: true }));
}

interface GapContext {
  refs: ReferenceData;
  overrides: MappingOverrides;
  accountId: string;
  accountCodes: GapCandidate[];
  departments: GapCandidate[];
}

function gapFromIssue(key: string, issue: MappingIssue, context: GapContext): MappingGap {
  const { refs, overrides, accountId } = context;
  const base = {
    key,
    code: issue.code,
    message: bareMessage(issue.message),
    waiting: [],
    candidates: [] as GapCandidate[],
  };
  const account = issue.netsuiteAccount;
  const department = issue.netsuiteDepartment;
  switch (key.slice(0, key.indexOf('-'))) {
    case 'accounts': {
      const now = resolveAccountCode(account!, refs, overrides);
      const message = now.ok ? `${base.message} (It maps now: the records wait to be tried again.)` : now.issue.message;
      return {
        ...base,
        kind: 'accounts',
        netsuiteId: account!.id,
        label: accountLabel(account!),
        message,
        candidates: context.accountCodes,
      };
    }
    case 'departments': {
      const label = `department ${department!.name}`;
      const now =
        department!.id === NO_DEPARTMENT.id ? null : resolveDepartment(department!, refs, overrides, accountId);
      const message = now && !now.ok ? now.issue.message : base.message;
      return {
        ...base,
        kind: 'departments',
        netsuiteId: department!.id,
        label,
        message,
        candidates: context.departments,
      };
    }
    case 'pairs': {
      // Account codes that do have an active account in the Procurify department: map the GL account to one of them.
      const departmentId = issue.procurifyDepartmentId;
      const codes = new Set(
        refs.accounts
          .filter((each) => each.active && each.departmentId === departmentId)
          .map((each) => each.accountCodeId),
      );
      const codeWord =
        refs.accountCodes.find((code) => code.id === issue.procurifyAccountCodeId)?.code ?? account!.number ?? '';
      const procurifyDepartment = refs.departments.find((each) => each.id === departmentId)?.name ?? department!.name;
      const label = `${accountLabel(account!)} × department ${department!.name}`;
      const message =
        `Procurify has no active account for account code ${codeWord} × department "${procurifyDepartment}". ` +
        'Create it in Procurify and press Refresh from Procurify, or map the GL account to an account code this department has (for every department).';
      return {
        ...base,
        kind: 'pairs',
        netsuiteId: account!.id,
        label,
        message,
        candidates: activeAccountCodes(refs, codes),
      };
    }
    case 'currencies': {
      const candidates = refs.currencies
        .filter((currency) => currency.active)
        .map((currency) => ({ id: currency.id, label: currency.name }));
      const code = issue.currency ?? '';
      const message = code
        ? `The currency ${code} is not active in Procurify. Add or activate it in Procurify, then press Refresh from Procurify; a currency cannot be mapped to another, since the amounts would be wrong.`
        : base.message;
      return {
        ...base,
        kind: 'currencies',
        netsuiteId: null,
        label: `currency ${code || '(none)'}`,
        message,
        candidates,
      };
    }
    case 'items':
      return {
        ...base,
        kind: 'items',
        netsuiteId: issue.item?.id ?? null,
        label: `item ${issue.item?.name ?? ''}`.trim(),
        message: `${base.message} Then replay the records.`,
      };
    default: {
      const vendor = issue.vendor!;
      const message = `The vendor is not in Procurify yet: its bills go once it syncs. See what holds the vendor back on its record page.`;
      return { ...base, kind: 'vendors', netsuiteId: vendor.id, label: `vendor ${vendor.name}`, message };
    }
  }
}
