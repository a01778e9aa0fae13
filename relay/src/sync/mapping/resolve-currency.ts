// NetSuite currency (ISO code) → Procurify currency id, among active Procurify currencies.
import type { Resolution } from './issues';
import type { ProcurifyCurrency, ReferenceData } from './reference-data';
import { indexReferences } from './reference-index';

export function resolveCurrency(isoCode: string, refs: ReferenceData): Resolution<ProcurifyCurrency> {
  const code = isoCode.trim().toUpperCase();
  const candidates = indexReferences(refs).currenciesByCode.get(code) ?? [];
  const active = candidates.filter((currency) => currency.active).sort((a, b) => a.id - b.id);
  const [chosen] = active;
  if (chosen) return { ok: true, value: chosen };
  const why = candidates.length > 0 ? 'is inactive in Procurify' : 'does not exist in Procurify';
  // Only a record read from an account without Multiple Currencies comes without a code.
  const message =
    code === ''
      ? 'NetSuite gave no currency code: the account has no Multiple Currencies, so set NETSUITE_BASE_CURRENCY to its base currency (`mlc setup` asks for it) and restart the relay.'
      : `The currency ${code} ${why}. Add or activate it in Procurify.`;
  return {
    ok: false,
    issue: {
      code: 'unmapped_currency',
      message,
      currency: code,
    },
  };
}
