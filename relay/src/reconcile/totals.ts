import { sumCents } from '../sync/mapping';
import type { CodedAmount } from './bill-views';
import type { BillComparison, ComparedClassification } from './match-bills';

// Totals (pure): per currency, each system's total split by classification, so the parts visibly
// add up to the whole; and per GL account × department, both systems side by side, NetSuite's lines
// coded as the sync codes them (coding.ts). Bills skipped on purpose are in neither: each currency
// counts them apart.

export interface AccountTotal {
  currency: string;
  glAccount: string;
  department: string;
  netsuiteCents: number;
  procurifyCents: number;
  differenceCents: number;
  /** NetSuite codings (`6150 × Hamilton Plant`) the mapping turned into this row's, when any did. */
  netsuiteCoding?: string[];
}

export interface CurrencyTotal {
  currency: string;
  netsuiteCents: number;
  procurifyCents: number;
  byClassification: Record<ComparedClassification, { bills: number; netsuiteCents: number; procurifyCents: number }>;
  /** Bills skipped on purpose (not approved in NetSuite, skipped by the relay): not in the totals above. */
  skipped: { bills: number; netsuiteCents: number };
}

const CLASSIFICATIONS: ComparedClassification[] = ['matched', 'amount_differs', 'only_netsuite', 'only_procurify'];

export function currencyTotals(comparisons: readonly BillComparison[]): CurrencyTotal[] {
  const totals = new Map<string, CurrencyTotal>();
  for (const comparison of comparisons) {
    const currency = currencyOf(comparison);
    let total = totals.get(currency);
    if (!total) {
      const empty = () => ({ bills: 0, netsuiteCents: 0, procurifyCents: 0 });
      total = {
        currency,
        netsuiteCents: 0,
        procurifyCents: 0,
        byClassification: Object.fromEntries(
          CLASSIFICATIONS.map((c) => [c, empty()]),
        ) as CurrencyTotal['byClassification'],
        skipped: { bills: 0, netsuiteCents: 0 },
      };
      totals.set(currency, total);
    }
    if (comparison.classification === 'skipped') {
      total.skipped.bills += 1;
      total.skipped.netsuiteCents = sumCents([total.skipped.netsuiteCents, comparison.netsuite?.cents ?? 0]);
      continue;
    }
    const part = total.byClassification[comparison.classification];
    const netsuite = comparison.netsuite?.cents ?? 0;
    const procurify = comparison.procurify?.cents ?? 0;
    part.bills += 1;
    part.netsuiteCents = sumCents([part.netsuiteCents, netsuite]);
    part.procurifyCents = sumCents([part.procurifyCents, procurify]);
    total.netsuiteCents = sumCents([total.netsuiteCents, netsuite]);
    total.procurifyCents = sumCents([total.procurifyCents, procurify]);
  }
  return [...totals.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

export function accountTotals(comparisons: readonly BillComparison[]): AccountTotal[] {
  const totals = new Map<string, AccountTotal>();
  const add = (currency: string, lines: readonly CodedAmount[], side: 'netsuiteCents' | 'procurifyCents') => {
    for (const line of lines) {
      const key = JSON.stringify([currency, line.glAccount, line.department]);
      const total = totals.get(key) ?? {
        currency,
        glAccount: line.glAccount,
        department: line.department,
        netsuiteCents: 0,
        procurifyCents: 0,
        differenceCents: 0,
      };
      if (line.netsuiteCoding && !total.netsuiteCoding?.includes(line.netsuiteCoding)) {
        total.netsuiteCoding = [...(total.netsuiteCoding ?? []), line.netsuiteCoding].sort();
      }
      total[side] = sumCents([total[side], line.cents]);
      total.differenceCents = total.procurifyCents - total.netsuiteCents;
      totals.set(key, total);
    }
  };
  for (const comparison of comparisons) {
    if (comparison.classification === 'skipped') continue;
    if (comparison.netsuite) add(comparison.netsuite.currency, comparison.netsuite.lines, 'netsuiteCents');
    if (comparison.procurify) add(currencyOf(comparison), comparison.procurify.lines, 'procurifyCents');
  }
  return [...totals.values()].sort(
    (a, b) =>
      a.currency.localeCompare(b.currency) ||
      a.glAccount.localeCompare(b.glAccount) ||
      a.department.localeCompare(b.department),
  );
}

/** A matched pair counts in NetSuite's currency; a Procurify-only bill in its own. */
function currencyOf(comparison: BillComparison): string {
  return comparison.netsuite?.currency || comparison.procurify?.currency || '(unknown)';
}
