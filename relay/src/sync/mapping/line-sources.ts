// Expense and item lines of a bill or PO in one shape, so both are resolved the same way.
import type { AccountRef, Ref, TransactionSnapshot } from '../../../../suiteapp/src/lib/snapshot-types';
import type { LineKind } from './issues';

/** Procurify's bill-line `description` holds at most 1,000 characters. */
export const MAX_LINE_DESCRIPTION = 1000;

export interface SourceLine {
  line: number;
  kind: LineKind;
  /** Expense lines: the GL account. Item lines: the item's expense account, null when it has none. */
  glAccount: AccountRef | null;
  itemName: string | null;
  /** Item lines: the item's internal id. */
  itemId?: string;
  department: Ref | null;
  amount: string;
  /** The expense memo or the item line's description. */
  text: string | null;
}

/** Expense lines first, then item lines, as NetSuite shows them. */
export function sourceLines(snapshot: TransactionSnapshot): SourceLine[] {
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
    itemId: line.item.id,
    department: line.department,
    amount: line.amount,
    text: line.description,
  }));
  return [...expenses, ...items];
}

/** The line memo, else the item name, else the GL account name; cut to Procurify's limit. */
export function describeLine(source: SourceLine): string {
  const text = source.text?.trim() || source.itemName?.trim() || source.glAccount?.name.trim() || '';
  return text.slice(0, MAX_LINE_DESCRIPTION);
}
