import { describe, expect, it } from 'vitest';
import { compareBillReadBack, mapBill, type BillReadBack, type MappedBill } from '../../../../relay/src/sync/mapping';
import { ACCOUNT_ID, bill, overrides, references } from './fixtures';

function expected(): MappedBill {
  const result = mapBill(bill(), references(), overrides(), { accountId: ACCOUNT_ID, vendorId: 1067 });
  if (!result.ok) throw new Error('the fixture bill should map');
  return result.input;
}

/** Shaped like Procurify's `BillRead`: nested vendor and budget objects, 8-place decimals, a numeric total. */
function readBack(fields: Partial<BillReadBack> = {}): BillReadBack {
  return {
    vendor: { id: 1067 },
    invoice_number: 'GLS-88213',
    currency: { id: 4 },
    total_cost: 4630.5,
    items: [
      { archived: false, cost_allocations: [{ budget: { id: 94 }, amount: '4250.00000000' }] },
      { archived: false, cost_allocations: [{ budget: { id: 95 }, amount: '380.50000000' }] },
    ],
    ...fields,
  };
}

describe('compareBillReadBack', () => {
  it('finds no difference when Procurify holds what was written', () => {
    expect(compareBillReadBack(expected(), readBack())).toEqual([]);
  });

  it('accepts ids given as plain numbers and ignores archived items', () => {
    const items = [
      { cost_allocations: [{ budget: 94, amount: 4250 }] },
      { archived: true, cost_allocations: [{ budget: 1, amount: '1.00' }] },
      { cost_allocations: [{ budget: 95, amount: '380.5' }] },
    ];
    expect(compareBillReadBack(expected(), readBack({ vendor: 1067, items, total_cost: null }))).toEqual([]);
  });

  it.each([
    ['another vendor', { vendor: { id: 1 } }, 'vendor', 'The bill is on vendor 1, not 1067.'],
    [
      'another invoice number',
      { invoice_number: 'GLS-88214' },
      'invoice_number',
      'The invoice number reads "GLS-88214", not "GLS-88213".',
    ],
    [
      'no invoice number at all',
      { invoice_number: undefined },
      'invoice_number',
      'The invoice number reads "", not "GLS-88213".',
    ],
    ['another currency', { currency: { id: 3 } }, 'currency', "The bill's currency is 3, not 4."],
    ['a total one cent off', { total_cost: 4630.51 }, 'total', 'The bill totals 4630.51, not 4630.50.'],
  ])('reports %s', (_case, fields, field, message) => {
    expect(compareBillReadBack(expected(), readBack(fields))).toEqual([expect.objectContaining({ field, message })]);
  });

  it("reports each line's account and amount by NetSuite line number", () => {
    const items = [
      { cost_allocations: [{ budget: { id: 96 }, amount: '4250.00' }] },
      { cost_allocations: [{ budget: { id: 95 }, amount: '380.49' }] },
    ];
    expect(compareBillReadBack(expected(), readBack({ items, total_cost: 4630.49 }))).toEqual([
      {
        field: 'line_account',
        line: 1,
        expected: '94',
        actual: '96',
        message: 'Line 1 is coded to account 96, not 94.',
      },
      {
        field: 'line_amount',
        line: 2,
        expected: '380.50',
        actual: '380.49',
        message: 'Line 2 reads 380.49, not 380.50.',
      },
      { field: 'total', expected: '4630.50', actual: '4630.49', message: 'The bill totals 4630.49, not 4630.50.' },
    ]);
  });

  it('reports a line split across several accounts even when the amounts add up', () => {
    const items = [
      {
        cost_allocations: [
          { budget: { id: 94 }, amount: '4000.00' },
          { budget: { id: 97 }, amount: '250.00' },
        ],
      },
      { cost_allocations: [{ budget: { id: 95 }, amount: '380.50' }] },
    ];
    expect(compareBillReadBack(expected(), readBack({ items }))).toEqual([
      expect.objectContaining({ field: 'line_account', line: 1, actual: '94, 97' }),
    ]);
  });

  it('reports a missing line and the total it changes', () => {
    const items = [{ cost_allocations: [{ budget: { id: 94 }, amount: '4250.00' }] }];
    expect(compareBillReadBack(expected(), readBack({ items, total_cost: null })).map((d) => d.field)).toEqual([
      'line_count',
      'total',
    ]);
  });
});
