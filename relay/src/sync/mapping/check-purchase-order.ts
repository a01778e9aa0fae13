// Procurify has no PO-create API: an approved PO is only checked, so that bills against it will
// map. Same resolution as bills (lines and currency); nothing is written.
import type { TransactionSnapshot } from '../../../../suiteapp/src/lib/snapshot-types';
import type { Failure, MappingIssue } from './issues';
import type { MappingOverrides, ReferenceData } from './reference-data';
import { resolveBillLines, type LineCoding, type ResolvedLine } from './resolve-bill-lines';
import { resolveCurrency } from './resolve-currency';

/** `coding` is every line's coding, for the per-line view of the NetSuite subtab. */
export type PurchaseOrderCheck =
  | { ok: true; lines: ResolvedLine[]; coding: LineCoding[] }
  | (Failure & { lines: ResolvedLine[]; coding: LineCoding[] });

export function checkPurchaseOrder(
  snapshot: TransactionSnapshot,
  refs: ReferenceData,
  overrides: MappingOverrides,
  accountId: string,
): PurchaseOrderCheck {
  const issues: MappingIssue[] = [];
  const currency = resolveCurrency(snapshot.currency.code, refs);
  if (!currency.ok) issues.push(currency.issue);
  const lines = resolveBillLines(snapshot, refs, overrides, accountId, 'purchase order');
  if (!lines.ok) issues.push(...lines.issues);
  const { coding } = lines;
  return issues.length > 0 || !lines.ok
    ? { ok: false, issues, lines: lines.lines, coding }
    : { ok: true, lines: lines.lines, coding };
}
