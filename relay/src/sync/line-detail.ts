import type { TransactionSnapshot } from '../../../suiteapp/src/lib/snapshot-types';
import type { LineMapping } from '../../../suiteapp/src/lib/sync-detail';
import type { LineCoding } from './mapping';

/**
 * The per-line mapping the NetSuite subtab shows: each line's GL account → Procurify account code and
 * department → Procurify department, null where it does not map (shown as "missing"). It reads the
 * coding of the one resolution the record was mapped with, so the subtab and the write cannot disagree.
 */
export function lineMappings(snapshot: TransactionSnapshot, coding: readonly LineCoding[]): LineMapping[] {
  return coding.map(({ source, accountCode, department }) => ({
    line: source.line,
    glAccount: source.glAccount
      ? [source.glAccount.number, source.glAccount.name].filter(Boolean).join(' ')
      : `${source.itemName ?? 'item'} (no expense account)`,
    accountCode: accountCode?.code ?? null,
    department: (source.department ?? snapshot.department)?.name ?? null,
    procurifyDepartment: department?.name ?? null,
  }));
}
