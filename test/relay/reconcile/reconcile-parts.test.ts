import { describe, expect, it } from 'vitest';
import { netsuiteBillView, type ProcurifyBillView } from '../../../relay/src/reconcile/bill-views';
import { codeThroughMapping } from '../../../relay/src/reconcile/coding';
import { matchBills } from '../../../relay/src/reconcile/match-bills';
import { groupedCents, moneyText } from '../../../relay/src/reconcile/money-text';
import { chooseSubsidiary } from '../../../relay/src/reconcile/subsidiary-choice';
import { accountTotals, currencyTotals } from '../../../relay/src/reconcile/totals';
import { ACCOUNT_ID, bill, expense, GL, overrides, references } from '../sync/mapping/fixtures';

// The reconciliation's pure parts: money as people read it, subsidiaries by name, NetSuite lines
// coded through the mapping, and bills skipped on purpose kept out of the differences and totals.

const NO_PARTNER = { relayRecord: () => undefined, procurifyVendorId: () => undefined };

function procurifyBill(lines: ProcurifyBillView['lines'], fields: Partial<ProcurifyBillView> = {}): ProcurifyBillView {
  return {
    uuid: 'b-1',
    invoiceNumber: 'GLS-88213',
    vendorId: 7,
    vendorName: 'Great Lakes Steel Ltd.',
    date: '2026-11-10',
    currency: 'CAD',
    exported: false,
    note: '',
    status: 1,
    cents: lines.reduce((sum, line) => sum + line.cents, 0),
    lines,
    ...fields,
  };
}

describe('reconciliation parts', () => {
  it('writes amounts with thousands separators, two decimals and the currency', () => {
    expect(groupedCents(123456789)).toBe('1,234,567.89');
    expect(groupedCents(100000)).toBe('1,000.00');
    expect(groupedCents(99999)).toBe('999.99');
    expect(groupedCents(-5)).toBe('-0.05');
    expect(groupedCents(-1234500)).toBe('-12,345.00');
    expect(moneyText(5000, 'CAD', { signed: true })).toBe('+50.00 CAD');
    expect(moneyText(-5000, 'CAD', { signed: true })).toBe('-50.00 CAD');
  });

  it('chooses a subsidiary by id or by name, and lists the valid names otherwise', () => {
    const known = [
      { id: '1', name: 'Northwind Fabrication Ltd.' },
      { id: '3', name: 'Northwind US Inc.' },
    ];
    expect(chooseSubsidiary('3', known)).toEqual({ ok: true, subsidiary: known[1] });
    expect(chooseSubsidiary('  northwind   fabrication LTD. ', known)).toEqual({ ok: true, subsidiary: known[0] });
    expect(chooseSubsidiary('Canada', known)).toEqual({
      ok: false,
      problem: 'No subsidiary "Canada". Valid subsidiaries: "Northwind Fabrication Ltd." (1), "Northwind US Inc." (3).',
    });
    // Nothing known (no OneWorld, or no refresh yet): an id is taken as given, a name cannot be.
    expect(chooseSubsidiary('7', [])).toMatchObject({ ok: true, subsidiary: { id: '7' } });
    expect(chooseSubsidiary('Canada', [])).toMatchObject({ ok: false });
  });

  it('compares a hand-mapped GL account under the Procurify code it was written with', () => {
    const snapshot = bill({
      expenses: [expense(1, { account: GL.tooling, amount: '1200.00' }), expense(2, { amount: '300.00' })],
    });
    const context = { refs: references(), overrides: overrides([[GL.tooling.id, 45]]), accountId: ACCOUNT_ID };
    const view = codeThroughMapping(netsuiteBillView(snapshot), context);
    expect(
      view.lines.map(({ glAccount, department, netsuiteCoding }) => ({ glAccount, department, netsuiteCoding })),
    ).toEqual([
      // 5300 mapped by hand to 7000; Hamilton Plant matched to Procurify's "Hamilton" by external id.
      { glAccount: '7000', department: 'Hamilton', netsuiteCoding: '5300 × Hamilton Plant' },
      { glAccount: '5010', department: 'Hamilton', netsuiteCoding: '5010 × Hamilton Plant' },
    ]);
    const procurify = procurifyBill([
      { glAccount: '7000', department: 'Hamilton', cents: 120000 },
      { glAccount: '5010', department: 'Hamilton', cents: 30000 },
    ]);
    const comparisons = matchBills([view], [procurify], {
      relayRecord: () => ({ status: 'synced', procurifyId: 'b-1', message: null }),
      procurifyVendorId: () => 7,
    });
    const rows = accountTotals(comparisons);
    expect(rows.map((row) => [row.glAccount, row.differenceCents, row.netsuiteCoding])).toEqual([
      ['5010', 0, ['5010 × Hamilton Plant']],
      ['7000', 0, ['5300 × Hamilton Plant']],
    ]);
  });

  it('keeps bills not approved in NetSuite apart: not only in NetSuite, not in the totals', () => {
    const rejected = netsuiteBillView(bill({ id: '1129', approvalStatus: 'rejected' }));
    const pending = netsuiteBillView(bill({ id: '1200', approvalStatus: 'pending' }));
    const held = netsuiteBillView(bill({ id: '1002' }));
    const comparisons = matchBills([rejected, pending, held], [], NO_PARTNER);
    expect(comparisons.map((c) => [c.netsuite?.id, c.classification, c.skipReason])).toEqual([
      ['1129', 'skipped', 'Rejected in NetSuite; rejected bills are not sent to Procurify.'],
      ['1200', 'skipped', 'Pending approval in NetSuite; it syncs once approved.'],
      ['1002', 'only_netsuite', undefined],
    ]);
    const [cad] = currencyTotals(comparisons);
    expect(cad).toMatchObject({
      netsuiteCents: held.cents,
      skipped: { bills: 2, netsuiteCents: rejected.cents + pending.cents },
    });
    expect(accountTotals(comparisons).reduce((sum, row) => sum + row.netsuiteCents, 0)).toBe(held.cents);
  });
});
