import type { NetSuiteClient } from '../netsuite';
import { accountFeatures } from '../netsuite/features';
import { suiteqlAll } from '../netsuite/suiteql-all';

export interface CurrencyCodes {
  /** The ISO code (`symbol`) of a NetSuite currency; '' when unknown, as the SuiteApp's lookup gives it. */
  code(currencyId: string): string;
}

/**
 * Currencies are few: one query per poll run answers every snapshot's currency code, asked only once
 * a page holds a record, so a poll that finds nothing changed costs no query for them.
 */
export function currencyCodesOnce(client: NetSuiteClient): () => Promise<CurrencyCodes> {
  let loading: Promise<CurrencyCodes> | undefined;
  return () => {
    loading ??= loadCurrencyCodes(client).catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

/**
 * Without Multiple Currencies REST cannot read currency records at all (Oracle's REST currency record:
 * "You must have the Multiple Currencies feature enabled", ns-online-help/section_0818023012.html):
 * everything is in the base currency, whose code comes from NETSUITE_BASE_CURRENCY (`mlc setup` asks
 * for it), as the SuiteApp, which may load the currency record, names it. Unset, the code is '' and
 * a bill waits as `unmapped_currency`, saying so.
 */
export async function loadCurrencyCodes(client: NetSuiteClient): Promise<CurrencyCodes> {
  if (!(await accountFeatures(client)).multiCurrency) {
    const base = client.baseCurrency ?? '';
    return { code: () => base };
  }
  const rows = await suiteqlAll(client, 'SELECT id, symbol FROM currency ORDER BY id');
  const codes = new Map(rows.map((row) => [String(row.id), row.symbol === null ? '' : String(row.symbol)]));
  return { code: (id) => codes.get(id) ?? '' };
}
