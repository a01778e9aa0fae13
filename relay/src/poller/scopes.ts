import type { SuiteQlRow } from '../netsuite';
import type { RecordType } from '../../../suiteapp/src/lib/snapshot-types';
import type { KeysetCursor } from '../store/poll-state';
import { deliverChangedPage, deliverDeletedPage, type DeliveryContext, type DeliveryCount } from './deliver-page';
import { changedRowsQuery, deletedRowsQuery } from './keyset-query';

/** What one scan reads: the changes of one record type, or DeletedRecord. */
export type Scope = RecordType | 'deleted';

/** Changes first, deletes last: a record created and deleted between two polls is never sent. */
export const SCOPES: readonly Scope[] = ['vendor', 'vendorbill', 'purchaseorder', 'deleted'];

export function scopeQuery(scope: Scope): (cursor: KeysetCursor) => string {
  return scope === 'deleted' ? (cursor) => deletedRowsQuery(cursor) : (cursor) => changedRowsQuery(scope, cursor);
}

export function deliverScopePage(context: DeliveryContext, scope: Scope, rows: SuiteQlRow[]): Promise<DeliveryCount> {
  return scope === 'deleted' ? deliverDeletedPage(context, rows) : deliverChangedPage(context, scope, rows);
}
