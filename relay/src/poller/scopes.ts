import type { SuiteQlRow } from '../netsuite';
import type { RecordType } from '../../../suiteapp/src/lib/snapshot-types';
import type { KeysetCursor } from '../store/poll-state';
import { deliverChangedPage, deliverDeletedPage, type DeliveryContext, type DeliveryCount } from './deliver-page';
import { deliverPaymentPage } from './deliver-payments';
import { changedRowsQuery, deletedRowsQuery, paymentRowsQuery } from './keyset-query';

/** What one scan reads: the changes of one record type, vendor payments and bill credits, or DeletedRecord. */
export type Scope = RecordType | 'payment' | 'deleted';

/**
 * Changes first, deletes last: a record created and deleted between two polls is never sent.
 * Payments after bills, so a bill and the payment of it in one interval arrive in that order.
 */
export const SCOPES: readonly Scope[] = ['vendor', 'vendorbill', 'purchaseorder', 'payment', 'deleted'];

export function scopeQuery(scope: Scope): (cursor: KeysetCursor) => string {
  if (scope === 'deleted') return (cursor) => deletedRowsQuery(cursor);
  if (scope === 'payment') return (cursor) => paymentRowsQuery(cursor);
  return (cursor) => changedRowsQuery(scope, cursor);
}

export function deliverScopePage(context: DeliveryContext, scope: Scope, rows: SuiteQlRow[]): Promise<DeliveryCount> {
  if (scope === 'deleted') return deliverDeletedPage(context, rows);
  if (scope === 'payment') return deliverPaymentPage(context, rows);
  return deliverChangedPage(context, scope, rows);
}
