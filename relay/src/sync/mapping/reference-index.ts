// Lookup tables over the cached reference data, built once per `ReferenceData` object and kept
// in a WeakMap, so resolving a 500-line bill does not rescan every list 500 times.
import type {
  NetsuiteAccount,
  NetsuiteDepartment,
  ProcurifyAccount,
  ProcurifyAccountCode,
  ProcurifyCurrency,
  ProcurifyDepartment,
  ReferenceData,
} from './reference-data';

export interface ReferenceIndex {
  accountCodeById: Map<number, ProcurifyAccountCode>;
  /** Keyed by the trimmed code. */
  accountCodesByCode: Map<string, ProcurifyAccountCode[]>;
  departmentById: Map<number, ProcurifyDepartment>;
  /** Keyed by the lower-cased, trimmed external id. */
  departmentsByExternalId: Map<string, ProcurifyDepartment[]>;
  /** Keyed by `nameKey(name)`. */
  departmentsByName: Map<string, ProcurifyDepartment[]>;
  /** Keyed by `pairKey(accountCodeId, departmentId)`. */
  accountsByPair: Map<string, ProcurifyAccount[]>;
  /** Keyed by the upper-cased ISO code. */
  currenciesByCode: Map<string, ProcurifyCurrency[]>;
  netsuiteAccountById: Map<string, NetsuiteAccount>;
  netsuiteDepartmentById: Map<string, NetsuiteDepartment>;
}

const cache = new WeakMap<ReferenceData, ReferenceIndex>();

/** Case-insensitive, trimmed, inner runs of white space as one space. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function pairKey(accountCodeId: number, departmentId: number): string {
  return `${accountCodeId}:${departmentId}`;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

export function indexReferences(refs: ReferenceData): ReferenceIndex {
  const cached = cache.get(refs);
  if (cached) return cached;
  const index: ReferenceIndex = {
    accountCodeById: new Map(refs.accountCodes.map((code) => [code.id, code])),
    accountCodesByCode: groupBy(refs.accountCodes, (code) => code.code.trim()),
    departmentById: new Map(refs.departments.map((department) => [department.id, department])),
    departmentsByExternalId: groupBy(refs.departments, (department) =>
      department.externalId?.trim() ? department.externalId.trim().toLowerCase() : null,
    ),
    departmentsByName: groupBy(refs.departments, (department) => nameKey(department.name)),
    accountsByPair: groupBy(refs.accounts, (account) => pairKey(account.accountCodeId, account.departmentId)),
    currenciesByCode: groupBy(refs.currencies, (currency) => currency.name.trim().toUpperCase()),
    netsuiteAccountById: new Map(refs.netsuiteAccounts.map((account) => [account.id, account])),
    netsuiteDepartmentById: new Map(refs.netsuiteDepartments.map((department) => [department.id, department])),
  };
  cache.set(refs, index);
  return index;
}
