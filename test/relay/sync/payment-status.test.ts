import { describe, expect, it } from 'vitest';
import { netsuitePaymentOf, paymentDecision } from '../../../relay/src/sync/payment-status';
import type { AppliedPayment, TransactionSnapshot } from '../../../suiteapp/src/lib/snapshot-types';

const payment = (date: string, amount: string, type: AppliedPayment['type'] = 'VendPymt'): AppliedPayment => ({
  id: String(Math.floor(Math.random() * 1e6)),
  tranId: 'PMT',
  type,
  date,
  amount,
});

function bill(amountRemaining: string | undefined, payments: AppliedPayment[] = []): TransactionSnapshot {
  return { total: '2335.25', amountRemaining, payments } as unknown as TransactionSnapshot;
}

describe('a bill payment state from its snapshot', () => {
  it.each([
    ['no amountRemaining (an older sender)', bill(undefined), { state: 'unknown' }],
    ['nothing applied', bill('2335.25'), { state: 'unpaid', remaining: '2335.25' }],
    [
      'paid in full by a payment and a credit: the later date completed it',
      bill('0.00', [payment('2026-11-20', '335.25', 'VendCred'), payment('2026-11-27', '2000.00')]),
      { state: 'paid', paidOn: '2026-11-27' },
    ],
    [
      'partly paid',
      bill('1335.25', [payment('2026-11-27', '1000.00')]),
      { state: 'partly_paid', remaining: '1335.25', paidOn: '2026-11-27' },
    ],
    ['reopened: the payment is gone', bill('2335.25', []), { state: 'unpaid', remaining: '2335.25' }],
  ])('%s', (_case, snapshot, expected) => {
    expect(netsuitePaymentOf(snapshot)).toEqual(expected);
  });
});

describe("what the relay does about it, given Procurify's bill status", () => {
  const paid = { state: 'paid', paidOn: '2026-11-27' } as const;
  const partly = { state: 'partly_paid', remaining: '1335.25', paidOn: '2026-11-27' } as const;
  const unpaid = { state: 'unpaid', remaining: '2335.25' } as const;
  it.each([
    ['paid in NetSuite, approved in Procurify: mark it paid', paid, 2, 'mark_paid'],
    ['paid in both: nothing', paid, 4, 'none'],
    ['paid in NetSuite, awaiting approval in Procurify: report', paid, 1, 'report', 'awaiting_approval'],
    ['paid in NetSuite, denied in Procurify: report', paid, 3, 'report', 'awaiting_approval'],
    ['partly paid, approved in Procurify: report', partly, 2, 'report', 'partly_paid'],
    ['partly paid, paid in Procurify: report', partly, 4, 'report', 'partly_paid'],
    ['unpaid in NetSuite, paid in Procurify (a voided payment): report', unpaid, 4, 'report', 'paid_only_in_procurify'],
    ['unpaid in both: nothing', unpaid, 2, 'none'],
    ['unknown in NetSuite: nothing, whatever Procurify says', { state: 'unknown' } as const, 4, 'none'],
  ])('%s', (_case, netsuite, status, action, kind?: string) => {
    const decision = paymentDecision(netsuite, status);
    expect(decision.action).toBe(action);
    if (decision.action === 'mark_paid') expect(decision.paymentDate).toBe('2026-11-27');
    // Only the kind Procurify resolves (an approval) is looked at again by the reference refresh.
    if (decision.action === 'report') expect(decision.kind).toBe(kind);
  });

  it('says in plain words why a bill cannot be shown paid', () => {
    expect(paymentDecision(paid, 1)).toEqual({
      action: 'report',
      kind: 'awaiting_approval',
      message:
        'Paid in full in NetSuite on 2026-11-27, but Procurify marks only approved bills as paid and this one is awaiting approval there. Approve it in Procurify: the relay looks again at each reference refresh, or press Resync.',
    });
  });
});
