import type { NetSuiteClient } from '../netsuite';
import { suiteqlAll } from '../sync/suiteql-all';

export interface CurrencyCodes {
  /** The ISO code (`symbol`) of a NetSuite currency; '' when unknown, as the SuiteApp's lookup gives it. */
  code(currencyId: string): string;
}

/** Currencies are few: one query per poll run answers every snapshot's currency code. */
export async function loadCurrencyCodes(client: NetSuiteClient): Promise<CurrencyCodes> {
  const rows = await suiteqlAll(client, 'SELECT id, symbol FROM currency ORDER BY id');
  const codes = new Map(rows.map((row) => [String(row.id), row.symbol === null ? '' : String(row.symbol)]));
  return { code: (id) => codes.get(id) ?? '' };
}
