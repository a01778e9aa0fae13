// Every expense and item line of a bill (or PO) → one active Procurify account, i.e. the pair
// (account code, department). Lists every problem of every line, not only the first.
// Several active accounts for the same pair (Procurify keeps one per budget period) code the
// same way, so the lowest id is chosen, deterministically, and the others are reported on the line.
import type { AccountRef, Ref, TransactionSnapshot } from '../../../../suiteapp/src/lib/snapshot-types';
import { describeDepartment, describeGlAccount } from './describe';
import type { Failure, LineKind, MappingIssue, Resolution } from './issues';
import { describeLine, sourceLines, type SourceLine } from './line-sources';
import { formatCents, parseCents } from './money';
import type { MappingOverrides, ProcurifyAccountCode, ProcurifyDepartment, ReferenceData } from './reference-data';
import { indexReferences, pairKey } from './reference-index';
import { resolveAccountCode } from './resolve-account-code';
import { NO_DEPARTMENT, resolveDepartment, resolveNoDepartment } from './resolve-department';

export interface ResolvedLine {
  line: number;
  kind: LineKind;
  /** The line memo, or the item name (then the GL account name) when there is none. */
  description: string;
  accountId: number;
  accountCodeId: number;
  accountCode: string;
  departmentId: number;
  departmentName: string;
  amount: string;
  amountCents: number;
  netsuiteAccount: AccountRef;
  netsuiteDepartment: Ref;
  /** Other active Procurify accounts with the same coding, when there were several. */
  otherAccountIds?: number[];
}

/**
 * How far one source line codes, each part on its own (null where it does not map): the per-line view
 * of the NetSuite subtab. The account code counts only when its pair with the department exists.
 */
export interface LineCoding {
  source: SourceLine;
  accountCode: ProcurifyAccountCode | null;
  department: ProcurifyDepartment | null;
}

/**
 * On failure, `lines` still holds the lines that did map; `coding` has every source line, in order,
 * so the subtab's view comes from this same resolution.
 */
export type LinesResult =
  | { ok: true; lines: ResolvedLine[]; coding: LineCoding[] }
  | (Failure & { lines: ResolvedLine[]; coding: LineCoding[] });

type Document = 'bill' | 'purchase order';

interface LineContext {
  header: Ref | null;
  refs: ReferenceData;
  overrides: MappingOverrides;
  accountId: string;
  document: Document;
}

type Coded<T, N> = Resolution<{ procurify: T; netsuite: N }>;

function codeOf(source: SourceLine, context: LineContext): Coded<ProcurifyAccountCode, AccountRef> {
  if (!source.glAccount) {
    const message = `item "${source.itemName ?? ''}" has no expense account in NetSuite. Set the item's expense account.`;
    const item = source.itemId === undefined ? {} : { item: { id: source.itemId, name: source.itemName ?? '' } };
    return { ok: false, issue: { code: 'unmapped_gl_account', message, ...item } };
  }
  const code = resolveAccountCode(source.glAccount, context.refs, context.overrides);
  return code.ok ? { ok: true, value: { procurify: code.value, netsuite: source.glAccount } } : code;
}

function departmentOf(source: SourceLine, context: LineContext): Coded<ProcurifyDepartment, Ref> {
  const { document } = context;
  const netsuite = source.department ?? context.header;
  if (!netsuite) {
    const fallback = resolveNoDepartment(context.refs, context.overrides, document);
    return fallback.ok ? { ok: true, value: { procurify: fallback.value, netsuite: { ...NO_DEPARTMENT } } } : fallback;
  }
  const department = resolveDepartment(netsuite, context.refs, context.overrides, context.accountId);
  if (department.ok) return { ok: true, value: { procurify: department.value, netsuite } };
  const fromHeader = source.department ? '' : ` (taken from the ${document} header)`;
  return { ok: false, issue: { ...department.issue, message: department.issue.message + fromHeader } };
}

type LineResult = ({ ok: true; line: ResolvedLine } | Failure) & { coding: LineCoding };

function resolveLine(source: SourceLine, context: LineContext): LineResult {
  const code = codeOf(source, context);
  const department = departmentOf(source, context);
  const coding: LineCoding = {
    source,
    accountCode: code.ok ? code.value.procurify : null,
    department: department.ok ? department.value.procurify : null,
  };
  if (!code.ok || !department.ok) {
    return { ok: false, issues: [code, department].flatMap((result) => (result.ok ? [] : [result.issue])), coding };
  }
  const { procurify: accountCode, netsuite: netsuiteAccount } = code.value;
  const { procurify: procurifyDepartment, netsuite: netsuiteDepartment } = department.value;

  const candidates = indexReferences(context.refs).accountsByPair.get(pairKey(accountCode.id, procurifyDepartment.id));
  const active = (candidates ?? []).filter((account) => account.active).sort((a, b) => a.id - b.id);
  const [chosen, ...others] = active;
  if (!chosen) {
    const inactive = candidates?.length ? ' (only an inactive one)' : '';
    const message =
      `Procurify has no active account${inactive} for account code ${accountCode.code} × department "${procurifyDepartment.name}" ` +
      `(${describeGlAccount(netsuiteAccount)}, NetSuite ${describeDepartment(netsuiteDepartment)}). Create the account in Procurify.`;
    const issue: MappingIssue = {
      code: 'no_procurify_account',
      message,
      netsuiteAccount: { ...netsuiteAccount },
      netsuiteDepartment: { ...netsuiteDepartment },
      procurifyAccountCodeId: accountCode.id,
      procurifyDepartmentId: procurifyDepartment.id,
    };
    return { ok: false, issues: [issue], coding: { ...coding, accountCode: null } };
  }

  const amountCents = parseCents(source.amount);
  const line: ResolvedLine = {
    line: source.line,
    kind: source.kind,
    description: describeLine(source),
    accountId: chosen.id,
    accountCodeId: accountCode.id,
    accountCode: accountCode.code,
    departmentId: procurifyDepartment.id,
    departmentName: procurifyDepartment.name,
    amount: formatCents(amountCents),
    amountCents,
    netsuiteAccount,
    netsuiteDepartment,
  };
  if (others.length > 0) line.otherAccountIds = others.map((account) => account.id);
  return { ok: true, line, coding };
}

export function resolveBillLines(
  snapshot: TransactionSnapshot,
  refs: ReferenceData,
  overrides: MappingOverrides,
  accountId: string,
  document: Document = 'bill',
): LinesResult {
  const context: LineContext = { header: snapshot.department, refs, overrides, accountId, document };
  const lines: ResolvedLine[] = [];
  const issues: MappingIssue[] = [];
  const coding: LineCoding[] = [];
  for (const source of sourceLines(snapshot)) {
    const result = resolveLine(source, context);
    coding.push(result.coding);
    if (result.ok) {
      lines.push(result.line);
      continue;
    }
    for (const issue of result.issues) {
      const message = `Line ${source.line} (${source.kind}): ${issue.message}`;
      issues.push({ ...issue, line: source.line, lineKind: source.kind, message });
    }
  }
  return issues.length > 0 ? { ok: false, issues, lines, coding } : { ok: true, lines, coding };
}
