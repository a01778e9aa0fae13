import type { TransactionSnapshot } from '../../../suiteapp/src/lib/snapshot-types';
import type { LineMapping } from '../../../suiteapp/src/lib/sync-detail';
import { resolveAccountCode, resolveDepartment, resolveNoDepartment, type LinesResult } from './mapping';
import { sourceLines } from './mapping/line-sources';
import type { MappingContext } from './reference-cache';

/**
 * The per-line mapping the NetSuite subtab shows: each line's GL account → Procurify account code and
 * department → Procurify department, null where it does not map (shown as "missing").
 */
export function lineMappings(
  snapshot: TransactionSnapshot,
  context: MappingContext,
  accountId: string,
  resolution: LinesResult,
): LineMapping[] {
  const pairMissing = new Set<string>(
    resolution.ok
      ? []
      : resolution.issues
          .filter((issue) => issue.code === 'no_procurify_account')
          .map((issue) => `${issue.lineKind}:${issue.line}`),
  );
  return sourceLines(snapshot).map((source) => {
    const code = source.glAccount ? resolveAccountCode(source.glAccount, context.refs, context.overrides) : undefined;
    const netsuiteDepartment = source.department ?? snapshot.department;
    const department = netsuiteDepartment
      ? resolveDepartment(netsuiteDepartment, context.refs, context.overrides, accountId)
      : resolveNoDepartment(context.refs, context.overrides, 'bill');
    return {
      line: source.line,
      glAccount: source.glAccount
        ? [source.glAccount.number, source.glAccount.name].filter(Boolean).join(' ')
        : `${source.itemName ?? 'item'} (no expense account)`,
      accountCode: code?.ok && !pairMissing.has(`${source.kind}:${source.line}`) ? code.value.code : null,
      department: netsuiteDepartment?.name ?? null,
      procurifyDepartment: department?.ok ? department.value.name : null,
    };
  });
}
