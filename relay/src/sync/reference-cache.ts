import { loadReference } from '../store/reference';
import { listOverrides } from '../store/mapping-overrides';
import type { Database } from '../store/database';
import type {
  MappingOverrides,
  NetsuiteAccount,
  NetsuiteDepartment,
  ProcurifyAccount,
  ProcurifyAccountCode,
  ProcurifyCurrency,
  ProcurifyDepartment,
  ReferenceData,
} from './mapping';

export interface MappingContext {
  refs: ReferenceData;
  overrides: MappingOverrides;
  /** Manual vendor links: NetSuite vendor id → Procurify vendor id. */
  vendorLinks: ReadonlyMap<string, number>;
}

/**
 * The cached reference data and overrides the jobs map with, read from the database once and
 * kept until a refresh or a mapping change invalidates it (in this process; other processes
 * reload after `maxAgeMs`).
 */
export function createReferenceCache(database: Database, options: { maxAgeMs?: number } = {}) {
  const now = () => database.clock.now();
  const maxAgeMs = options.maxAgeMs ?? 30_000;
  let cached: { at: number; value: Promise<MappingContext> } | undefined;

  async function load(): Promise<MappingContext> {
    const db = database.db;
    const [
      accountCodes,
      departments,
      accounts,
      currencies,
      netsuiteAccounts,
      netsuiteDepartments,
      accountPairs,
      departmentPairs,
    ] = await Promise.all([
      loadReference<ProcurifyAccountCode>(db, 'procurify', 'account_code'),
      loadReference<ProcurifyDepartment>(db, 'procurify', 'department'),
      loadReference<ProcurifyAccount>(db, 'procurify', 'account'),
      loadReference<ProcurifyCurrency>(db, 'procurify', 'currency'),
      loadReference<NetsuiteAccount>(db, 'netsuite', 'account'),
      loadReference<NetsuiteDepartment>(db, 'netsuite', 'department'),
      listOverrides(db, 'accounts'),
      listOverrides(db, 'departments'),
    ]);
    const vendorPairs = await listOverrides(db, 'vendors');
    return {
      refs: { accountCodes, departments, accounts, currencies, netsuiteAccounts, netsuiteDepartments },
      overrides: {
        accounts: new Map(accountPairs.map((pair) => [pair.netsuiteId, Number(pair.procurifyId)])),
        departments: new Map(departmentPairs.map((pair) => [pair.netsuiteId, Number(pair.procurifyId)])),
      },
      vendorLinks: new Map(vendorPairs.map((pair) => [pair.netsuiteId, Number(pair.procurifyId)])),
    };
  }

  return {
    get(): Promise<MappingContext> {
      if (!cached || now() - cached.at > maxAgeMs) {
        const value = load();
        cached = { at: now(), value };
        value.catch(() => (cached = undefined));
      }
      return cached.value;
    },
    invalidate(): void {
      cached = undefined;
    },
  };
}

export type ReferenceCache = ReturnType<typeof createReferenceCache>;
