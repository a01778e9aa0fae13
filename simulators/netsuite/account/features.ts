import type { TableDefinition } from '../suiteql/table';

// The optional features an account may lack (docs/architecture.md "Simulators"). With a feature off, NetSuite
// shows neither its fields nor its records: SuiteQL refuses the columns ("Field 'department' for
// record 'transactionline' was not found. Reason: NOT_EXPOSED - Not available for channel SEARCH")
// and the tables ("Record 'department' was not found."), runtime.isFeatureInEffect answers false,
// and, per Oracle's currency record notes (ns-online-help/section_N3201267.html), a currency can be
// loaded by id but not searched without Multiple Currencies.

export interface AccountFeatures {
  departments: boolean;
  locations: boolean;
  classes: boolean;
  /** NetSuite OneWorld: subsidiaries. */
  oneWorld: boolean;
  multiCurrency: boolean;
}

export const ALL_ACCOUNT_FEATURES: Readonly<AccountFeatures> = Object.freeze({
  departments: true,
  locations: true,
  classes: true,
  oneWorld: true,
  multiCurrency: true,
});

/** Account profiles the tests and the demo can start with. */
export const FEATURE_PROFILES = {
  full: ALL_ACCOUNT_FEATURES,
  /** A small single-company account: no departments, locations, classes, subsidiaries or currencies. */
  basic: { departments: false, locations: false, classes: false, oneWorld: false, multiCurrency: false },
  /** One company, several currencies, departments but no locations or classes. */
  departmentsOnly: { departments: true, locations: false, classes: false, oneWorld: false, multiCurrency: true },
} satisfies Record<string, AccountFeatures>;

/** Each feature: its id for runtime.isFeatureInEffect (Oracle's Feature Names and IDs), its columns and tables. */
export const FEATURE_FACTS: Record<keyof AccountFeatures, { id: string; columns: string[]; tables: string[] }> = {
  departments: { id: 'DEPARTMENTS', columns: ['department'], tables: ['department'] },
  locations: { id: 'LOCATIONS', columns: ['location'], tables: ['location'] },
  classes: { id: 'CLASSES', columns: ['class'], tables: ['classification'] },
  oneWorld: { id: 'SUBSIDIARIES', columns: ['subsidiary'], tables: ['subsidiary'] },
  multiCurrency: { id: 'MULTICURRENCY', columns: ['currency', 'exchangerate'], tables: ['currency'] },
};

/** runtime.isFeatureInEffect: our five as the account has them; every other feature is on. */
export function isFeatureInEffect(features: AccountFeatures, featureId: string): boolean {
  const entry = Object.entries(FEATURE_FACTS).find(([, facts]) => facts.id === featureId.toUpperCase());
  return entry ? features[entry[0] as keyof AccountFeatures] : true;
}

/** The SuiteQL tables as an account with these features shows them. */
export function tablesWithFeatures(
  tables: Map<string, TableDefinition>,
  features: AccountFeatures,
): Map<string, TableDefinition> {
  const off = (Object.keys(FEATURE_FACTS) as (keyof AccountFeatures)[]).filter((name) => !features[name]);
  if (off.length === 0) return tables;
  const columns = new Set(off.flatMap((name) => FEATURE_FACTS[name].columns));
  const gone = new Set(off.flatMap((name) => FEATURE_FACTS[name].tables));
  const result = new Map<string, TableDefinition>();
  for (const [name, table] of tables) {
    if (gone.has(name)) continue;
    const kept = Object.entries(table.columns).filter(([column]) => !columns.has(column));
    const lookup = table.lookup
      ? Object.fromEntries(Object.entries(table.lookup).filter(([column]) => !columns.has(column)))
      : undefined;
    result.set(name, { ...table, columns: Object.fromEntries(kept), ...(lookup ? { lookup } : {}) });
  }
  return result;
}
