import { describe, expect, it } from 'vitest';
import {
  gapKey,
  mapBill,
  mappingGaps,
  NO_OVERRIDES,
  resolveMappingRow,
  type ReferenceData,
} from '../../../../relay/src/sync/mapping';
import { SCENARIO_CASES, threePlants } from '../../../../simulators/scenario/three-plants';
import { billSnapshot } from '../../../helpers/snapshots';

// Manual mapping rows by code, name or id, and the gaps the waiting records' issues name.

const scenario = threePlants();
const refs: ReferenceData = {
  accountCodes: scenario.procurify.accountCodes,
  departments: scenario.procurify.departments,
  accounts: scenario.procurify.accounts,
  currencies: scenario.procurify.currencies,
  netsuiteAccounts: scenario.accounts.map((account) => ({ ...account, fullName: account.name })),
  netsuiteDepartments: scenario.departments.map((department) => ({ ...department, fullName: department.name })),
};
const tooling = scenario.accounts.find((account) => account.number === '5300')!;
const repairs = scenario.procurify.accountCodes.find((code) => code.code === '5500')!;

describe('resolveMappingRow', () => {
  it.each([
    [{ netsuite: '5300', procurify: '5500' }],
    [{ netsuite: ' 5300   tooling & dies ', procurify: '5500 Equipment Repairs' }],
    [{ netsuiteId: tooling.id, procurifyId: String(repairs.id) }],
    [{ netsuiteId: tooling.id, netsuite: '5300 Tooling & Dies', procurify: '5500', procurifyId: String(repairs.id) }],
  ])('takes codes, names or ids: %j', (row) => {
    expect(resolveMappingRow({ kind: 'accounts', ...row }, refs)).toEqual({
      ok: true,
      netsuiteId: tooling.id,
      procurifyId: String(repairs.id),
    });
  });

  it.each([
    [{ netsuiteId: '99999', procurify: '5500' }, 'NetSuite has no GL account with internal id 99999'],
    [{ netsuite: '5300', procurify: '7777' }, 'Procurify has no account code "7777"'],
    [{ netsuite: '5300', procurifyId: 'x29' }, 'the Procurify id "x29" is not an internal id (digits only)'],
    [
      { netsuiteId: tooling.id, netsuite: '5100', procurify: '5500' },
      `NetSuite id ${tooling.id} is GL account "5300 Tooling & Dies", but the name says "5100"; keep one of them`,
    ],
    [{ procurify: '5500' }, 'name the NetSuite GL account (its id, number or name)'],
  ])('refuses %j with the reason', (row, reason) => {
    expect(resolveMappingRow({ kind: 'accounts', ...row }, refs)).toMatchObject({ ok: false, reason });
  });

  it('maps departments by name, and empty Procurify values remove a mapping', () => {
    expect(resolveMappingRow({ kind: 'departments', netsuite: 'Research & Development', procurify: '' }, refs)).toEqual(
      { ok: true, netsuiteId: '8', procurifyId: null },
    );
  });
});

describe('mappingGaps', () => {
  it('lists the gaps the waiting records name, with the records and the candidates', () => {
    const waiting = [SCENARIO_CASES.billNoProcurifyAccount, SCENARIO_CASES.billItemWithoutAccount].map((id) => {
      const result = mapBill(billSnapshot(id), refs, NO_OVERRIDES, { accountId: scenario.accountId, vendorId: 1 });
      return { recordType: 'vendorbill', recordId: id, issues: result.ok ? [] : result.issues };
    });
    const gaps = mappingGaps(waiting, refs, NO_OVERRIDES, scenario.accountId);
    const keys = waiting.flatMap((record) => record.issues.map(gapKey));
    expect(keys.every((key) => gaps.some((gap) => gap.key === key && gap.waiting.length === 1))).toBe(true);
    const pair = gaps.find((gap) => gap.kind === 'pairs')!;
    expect(pair.waiting).toEqual([{ recordType: 'vendorbill', recordId: SCENARIO_CASES.billNoProcurifyAccount }]);
    expect(pair.candidates.map((candidate) => candidate.label)).not.toContain('6100 Software Subscriptions');
    expect(gaps.find((gap) => gap.kind === 'items')?.message).toContain("Set the item's expense account");
    // Gaps holding records back come first; then what would not map from the reference data alone.
    expect(gaps.slice(0, 2).every((gap) => gap.waiting.length === 1)).toBe(true);
    expect(gaps.some((gap) => gap.key === `accounts-${tooling.id}` && gap.waiting.length === 0)).toBe(true);
  });
});
