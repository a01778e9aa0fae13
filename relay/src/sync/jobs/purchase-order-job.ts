import type { TransactionSnapshot } from '../../../../suiteapp/src/lib/snapshot-types';
import { lineMappings } from '../line-detail';
import { checkPurchaseOrder, resolveBillLines } from '../mapping';
import type { Job } from '../worker';
import type { JobDeps } from './job-deps';
import { fromIssues } from './outcomes';

/**
 * Purchase orders: Procurify has no PO-create API, so nothing is written. The PO's lines are checked
 * so that bills against it will map, and the result is shown on the PO.
 */
export function createPurchaseOrderJob(deps: JobDeps): Job {
  return async (record) => {
    if (record.action === 'delete' || record.snapshot === null) {
      return { status: 'deleted', message: 'Deleted in NetSuite; purchase orders are never written to Procurify.' };
    }
    const snapshot = JSON.parse(record.snapshot) as TransactionSnapshot;
    const context = await deps.references.get();
    const { accountId } = deps.settings;
    const resolution = resolveBillLines(snapshot, context.refs, context.overrides, accountId, 'purchase order');
    const detail = { lines: lineMappings(snapshot, context, accountId, resolution) };
    const check = checkPurchaseOrder(snapshot, context.refs, context.overrides, accountId);
    if (!check.ok) return fromIssues(check.issues, 'Purchase order', detail);
    return {
      status: 'skipped',
      detail,
      message: `Ready: all ${check.lines.length} line(s) map to Procurify accounts, so bills against this PO will sync. Purchase orders themselves are not written to Procurify.`,
    };
  };
}
