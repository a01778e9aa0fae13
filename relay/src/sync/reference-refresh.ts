import { listAccountCodes, listAccounts, listCurrencies, listDepartments, type ProcurifyClient } from '../procurify';
import type { NetSuiteClient } from '../netsuite';
import { accountFeatures } from '../netsuite/features';
import type { Database } from '../store/database';
import { replaceReference } from '../store/reference';
import type {
  NetsuiteAccount,
  NetsuiteDepartment,
  ProcurifyAccount,
  ProcurifyAccountCode,
  ProcurifyCurrency,
  ProcurifyDepartment,
} from './mapping';
import { suiteqlAll } from '../netsuite/suiteql-all';

// Reference refresh: what both systems hold now, in the neutral shapes the mapping reads.

export interface RefreshResult {
  /** Items per list, e.g. { account_code: 42, department: 7 }. */
  counts: Record<string, number>;
  /** Whether anything differs from what was cached before. */
  changed: boolean;
}

/** Procurify's reference lists, by the name they are cached under. */
export type ProcurifyList = 'account_code' | 'department' | 'account' | 'currency';

export const PROCURIFY_LISTS: readonly ProcurifyList[] = ['account_code', 'department', 'account', 'currency'];

/** Each list read from Procurify, in the neutral shape the mapping reads. */
const READ_PROCURIFY_LIST: Record<ProcurifyList, (client: ProcurifyClient) => Promise<{ id: number }[]>> = {
  account_code: async (client) =>
    (await listAccountCodes(client)).map((code): ProcurifyAccountCode => ({
      id: code.id,
      code: code.code,
      description: code.description,
      active: code.active ?? true,
    })),
  department: async (client) =>
    (await listDepartments(client)).map((department): ProcurifyDepartment => ({
      id: department.id,
      name: department.name,
      externalId: department.external_id ?? null,
      active: department.active ?? true,
      locationId: department.branch.id,
    })),
  account: async (client) =>
    (await listAccounts(client)).map((account): ProcurifyAccount => ({
      id: account.id,
      accountCodeId: account.account_code.id,
      departmentId: account.department.id,
      active: account.active ?? true,
    })),
  currency: async (client) =>
    (await listCurrencies(client)).map((currency): ProcurifyCurrency => ({
      id: currency.id,
      name: currency.name,
      active: currency.active ?? true,
    })),
};

/** Reads Procurify's reference lists (all of them, or only those given: a replay's targeted refresh). */
export async function refreshProcurifyReference(
  client: ProcurifyClient,
  database: Database,
  actor: string,
  only: readonly ProcurifyList[] = PROCURIFY_LISTS,
): Promise<RefreshResult> {
  const read = await Promise.all(only.map((kind) => READ_PROCURIFY_LIST[kind](client)));
  const lists = Object.fromEntries(only.map((kind, index) => [kind, read[index]!]));
  const counts = Object.fromEntries(Object.entries(lists).map(([kind, items]) => [kind, items.length]));
  const changed = await replaceReference(database, 'procurify', lists, {
    audit: { action: 'reference_refreshed', actor, detail: { system: 'procurify', counts } },
  });
  return { counts, changed };
}

const yes = (value: unknown) => value === 'T' || value === true || value === 'true';
const text = (value: unknown) => (value === undefined || value === null ? null : String(value));

export async function refreshNetSuiteReference(
  client: NetSuiteClient,
  database: Database,
  actor: string,
): Promise<RefreshResult> {
  const accounts = await suiteqlAll(
    client,
    'SELECT id, acctnumber, accountsearchdisplaynamecopy AS acctname, fullname, accttype, isinactive FROM account ORDER BY id',
  );
  // A list whose feature the account lacks does not exist there: it is empty, and not asked for.
  const features = await accountFeatures(client);
  const when = (on: boolean, query: string) => (on ? suiteqlAll(client, query) : Promise.resolve([]));
  const departments = await when(
    features.departments,
    'SELECT id, name, fullname, isinactive FROM department ORDER BY id',
  );
  const subsidiaries = await when(
    features.oneWorld,
    `SELECT id, name, ${features.multiCurrency ? 'currency, ' : ''}country FROM subsidiary ORDER BY id`,
  );
  const terms = await suiteqlAll(client, 'SELECT id, name, daysuntilnetdue FROM term ORDER BY id');
  const currencies = await when(features.multiCurrency, 'SELECT id, symbol, name FROM currency ORDER BY id');
  const lists = {
    account: accounts.map((row): NetsuiteAccount => ({
      id: String(row.id),
      number: text(row.acctnumber),
      name: String(row.acctname ?? row.fullname ?? ''),
      fullName: String(row.fullname ?? row.acctname ?? ''),
      isInactive: yes(row.isinactive),
      type: text(row.accttype) ?? undefined,
    })),
    department: departments.map((row): NetsuiteDepartment => ({
      id: String(row.id),
      name: String(row.name ?? ''),
      fullName: String(row.fullname ?? row.name ?? ''),
      isInactive: yes(row.isinactive),
    })),
    subsidiary: subsidiaries.map((row) => ({
      id: String(row.id),
      name: text(row.name),
      currency: text(row.currency),
      country: text(row.country),
    })),
    term: terms.map((row) => ({ id: String(row.id), name: text(row.name), days: text(row.daysuntilnetdue) })),
    currency: currencies.map((row) => ({ id: String(row.id), code: text(row.symbol), name: text(row.name) })),
  };
  const counts = Object.fromEntries(Object.entries(lists).map(([kind, items]) => [kind, items.length]));
  const changed = await replaceReference(database, 'netsuite', lists, {
    audit: { action: 'reference_refreshed', actor, detail: { system: 'netsuite', counts } },
  });
  return { counts, changed };
}
