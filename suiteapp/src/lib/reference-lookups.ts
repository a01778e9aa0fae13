// Facts a snapshot needs that are not on the record itself (an account's number, a currency's
// ISO code, an item's expense account, a PO's number). The ns/ adapter answers them with cached
// N/search lookups; tests answer them from a table.
import type { AccountRef } from './snapshot-types';

export interface ReferenceLookups {
  account(accountId: string): AccountRef;
  currencyCode(currencyId: string): string;
  itemExpenseAccountId(itemId: string): string | null;
  purchaseOrderNumber(purchaseOrderId: string): string;
}

/** Wraps lookups so each id is asked once per script run: every lookup costs governance units. */
export function cachedLookups(source: ReferenceLookups): ReferenceLookups {
  const caches = new Map<string, Map<string, unknown>>();
  function remember<T>(kind: string, id: string, load: () => T): T {
    let cache = caches.get(kind);
    if (!cache) caches.set(kind, (cache = new Map()));
    if (!cache.has(id)) cache.set(id, load());
    return cache.get(id) as T;
  }
  return {
    account: (id) => remember('account', id, () => source.account(id)),
    currencyCode: (id) => remember('currency', id, () => source.currencyCode(id)),
    itemExpenseAccountId: (id) => remember('item', id, () => source.itemExpenseAccountId(id)),
    purchaseOrderNumber: (id) => remember('po', id, () => source.purchaseOrderNumber(id)),
  };
}
