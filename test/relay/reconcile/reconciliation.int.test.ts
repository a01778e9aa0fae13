import { describe, expect, it } from 'vitest';
import { SCENARIO_CASES } from '../../../simulators/scenario/three-plants';
import type { BillComparison, ReconciliationReport } from '../../../relay/src/reconcile';
import { paidText } from '../../../relay/src/reconcile/report-rows';
import { centsFromReadBack, parseCents } from '../../../relay/src/sync/mapping/money';
import { billSnapshot, envelope, vendorSnapshot } from '../../helpers/snapshots';
import { startStack, type Stack } from '../../helpers/stack';

// One month (November 2026) built on purpose in both simulators: synced, linked, unmapped, skipped,
// failed, never-seen, amount-mismatched, hand-mapped and Procurify-only bills, and a vendor renamed
// in Procurify.

const FAILED_BILL = '1158';
const NEVER_SENT_BILL = '1121';
const PROCURIFY_ONLY = { uuid: '5b0c8f5e-1f7a-4c1e-9f51-6a8a2d1e0b99', invoiceNumber: 'OD-990001' };

async function send(stack: Stack, type: 'vendor' | 'vendorbill', ids: string[]) {
  const snapshot = type === 'vendor' ? vendorSnapshot : billSnapshot;
  await stack.sendEvents(ids.map((id) => envelope(type, snapshot(id) as never)));
}

async function buildMonth(stack: Stack) {
  const c = SCENARIO_CASES;
  await send(stack, 'vendor', ['201', '217', '218', '203', '207', '232']);
  for (const id of ['201', '217', '218', '203', '207', '232']) await stack.waitFor('vendor', id, ['synced']);
  // 5300 Tooling & Dies has no Procurify account code: mapped by hand to 5500, so its bill syncs.
  const tooling = stack.scenario.accounts.find((account) => account.number === '5300')!;
  const repairs = stack.procurify.control.state().accountCodes.find((code) => code.code === '5500')!;
  await stack.admin('/v1/mappings/accounts', {
    method: 'PUT',
    body: [{ netsuiteId: tooling.id, procurifyId: repairs.id }],
  });
  await send(stack, 'vendorbill', [
    c.billTwoLines,
    c.billExpenseAndItems,
    c.billUnmappedAccount,
    c.billUnmappedDepartment,
    c.billPendingApproval,
    c.billAlreadyInProcurify,
  ]);
  await stack.waitFor('vendorbill', c.billTwoLines, ['synced']);
  await stack.waitFor('vendorbill', c.billExpenseAndItems, ['synced']);
  await stack.waitFor('vendorbill', c.billUnmappedAccount, ['synced']);
  await stack.waitFor('vendorbill', c.billUnmappedDepartment, ['needs_mapping']);
  await stack.waitFor('vendorbill', c.billPendingApproval, ['skipped']);
  await stack.waitFor('vendorbill', c.billAlreadyInProcurify, ['linked']);

  // Procurify refuses bill writes for a while: this one fails for good (bill_write_unsupported).
  stack.procurify.control.updateSettings({ billWriteEnabled: false });
  await send(stack, 'vendorbill', [FAILED_BILL]);
  await stack.waitFor('vendorbill', FAILED_BILL, ['failed']);
  stack.procurify.control.updateSettings({ billWriteEnabled: true });

  // Someone edits the synced bill's first line in Procurify: 4250.00 → 4200.00.
  const synced = await stack.waitFor('vendorbill', c.billTwoLines, ['synced']);
  const state = stack.procurify.control.state();
  const bill = state.bills.find((candidate) => candidate.uuid === synced.procurifyId)!;
  const item = state.items.filter((candidate) => candidate.billId === bill.id)[0]!;
  item.allocations[0]!.amount = '4200.00000000';

  const freight = state.accounts.find(
    (a) => a.accountCodeId === state.accountCodes.find((ac) => ac.code === '5100')!.id,
  )!;
  stack.procurify.control.addBill({
    uuid: PROCURIFY_ONLY.uuid,
    vendorId: 3,
    invoiceNumber: PROCURIFY_ONLY.invoiceNumber,
    invoiceDate: '2026-11-20',
    dueDate: '2026-12-20',
    currencyId: 3,
    lines: [{ description: 'Toner', accountId: freight.id, amount: '88.10' }],
  });
  // A payment in NetSuite pays the matched bill in full; Procurify does not show it paid (not approved there).
  const paid = stack.netsuite.store.peek('vendorbill', c.billExpenseAndItems)!;
  stack.netsuite.control.createRecord(
    'vendorpayment',
    {
      tranid: 'PMT-NOV-1',
      entity: paid.fields.entity ?? null,
      trandate: '2026-11-28',
      currency: paid.fields.currency ?? null,
    },
    {
      apply: [
        { line: 1, doc: c.billExpenseAndItems, apply: true, amount: Number(billSnapshot(c.billExpenseAndItems).total) },
      ],
    },
  );

  // Vendor drift: renamed by hand in Procurify.
  const vendor = await stack.waitFor('vendor', '201', ['synced']);
  state.vendors.find((candidate) => String(candidate.id) === vendor.procurifyId)!.name = 'Great Lakes Steel (old name)';
}

function billOf(report: ReconciliationReport, netsuiteId: string): BillComparison {
  const found = report.bills.find((bill) => bill.netsuite?.id === netsuiteId);
  if (!found) throw new Error(`bill ${netsuiteId} is not in the report`);
  return found;
}

describe('month-end reconciliation against the simulators', () => {
  it('classifies every bill of the month and its totals add up to both systems', async () => {
    const stack = await startStack();
    await buildMonth(stack);
    const { status, body: report } = await stack.admin<ReconciliationReport>('/v1/reconciliation?period=2026-11');
    expect(status).toBe(200);
    const c = SCENARIO_CASES;

    expect(billOf(report, c.billTwoLines)).toMatchObject({ classification: 'amount_differs', differenceCents: -5000 });
    expect(billOf(report, c.billExpenseAndItems).classification).toBe('matched');
    // Paid status: a column per bill, and a list of the bills it differs for.
    expect(billOf(report, c.billTwoLines).paymentDrift).toBeUndefined();
    // (The scenario's weekly payment runs paid other bills in NetSuite too; Procurify has not approved them.)
    expect(report.paymentDrift.filter((entry) => entry.netsuiteId === c.billExpenseAndItems)).toEqual([
      expect.objectContaining({
        netsuiteId: c.billExpenseAndItems,
        message: expect.stringContaining(
          'Paid in full in NetSuite on 2026-11-28, but Procurify marks only approved bills',
        ),
      }),
    ]);
    expect(paidText(billOf(report, c.billExpenseAndItems))).toBe('NetSuite paid, Procurify unpaid');
    expect(paidText(billOf(report, c.billTwoLines))).toBe('NetSuite unpaid, Procurify unpaid');
    expect(billOf(report, c.billAlreadyInProcurify)).toMatchObject({
      classification: 'matched',
      relay: { status: 'linked' },
    });
    expect(billOf(report, c.billUnmappedDepartment)).toMatchObject({
      classification: 'only_netsuite',
      reason: 'needs_mapping',
    });
    // Skipped on purpose: apart from the differences, whether the relay saw the bill or not.
    expect(billOf(report, c.billPendingApproval)).toMatchObject({
      classification: 'skipped',
      reason: 'skipped',
      skipReason: expect.stringContaining('Pending approval in NetSuite'),
    });
    const notApproved = stack.scenario.bills.filter(
      (bill) => bill.tranDate.startsWith('2026-11') && ['pending', 'rejected'].includes(bill.approvalStatus ?? ''),
    );
    expect(notApproved.length).toBeGreaterThan(1);
    expect(report.counts.skipped).toBe(notApproved.length);
    for (const bill of notApproved) expect(billOf(report, bill.id).classification).toBe('skipped');
    // Hand-mapped: compared through the mapping, so no 5300 row (NetSuite) against a 5500 row (Procurify).
    expect(billOf(report, c.billUnmappedAccount).classification).toBe('matched');
    expect(report.byAccount.some((row) => row.glAccount === '5300')).toBe(false);
    expect(report.byAccount.find((row) => row.netsuiteCoding?.includes('5300 × Hamilton Plant'))).toMatchObject({
      glAccount: '5500',
      department: 'Hamilton Plant',
    });
    expect(billOf(report, FAILED_BILL)).toMatchObject({ classification: 'only_netsuite', reason: 'failed' });
    expect(billOf(report, NEVER_SENT_BILL)).toMatchObject({ classification: 'only_netsuite', reason: 'never_seen' });
    const procurifyOnly = report.bills.filter((bill) => bill.classification === 'only_procurify');
    expect(procurifyOnly.map((bill) => [bill.procurify?.invoiceNumber, bill.origin])).toEqual([
      [PROCURIFY_ONLY.invoiceNumber, 'created_in_procurify'],
    ]);

    // Both systems' totals, computed straight from the simulators' data.
    const novemberCad = stack.scenario.bills.filter(
      (bill) => bill.tranDate.startsWith('2026-11') && bill.currencyId === '3',
    );
    const linesCents = (bills: typeof novemberCad) =>
      bills.flatMap((bill) => bill.lines).reduce((sum, line) => sum + parseCents(line.amount), 0);
    const netsuiteCents = linesCents(novemberCad.filter((bill) => !notApproved.includes(bill)));
    const procurifyCents = stack.procurify.control
      .snapshot()
      .bills.filter((bill) => bill.invoice_date?.startsWith('2026-11'))
      .flatMap((bill) => bill.items.flatMap((item) => item.cost_allocations))
      .reduce((sum, allocation) => sum + centsFromReadBack(allocation.amount), 0);
    const cad = report.totals.find((total) => total.currency === 'CAD')!;
    expect(cad).toMatchObject({ netsuiteCents, procurifyCents });
    expect(cad.skipped).toEqual({
      bills: notApproved.length,
      netsuiteCents: linesCents(novemberCad.filter((bill) => notApproved.includes(bill))),
    });
    const parts = Object.values(cad.byClassification);
    expect(parts.reduce((sum, part) => sum + part.netsuiteCents, 0)).toBe(netsuiteCents);
    expect(parts.reduce((sum, part) => sum + part.procurifyCents, 0)).toBe(procurifyCents);
    const accounts = report.byAccount.filter((row) => row.currency === 'CAD');
    expect(accounts.reduce((sum, row) => sum + row.netsuiteCents, 0)).toBe(netsuiteCents);
    expect(accounts.reduce((sum, row) => sum + row.procurifyCents, 0)).toBe(procurifyCents);
    expect(accounts.find((row) => row.glAccount === '5010' && row.department === 'Hamilton Plant')).toMatchObject({
      differenceCents: -5000,
    });

    expect(report.vendors.find((vendor) => vendor.netsuiteId === '201')).toMatchObject({
      issue: 'different',
      differences: [{ field: 'name', procurify: 'Great Lakes Steel (old name)' }],
    });
    expect(report.vendors.find((vendor) => vendor.netsuiteId === '205')).toMatchObject({ issue: 'missing' });
    expect(report.vendors.some((vendor) => vendor.netsuiteId === '203')).toBe(false);

    // The subsidiary by name, as a person writes it.
    const byName = await stack.admin<ReconciliationReport>(
      `/v1/reconciliation?period=2026-11&subsidiary=${encodeURIComponent(' northwind  FABRICATION ltd. ')}`,
    );
    expect(byName.status).toBe(200);
    expect(byName.body.subsidiary).toEqual({ id: '1', name: 'Northwind Fabrication Ltd.' });
    // Every NetSuite bill is the one subsidiary's (the Procurify-only bill's vendor is no subsidiary's).
    expect(byName.body.counts).toEqual({ ...report.counts, only_procurify: 0 });
  }, 90_000);

  it('refuses a period it cannot read, saying how to write one', async () => {
    const stack = await startStack();
    const { status, body } = await stack.admin<{ error: { code: string; message: string } }>(
      '/v1/reconciliation?period=2026-13',
    );
    expect(status).toBe(400);
    expect(body.error.message).toContain('no month 13');
    // The relay reads NetSuite's subsidiaries in its first reference refresh, which runs as it starts.
    await expect
      .poll(async () => (await stack.admin<{ subsidiaries: unknown[] }>('/v1/reconciliation/subsidiaries')).body, {
        timeout: 20_000,
        interval: 100,
      })
      .toEqual({ subsidiaries: [{ id: '1', name: 'Northwind Fabrication Ltd.' }] });
    const unknown = await stack.admin<{ error: { code: string; message: string } }>(
      '/v1/reconciliation?period=2026-11&subsidiary=Canada',
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe(
      'No subsidiary "Canada". Valid subsidiaries: "Northwind Fabrication Ltd." (1).',
    );
  }, 60_000);
});
