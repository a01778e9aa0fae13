// ReferenceLookups over N/search.lookupFields (1 governance unit each; cached by the caller).
import * as record from 'N/record';
import * as runtime from 'N/runtime';
import * as search from 'N/search';
import type { ReferenceLookups } from '../lib/reference-lookups';

type LookupValue = string | boolean | { value: string; text: string }[] | undefined;

function lookup(type: search.Type | string, id: string, columns: string[]): Record<string, LookupValue> {
  return search.lookupFields({ type, id, columns }) as Record<string, LookupValue>;
}

function plain(value: LookupValue): string | null {
  if (Array.isArray(value)) return value[0]?.value ?? null;
  return value === undefined || value === '' || typeof value === 'boolean' ? null : value;
}

export const searchLookups: ReferenceLookups = {
  account(accountId) {
    const fields = lookup(search.Type.ACCOUNT, accountId, ['number', 'name']);
    return { id: accountId, number: plain(fields.number), name: plain(fields.name) ?? '' };
  },
  currencyCode(currencyId) {
    // Without Multiple Currencies a currency cannot be searched, only loaded by id (5 units, once per
    // save): https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_N3201267.html
    if (!runtime.isFeatureInEffect({ feature: 'MULTICURRENCY' })) {
      const symbol = record.load({ type: record.Type.CURRENCY, id: currencyId }).getValue({ fieldId: 'symbol' });
      return typeof symbol === 'string' ? symbol : '';
    }
    return plain(lookup(search.Type.CURRENCY, currencyId, ['symbol']).symbol) ?? '';
  },
  itemExpenseAccountId(itemId) {
    return plain(lookup(search.Type.ITEM, itemId, ['expenseaccount']).expenseaccount);
  },
  purchaseOrderNumber(purchaseOrderId) {
    return plain(lookup(search.Type.PURCHASE_ORDER, purchaseOrderId, ['tranid']).tranid) ?? '';
  },
};
