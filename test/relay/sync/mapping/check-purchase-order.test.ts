import { describe, expect, it } from 'vitest';
import { checkPurchaseOrder } from '../../../../relay/src/sync/mapping';
import { ACCOUNT_ID, bill, expense, GL, item, overrides, references } from './fixtures';

const refs = references();
const purchaseOrder = (fields: Parameters<typeof bill>[0] = {}) =>
  bill({ id: '900', tranId: 'PO1001', approvalStatus: 'approved', status: 'Pending Receipt', ...fields });

describe('checkPurchaseOrder', () => {
  it('finds a purchase order ready when every line maps', () => {
    const result = checkPurchaseOrder(purchaseOrder(), refs, overrides(), ACCOUNT_ID);
    expect(result).toMatchObject({
      ok: true,
      lines: [
        { line: 1, accountId: 94 },
        { line: 2, accountId: 95 },
      ],
    });
  });

  it('lists the currency and every line that would stop a bill against it', () => {
    const snapshot = purchaseOrder({
      currency: { id: '2', code: 'GBP' },
      department: null,
      expenses: [expense(1, { account: GL.tooling })],
      items: [item(1, { account: null, department: null })],
    });
    const result = checkPurchaseOrder(snapshot, refs, overrides(), ACCOUNT_ID);
    expect(!result.ok && result.issues.map(({ code, lineKind, line }) => [code, lineKind, line])).toEqual([
      ['unmapped_currency', undefined, undefined],
      ['unmapped_gl_account', 'expense', 1],
      ['unmapped_gl_account', 'item', 1],
      ['unmapped_department', 'item', 1],
    ]);
    expect(!result.ok && result.issues[3]?.message).toMatch(/neither has the purchase order/);
  });
});
