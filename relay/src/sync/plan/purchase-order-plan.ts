import { fromIssues } from '../jobs/outcomes';
import { lineMappings } from '../line-detail';
import { checkPurchaseOrder } from '../mapping';
import { settled, type BaseWorld, type RecordView, type SettledPlan } from './plan-types';
import { transactionSnapshotOf } from './record-decoding';

/**
 * Purchase orders: Procurify has no PO-create API, so nothing is written. The PO's lines are checked
 * so that bills against it will map, and the result is shown on the PO.
 */
export type PurchaseOrderPlan = SettledPlan;

export function planPurchaseOrder(record: RecordView, world: BaseWorld): PurchaseOrderPlan {
  const snapshot = transactionSnapshotOf(record);
  if (snapshot === null) {
    return settled({
      status: 'deleted',
      message: 'Deleted in NetSuite; purchase orders are never written to Procurify.',
    });
  }
  const { refs, overrides } = world.reference;
  const check = checkPurchaseOrder(snapshot, refs, overrides, world.settings.accountId);
  const detail = { lines: lineMappings(snapshot, check.coding) };
  if (!check.ok) return settled(fromIssues(check.issues, 'Purchase order', detail));
  return settled(
    {
      status: 'skipped',
      detail,
      message: `Ready: all ${check.lines.length} line(s) map to Procurify accounts, so bills against this PO will sync. Purchase orders themselves are not written to Procurify.`,
    },
    'purchase_order_ready',
  );
}
