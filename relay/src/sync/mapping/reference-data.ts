// The reference data the relay caches (docs/architecture.md "Reference data and mappings"), in the neutral shape the
// mapping reads. Procurify ids are integers; NetSuite ids are internal ids as strings.

export interface ProcurifyAccountCode {
  id: number;
  code: string;
  description: string;
  active: boolean;
}

export interface ProcurifyDepartment {
  id: number;
  name: string;
  externalId: string | null;
  active: boolean;
  /** The department's branch (Procurify location). */
  locationId: number | null;
}

/** A budget line: account code × department. Bill lines are coded to these. */
export interface ProcurifyAccount {
  id: number;
  accountCodeId: number;
  departmentId: number;
  active: boolean;
}

export interface ProcurifyCurrency {
  id: number;
  /** The ISO code, e.g. "USD" (Procurify calls it `name`). */
  name: string;
  active: boolean;
}

export interface NetsuiteAccount {
  id: string;
  number: string | null;
  name: string;
  /** `Parent : Child` for sub-accounts. */
  fullName: string;
  isInactive: boolean;
  /** NetSuite account type (`Expense`, `COGS`, …), when known; the coverage report can filter on it. */
  type?: string;
}

export interface NetsuiteDepartment {
  id: string;
  name: string;
  /** `Parent : Child` for sub-departments. */
  fullName: string;
  isInactive: boolean;
}

/**
 * One snapshot of the cache. Treat it as immutable: lookups are indexed once per object, so a
 * refresh builds a new `ReferenceData` rather than editing the arrays in place.
 */
export interface ReferenceData {
  accountCodes: readonly ProcurifyAccountCode[];
  departments: readonly ProcurifyDepartment[];
  accounts: readonly ProcurifyAccount[];
  currencies: readonly ProcurifyCurrency[];
  /** Used for full department names (`Parent : Child`) when a snapshot carries only the short name. */
  netsuiteAccounts: readonly NetsuiteAccount[];
  netsuiteDepartments: readonly NetsuiteDepartment[];
}

/** Mappings set by hand; they always win over the automatic rules. */
export interface MappingOverrides {
  /** NetSuite account internal id → Procurify account-code id. */
  accounts: ReadonlyMap<string, number>;
  /** NetSuite department internal id → Procurify department id. */
  departments: ReadonlyMap<string, number>;
}

export const NO_OVERRIDES: MappingOverrides = Object.freeze({ accounts: new Map(), departments: new Map() });
