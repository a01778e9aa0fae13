import { describe, expect, it } from 'vitest';
import type { NetSuiteClient, SuiteQlPage } from '../../../relay/src/netsuite';
import { loadCurrencyCodes } from '../../../relay/src/poller/currency-codes';
import { HttpError } from '../../../relay/src/transport/errors';

// The currency code each polled snapshot carries: from the currency table when the account has
// Multiple Currencies; without it (no currency column or table to read) the configured base currency.

const page = (items: SuiteQlPage['items']): SuiteQlPage => ({
  items,
  count: items.length,
  hasMore: false,
  offset: 0,
  totalResults: items.length,
});

function account(options: { multiCurrency: boolean; baseCurrency?: string }): NetSuiteClient & { queries: string[] } {
  const queries: string[] = [];
  return {
    queries,
    baseCurrency: options.baseCurrency,
    async suiteql(query) {
      queries.push(query);
      if (!options.multiCurrency && /\bcurrency\b/.test(query)) {
        const target = { system: 'netsuite' as const, method: 'POST', path: '/services/rest/query/v1/suiteql' };
        throw new HttpError(
          target,
          400,
          "Field 'currency' for record 'transaction' was not found. Reason: NOT_EXPOSED",
        );
      }
      if (query.startsWith('SELECT id, symbol FROM currency')) {
        return page([
          { id: 1, symbol: 'CAD' },
          { id: 2, symbol: 'USD' },
        ]);
      }
      return page([]);
    },
    getRecord: () => Promise.reject(new Error('not used')),
    upsertRecord: () => Promise.reject(new Error('not used')),
    close: () => Promise.resolve(),
  };
}

describe('loadCurrencyCodes', () => {
  it('reads the ISO codes from the currency table when the account has Multiple Currencies', async () => {
    const codes = await loadCurrencyCodes(account({ multiCurrency: true, baseCurrency: 'EUR' }));
    expect([codes.code('1'), codes.code('2'), codes.code('9')]).toEqual(['CAD', 'USD', '']);
  });

  it('answers the configured base currency for every record when the account has no Multiple Currencies', async () => {
    const client = account({ multiCurrency: false, baseCurrency: 'CAD' });
    const codes = await loadCurrencyCodes(client);
    expect(codes.code('1')).toBe('CAD');
    expect(client.queries.some((query) => query.includes('FROM currency'))).toBe(false);
  });

  it('answers no code without Multiple Currencies and without a configured base currency', async () => {
    expect((await loadCurrencyCodes(account({ multiCurrency: false }))).code('1')).toBe('');
  });
});
