// Only bills NetSuite considers approved are synced (docs/architecture.md "Bills"): approval status "approved", or
// null when the account has no approval routing. Anything else is skipped with the reason.
import type { TransactionSnapshot } from '../../../../suiteapp/src/lib/snapshot-types';

export type ApprovalDecision = { sync: true } | { sync: false; reason: string };

export function billApproval(snapshot: TransactionSnapshot): ApprovalDecision {
  const bill = `Bill ${snapshot.tranId.trim() || snapshot.id}`;
  switch (snapshot.approvalStatus) {
    case 'approved':
    case null:
      return { sync: true };
    case 'pending':
      return { sync: false, reason: `${bill} is pending approval in NetSuite; it will sync once it is approved.` };
    case 'rejected':
      return { sync: false, reason: `${bill} was rejected in NetSuite; rejected bills are not sent to Procurify.` };
    default:
      return {
        sync: false,
        reason: `${bill} has the unknown approval status "${String(snapshot.approvalStatus)}"; only approved bills are sent.`,
      };
  }
}
