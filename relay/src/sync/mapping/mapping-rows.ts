// Manual mappings in the codes and names people know (NetSuite account number or name, Procurify
// account code, department names), or by internal id: each row resolved against the reference data,
// or refused with the reason. The Mappings page, `PUT /v1/mappings/{kind}` and CSV import all go
// through here, so an id NetSuite does not have (a mistyped 99999) is refused the same way everywhere.
import type { ReferenceData } from './reference-data';
import { nameKey } from './reference-index';
import { NO_DEPARTMENT } from './resolve-department';

export type RowKind = 'accounts' | 'departments' | 'vendors';

export interface MappingRowInput {
  kind: RowKind;
  /** NetSuite internal id. */
  netsuiteId?: string | null;
  /** NetSuite account number, `number name`, name or full name; or a department's (full) name. */
  netsuite?: string | null;
  /** Procurify internal id. */
  procurifyId?: string | null;
  /** Procurify account code, or `code description`; or a department's name. */
  procurify?: string | null;
}

export type RowResolution =
  | { ok: true; netsuiteId: string; procurifyId: string | null }
  | { ok: false; side: 'netsuite' | 'procurify'; reason: string };

interface Named {
  id: string;
  /** Normalised names the item answers to. */
  keys: string[];
  label: string;
  active: boolean;
}

const WHAT = {
  accounts: { netsuite: 'GL account', procurify: 'account code' },
  departments: { netsuite: 'department', procurify: 'department' },
  vendors: { netsuite: 'vendor', procurify: 'vendor' },
} as const;

function netsuiteItems(kind: RowKind, refs: ReferenceData): Named[] {
  if (kind === 'accounts') {
    return refs.netsuiteAccounts.map((account) => {
      const number = account.number?.trim() ?? '';
      const label = [number, account.fullName].filter(Boolean).join(' ');
      const keys = [number, label, `${number} ${account.name}`, account.fullName, account.name];
      return { id: account.id, keys: keys.filter(Boolean).map(nameKey), label, active: !account.isInactive };
    });
  }
  if (kind === 'departments') {
    const departments = refs.netsuiteDepartments.map((department) => ({
      id: department.id,
      keys: [department.fullName, department.name].map(nameKey),
      label: department.fullName,
      active: !department.isInactive,
    }));
    const none = { id: NO_DEPARTMENT.id, keys: [nameKey(NO_DEPARTMENT.name)], label: NO_DEPARTMENT.name, active: true };
    return [...departments, none];
  }
  return [];
}

function procurifyItems(kind: RowKind, refs: ReferenceData): Named[] {
  if (kind === 'accounts') {
    return refs.accountCodes.map((code) => {
      const label = `${code.code.trim()} ${code.description}`.trim();
      return { id: String(code.id), keys: [code.code, label].map(nameKey), label, active: code.active };
    });
  }
  if (kind === 'departments') {
    return refs.departments.map((department) => ({
      id: String(department.id),
      keys: [nameKey(department.name)],
      label: department.name,
      active: department.active,
    }));
  }
  return [];
}

/** The name beside an id, as the CSV export and the page show it; undefined when unknown. */
export function mappingLabel(kind: RowKind, side: 'netsuite' | 'procurify', id: string, refs: ReferenceData) {
  const items = side === 'netsuite' ? netsuiteItems(kind, refs) : procurifyItems(kind, refs);
  return items.find((item) => item.id === id)?.label;
}

type Pick = { ok: true; id: string | null } | { ok: false; reason: string };

function pick(
  items: Named[],
  what: string,
  system: 'NetSuite' | 'Procurify',
  id: string,
  text: string,
  requireActive: boolean,
): Pick {
  let byId: Named | undefined;
  if (id !== '') {
    if (!/^\d+$/.test(id)) return { ok: false, reason: `the ${system} id "${id}" is not an internal id (digits only)` };
    byId = items.find((item) => item.id === id);
    if (!byId) return { ok: false, reason: `${system} has no ${what} with internal id ${id}` };
  }
  let byName: Named | undefined;
  if (text !== '') {
    const key = nameKey(text);
    const matches = items.filter((item) => item.keys.includes(key));
    const active = matches.filter((item) => item.active);
    const found = active.length > 0 ? active : matches;
    if (found.length === 0) return { ok: false, reason: `${system} has no ${what} "${text}"` };
    if (found.length > 1) {
      const named = found.map((item) => `${item.label} (id ${item.id})`).join(', ');
      return { ok: false, reason: `"${text}" names ${found.length} ${system} ${what}s: ${named}; give the id` };
    }
    byName = found[0]!;
  }
  if (byId && byName && byId.id !== byName.id) {
    return {
      ok: false,
      reason: `${system} id ${id} is ${what} "${byId.label}", but the name says "${text}"; keep one of them`,
    };
  }
  const chosen = byId ?? byName;
  if (chosen && requireActive && !chosen.active) {
    return { ok: false, reason: `${system} ${what} "${chosen.label}" is inactive` };
  }
  return { ok: true, id: chosen?.id ?? null };
}

/**
 * One row → the NetSuite id and the Procurify id (null removes the mapping), or the reason it is
 * refused. Ids must exist in the reference data; names must name exactly one record. Vendors are
 * linked by id only (the relay keeps no list of Procurify vendors).
 */
export function resolveMappingRow(row: MappingRowInput, refs: ReferenceData): RowResolution {
  const netsuiteId = (row.netsuiteId ?? '').trim();
  const netsuiteText = (row.netsuite ?? '').trim();
  const procurifyId = (row.procurifyId ?? '').trim();
  const procurifyText = (row.procurify ?? '').trim();
  const what = WHAT[row.kind];

  if (row.kind === 'vendors') {
    if (!/^\d+$/.test(netsuiteId))
      return { ok: false, side: 'netsuite', reason: 'a vendor link needs the NetSuite vendor internal id' };
    if (procurifyId !== '' && !/^\d+$/.test(procurifyId)) {
      return {
        ok: false,
        side: 'procurify',
        reason: `the Procurify vendor id "${procurifyId}" is not an id (digits only)`,
      };
    }
    return { ok: true, netsuiteId, procurifyId: procurifyId || null };
  }

  if (netsuiteId === '' && netsuiteText === '') {
    return { ok: false, side: 'netsuite', reason: `name the NetSuite ${what.netsuite} (its id, number or name)` };
  }
  const netsuite = pick(netsuiteItems(row.kind, refs), what.netsuite, 'NetSuite', netsuiteId, netsuiteText, false);
  if (!netsuite.ok) return { ok: false, side: 'netsuite', reason: netsuite.reason };
  const procurify = pick(procurifyItems(row.kind, refs), what.procurify, 'Procurify', procurifyId, procurifyText, true);
  if (!procurify.ok) return { ok: false, side: 'procurify', reason: procurify.reason };
  return { ok: true, netsuiteId: netsuite.id!, procurifyId: procurify.id };
}
