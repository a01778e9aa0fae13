// Every expense and item line of a bill (or PO) → one active Procurify account, i.e. the pair
// (account code, department). Lists every problem of every line, not only the first.
// Several active accounts for the same pair (Procurify keeps one per budget period) code the
// same way, so the lowest id is chosen, deterministically, and the others are reported on the line.
import type { AccountRef, Ref, TransactionSnapshot } from '../../../../suiteapp/src/lib/snapshot-types';
import { describeDepartment, describeGlAccount } from './describe';
import type { Failure, LineKind, MappingIssue } from './issues';
import { formatCents, parseCents } from './money';
import type { MappingOverrides, ReferenceData } from './reference-data';
import { indexReferences, pairKey } from './reference-index';
import { resolveAccountCode } from './resolve-account-code';
import { resolveDepartment } from './resolve-department';

/** Procurify's bill-line `description` holds at most 1,000 characters. */
export const MAX_LINE_DESCRIPTION = 1000;

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

export type LinesResult = { ok: true; lines: ResolvedLine[] } | Failure;

interface SourceLine {
  line: number;
  kind: LineKind;
  glAccount: AccountRef | null;
  itemName: string | null;
  department: Ref | null;
  amount: string;
  text: string | null;
}

function sourceLines(snapshot: TransactionSnapshot): SourceLine[] {
  const expenses = snapshot.expenses.map((line) => ({
    line: line.line,
    kind: 'expense' as const,
    glAccount: line.account,
    itemName: null,
    department: line.department,
    amount: line.amount,
    text: line.memo,
  }));
  const items = snapshot.items.map((line) => ({
    line: line.line,
    kind: 'item' as const,
    glAccount: line.account,
    itemName: line.item.name,
    department: line.department,
    amount: line.amount,
    text: line.description,
  }));
  return [...expenses, ...items];
}

function describeLine(source: SourceLine): string {
  const text = source.text?.trim() || source.itemName?.trim() || source.glAccount?.name.trim() || '';
  return text.slice(0, MAX_LINE_DESCRIPTION);
}

export function resolveBillLines(
  snapshot: TransactionSnapshot,
  refs: ReferenceData,
  overrides: MappingOverrides,
  accountId: string,
  document: 'bill' | 'purchase order' = 'bill',
): LinesResult {
  const index = indexReferences(refs);
  const lines: ResolvedLine[] = [];
  const issues: MappingIssue[] = [];

  for (const source of sourceLines(snapshot)) {
    const where = `Line ${source.line} (${source.kind})`;
    const at = (issue: MappingIssue): MappingIssue => ({
      ...issue,
      line: source.line,
      lineKind: source.kind,
      message: `${where}: ${issue.message}`,
    });
    const lineIssues: MappingIssue[] = [];

    const code = source.glAccount ? resolveAccountCode(source.glAccount, refs, overrides) : null;
    if (!source.glAccount) {
      lineIssues.push(
        at({
          code: 'unmapped_gl_account',
          message: `item "${source.itemName ?? ''}" has no expense account in NetSuite. Set the item's expense account.`,
        }),
      );
    } else if (code && !code.ok) lineIssues.push(at(code.issue));

    const netsuiteDepartment = source.department ?? snapshot.department;
    const department = netsuiteDepartment ? resolveDepartment(netsuiteDepartment, refs, overrides, accountId) : null;
    if (!netsuiteDepartment) {
      lineIssues.push(
        at({
          code: 'unmapped_department',
          message: `the line has no department and neither has the ${document}. Set a department on the line or on the ${document}.`,
        }),
      );
    } else if (department && !department.ok) {
      const fromHeader = source.department ? '' : ` (taken from the ${document} header)`;
      lineIssues.push(at({ ...department.issue, message: department.issue.message + fromHeader }));
    }

    if (lineIssues.length > 0 || !code?.ok || !department?.ok || !source.glAccount || !netsuiteDepartment) {
      issues.push(...lineIssues);
      continue;
    }

    const candidates = index.accountsByPair.get(pairKey(code.value.id, department.value.id)) ?? [];
    const active = candidates.filter((account) => account.active).sort((a, b) => a.id - b.id);
    const [chosen, ...others] = active;
    if (!chosen) {
      const inactive = candidates.length > 0 ? ' (only an inactive one)' : '';
      issues.push(
        at({
          code: 'no_procurify_account',
          message:
            `Procurify has no active account${inactive} for account code ${code.value.code} × department "${department.value.name}" ` +
            `(${describeGlAccount(source.glAccount)}, NetSuite ${describeDepartment(netsuiteDepartment)}). Create the account in Procurify.`,
          netsuiteAccount: { ...source.glAccount },
          netsuiteDepartment: { ...netsuiteDepartment },
          procurifyAccountCodeId: code.value.id,
          procurifyDepartmentId: department.value.id,
        }),
      );
      continue;
    }

    const amountCents = parseCents(source.amount);
    lines.push({
      line: source.line,
      kind: source.kind,
      description: describeLine(source),
      accountId: chosen.id,
      accountCodeId: code.value.id,
      accountCode: code.value.code,
      departmentId: department.value.id,
      departmentName: department.value.name,
      amount: formatCents(amountCents),
      amountCents,
      netsuiteAccount: source.glAccount,
      netsuiteDepartment,
      ...(others.length > 0 ? { otherAccountIds: others.map((account) => account.id) } : {}),
    });
  }

  return issues.length > 0 ? { ok: false, issues } : { ok: true, lines };
}
