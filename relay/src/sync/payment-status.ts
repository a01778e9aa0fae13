import type { TransactionSnapshot } from '../../../suiteapp/src/lib/snapshot-types';

// Whether a synced bill's payment status in NetSuite and in Procurify agree, and what the relay may
// do about it. Procurify's API can set one thing: `POST /api/v3/ap/bills/mark-as-paid/` sets
// "approved bills without payments to paid status" (docs/architecture.md "Bill payment status").
// It cannot show a partial payment, nor reopen a paid bill: those are reported, never written.

export const PAYMENT_STATUS_DRIFT = 'payment_status_drift';

/**
 * The kinds of drift, by who can resolve it. `awaiting_approval`: paid in NetSuite, and Procurify
 * has not approved the bill yet; an approver in Procurify resolves it, and Procurify tells no one, so
 * the relay looks again at each reference refresh. `partly_paid` and `paid_only_in_procurify` change
 * only with a payment in NetSuite, which sends the bill again.
 */
export type DriftKind = 'awaiting_approval' | 'partly_paid' | 'paid_only_in_procurify';
export const AWAITING_APPROVAL: DriftKind = 'awaiting_approval';

/** Procurify's BillStatusEnum values this decision reads (0 Draft, 1 Confirmed, 2 Approved, 4 Paid, …). */
const APPROVED = 2;
const PAID = 4;
const STATUS_NAMES: Record<number, string> = {
  0: 'a draft',
  1: 'awaiting approval',
  2: 'approved',
  3: 'denied',
  4: 'paid',
  5: 'withdrawn',
  6: 'in a payment (confirmed)',
  7: 'in a payment (approved)',
  8: 'in a payment (limbo)',
};

export type NetSuitePayment =
  | { state: 'unknown' }
  | { state: 'unpaid'; remaining: string }
  | { state: 'partly_paid'; remaining: string; paidOn: string }
  | { state: 'paid'; paidOn: string };

export type PaymentDecision =
  | { action: 'none' }
  | { action: 'mark_paid'; paymentDate: string }
  | { action: 'report'; kind: DriftKind; message: string };

/**
 * The bill's payment state from its snapshot. A snapshot without `amountRemaining` (an older
 * sender) says nothing. The date of a full payment is that of the latest payment or credit
 * applied: the one that completed it.
 */
export function netsuitePaymentOf(snapshot: TransactionSnapshot): NetSuitePayment {
  if (snapshot.amountRemaining === undefined) return { state: 'unknown' };
  const remaining = cents(snapshot.amountRemaining);
  const paidOn = latestDate(snapshot);
  if (remaining <= 0 && paidOn) return { state: 'paid', paidOn };
  if (remaining < cents(snapshot.total) && paidOn) {
    return { state: 'partly_paid', remaining: snapshot.amountRemaining, paidOn };
  }
  return { state: 'unpaid', remaining: snapshot.amountRemaining };
}

/** What to do, given NetSuite's state and the Procurify bill's status as last read. */
export function paymentDecision(netsuite: NetSuitePayment, procurifyStatus: number | undefined): PaymentDecision {
  const paidInProcurify = procurifyStatus === PAID;
  switch (netsuite.state) {
    case 'unknown':
      return { action: 'none' };
    case 'paid':
      if (paidInProcurify) return { action: 'none' };
      if (procurifyStatus === APPROVED) return { action: 'mark_paid', paymentDate: netsuite.paidOn };
      return {
        action: 'report',
        kind: AWAITING_APPROVAL,
        message:
          `Paid in full in NetSuite on ${netsuite.paidOn}, but Procurify marks only approved bills as paid ` +
          `and this one is ${statusName(procurifyStatus)} there. Approve it in Procurify: the relay looks again ` +
          `at each reference refresh, or press Resync.`,
      };
    case 'partly_paid':
      return {
        action: 'report',
        kind: 'partly_paid',
        message: paidInProcurify
          ? `Paid in Procurify, but only partly paid in NetSuite (${netsuite.remaining} still due). Procurify's API cannot reopen a bill: correct it in Procurify or NetSuite.`
          : `Partly paid in NetSuite (${netsuite.remaining} still due, last payment ${netsuite.paidOn}); Procurify cannot show a partial payment, so it still shows the bill unpaid.`,
      };
    case 'unpaid':
      if (!paidInProcurify) return { action: 'none' };
      return {
        action: 'report',
        kind: 'paid_only_in_procurify',
        message:
          `Paid in Procurify, but not in NetSuite (${netsuite.remaining} due; was a payment voided or deleted?). ` +
          `Procurify's API cannot reopen a bill: correct it in Procurify.`,
      };
  }
}

export function isPaidInProcurify(status: number | undefined): boolean {
  return status === PAID;
}

function statusName(status: number | undefined): string {
  return status === undefined ? 'of unknown status' : (STATUS_NAMES[status] ?? `in status ${status}`);
}

function latestDate(snapshot: TransactionSnapshot): string | null {
  const dates = (snapshot.payments ?? []).filter((payment) => cents(payment.amount) !== 0).map((p) => p.date);
  return dates.length > 0 ? dates.reduce((a, b) => (b > a ? b : a)) : null;
}

/** Decimal strings compared in whole cents, never as floats. */
function cents(amount: string): number {
  const [whole = '0', fraction = ''] = amount.replace('-', '').split('.');
  const value = Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
  return amount.startsWith('-') ? -value : value;
}
