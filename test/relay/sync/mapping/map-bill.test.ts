import { describe, expect, it } from 'vitest';
import { billApproval, mapBill, type BillMappingContext } from '../../../../relay/src/sync/mapping';
import { ACCOUNT_ID, bill, DEPT, expense, GL, item, overrides, references } from './fixtures';

const refs = references();
const context: BillMappingContext = { accountId: ACCOUNT_ID, vendorId: 1067 };

describe('mapBill', () => {
  it('builds the bill-write input of an approved bill whose lines all map', () => {
    const result = mapBill(bill({ memo: 'October steel' }), refs, overrides(), context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.input).toEqual({
      netsuiteBillId: '1001',
      vendorId: 1067,
      invoiceNumber: 'GLS-88213',
      invoiceDate: '2026-11-10',
      dueDate: '2026-12-10',
      currencyId: 4,
      paymentTerms: 'Net 30',
      memo: 'October steel',
      note: 'NetSuite vendor bill 1001 (GLS-88213)\nMemo: October steel',
      lines: [
        {
          line: 1,
          kind: 'expense',
          description: 'Steel stock, October',
          accountId: 94,
          amount: '4250.00',
          amountCents: 425000,
        },
        { line: 2, kind: 'expense', description: 'Freight in', accountId: 95, amount: '380.50', amountCents: 38050 },
      ],
      total: '4630.50',
      totalCents: 463050,
    });
    expect(result.warnings).toEqual([]);
  });

  it('names the purchase orders in the note', () => {
    const snapshot = bill({
      purchaseOrders: [
        { id: '900', tranId: 'PO1001' },
        { id: '901', tranId: ' PO1002 ' },
      ],
    });
    const result = mapBill(snapshot, refs, overrides(), context);
    expect(result.ok && result.input.note).toBe(
      'NetSuite vendor bill 1001 (GLS-88213)\nPurchase orders: PO1001, PO1002',
    );
  });

  it('trims the invoice number and sends no payment terms when the bill has none', () => {
    const result = mapBill(bill({ tranId: '  GLS-1  ', terms: null }), refs, overrides(), context);
    expect(result.ok && [result.input.invoiceNumber, result.input.paymentTerms]).toEqual(['GLS-1', '']);
  });

  it('gives a bill without a reference number a stable invoice number, and says so', () => {
    const result = mapBill(bill({ tranId: ' ' }), refs, overrides(), context);
    expect(result.ok && result.input.invoiceNumber).toBe('NS-1001');
    expect(result.ok && result.warnings).toEqual([expect.stringMatching(/no reference number.*NS-1001/)]);
  });

  it('warns when the lines do not add up to the NetSuite total', () => {
    const result = mapBill(bill({ total: '4900.00' }), refs, overrides(), context);
    expect(result.ok && result.warnings).toEqual([
      'The lines add up to 4630.50 but the NetSuite total is 4900.00 (tax or other charges are not sent).',
    ]);
  });

  it('totals expense and item lines, credits included, to the cent', () => {
    const snapshot = bill({
      total: '99.96',
      expenses: [expense(1, { amount: '100.01' })],
      items: [item(1, { amount: '10.00' }), item(2, { amount: '-10.05' })],
    });
    const result = mapBill(snapshot, refs, overrides(), context);
    expect(result.ok && [result.input.total, result.input.totalCents, result.warnings]).toEqual(['99.96', 9996, []]);
  });

  it.each([
    [
      'a vendor not yet in Procurify',
      bill(),
      { ...context, vendorId: null },
      'vendor_not_synced',
      /vendor "Great Lakes Steel Ltd\." \(NetSuite id 201\) is not in Procurify yet/,
    ],
    [
      'a currency Procurify does not have',
      bill({ currency: { id: '2', code: 'GBP' } }),
      context,
      'unmapped_currency',
      /GBP/,
    ],
    [
      'an invoice number over 50 characters',
      bill({ tranId: 'N'.repeat(51) }),
      context,
      'name_too_long',
      /51 characters; Procurify allows 50/,
    ],
    [
      'a line that does not map',
      bill({ expenses: [expense(1, { account: GL.tooling })] }),
      context,
      'unmapped_gl_account',
      /^Line 1 \(expense\)/,
    ],
  ])('does not build a bill with %s', (_case, snapshot, ctx, code, message) => {
    const result = mapBill(snapshot, refs, overrides(), ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([expect.objectContaining({ code, message: expect.stringMatching(message) })]);
  });

  it('keeps the mapped lines of a bill stopped only by its vendor', () => {
    const result = mapBill(bill(), refs, overrides(), { ...context, vendorId: null });
    expect(result.ok).toBe(false);
    expect(result.lines.map((line) => line.accountId)).toEqual([94, 95]);
  });

  it('lists the vendor, currency and every line problem together', () => {
    const snapshot = bill({
      currency: { id: '2', code: 'GBP' },
      expenses: [expense(1, { account: GL.tooling }), expense(2, { department: DEPT.research })],
    });
    const result = mapBill(snapshot, refs, overrides(), { ...context, vendorId: null });
    expect(!result.ok && result.issues.map((issue) => issue.code)).toEqual([
      'vendor_not_synced',
      'unmapped_currency',
      'unmapped_gl_account',
      'unmapped_department',
    ]);
  });
});

describe('billApproval', () => {
  it.each([
    ['approved', 'approved'],
    ['without approval routing', null],
  ] as const)('syncs a bill that is %s', (_case, approvalStatus) => {
    expect(billApproval(bill({ approvalStatus }))).toEqual({ sync: true });
  });

  it.each([
    ['pending', 'Bill GLS-88213 is pending approval in NetSuite; it will sync once it is approved.'],
    ['rejected', 'Bill GLS-88213 was rejected in NetSuite; rejected bills are not sent to Procurify.'],
  ] as const)('skips a %s bill and says why in plain words', (approvalStatus, reason) => {
    expect(billApproval(bill({ approvalStatus }))).toEqual({ sync: false, reason });
  });
});
