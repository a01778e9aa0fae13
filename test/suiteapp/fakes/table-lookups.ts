// ReferenceLookups answered from tables, counting calls so tests can see the cache at work.
import type { ReferenceLookups } from '../../../suiteapp/src/lib/reference-lookups';
import type { AccountRef } from '../../../suiteapp/src/lib/snapshot-types';

export interface LookupTables {
  accounts: Record<string, { number: string | null; name: string }>;
  currencies: Record<string, string>;
  itemExpenseAccounts: Record<string, string | null>;
  purchaseOrders: Record<string, string>;
}

export function tableLookups(tables: LookupTables): ReferenceLookups & { calls: string[] } {
  const calls: string[] = [];
  function need<T>(table: Record<string, T>, kind: string, id: string): T {
    calls.push(`${kind}:${id}`);
    if (!(id in table)) throw new Error(`SSS_MISSING_REQD_ARGUMENT: no ${kind} ${id}`);
    return table[id] as T;
  }
  return {
    calls,
    account: (id): AccountRef => ({ id, ...need(tables.accounts, 'account', id) }),
    currencyCode: (id) => need(tables.currencies, 'currency', id),
    itemExpenseAccountId: (id) => need(tables.itemExpenseAccounts, 'item', id),
    purchaseOrderNumber: (id) => need(tables.purchaseOrders, 'purchaseorder', id),
  };
}

export const DEMO_TABLES: LookupTables = {
  accounts: {
    '58': { number: '6100', name: 'Software Subscriptions' },
    '59': { number: null, name: 'Travel' },
    '60': { number: '6300', name: 'Office Supplies' },
  },
  currencies: { '1': 'USD', '2': 'CAD' },
  itemExpenseAccounts: { '301': '60', '302': null },
  purchaseOrders: { '900': 'PO-1042' },
};
