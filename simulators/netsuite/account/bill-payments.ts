import type { AccountRecord, RecordType } from './types';

// Vendor payments and bill credits applied to bills. A payment (record vendorpayment) or credit
// (vendorcredit) lists the bills it pays in its `apply` sublist (`doc`, `apply`, `amount`); a bill's
// amount remaining and its status ("Open", "Paid In Full") follow from what is applied to it.
// https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_N3695867.html (Vendor Payment),
// https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_N3199566.html (Vendor Credit).
//
// Applying a payment changes the bill without saving it: its status moves, its user events do not
// run and its last-modified time stays. Oracle does not document the last-modified time either way,
// so the simulator takes the harsher case: only the payment's own last-modified time moves, and a
// client that wants payment status has to follow the payments. A voided payment (`voided`, as when
// voiding without reversing journals) applies nothing any more.

export const PAYMENT_TYPES: readonly RecordType[] = ['vendorpayment', 'vendorcredit'];

export function isPaymentType(type: RecordType): boolean {
  return PAYMENT_TYPES.includes(type);
}

interface PaymentSource {
  scan(type: RecordType): Iterable<Readonly<AccountRecord>>;
}

export interface Application {
  payment: Readonly<AccountRecord>;
  amount: number;
}

/** The bills a payment's `apply` lines name (applied or not: unapplying one changes it too). */
export function billsNamedBy(payment: Readonly<AccountRecord> | null | undefined): string[] {
  return (payment?.sublists.apply ?? []).map((line) => String(line.doc ?? '')).filter((id) => id !== '');
}

/** What is applied to one bill, payment by payment. */
export function applicationsTo(store: PaymentSource, billId: string): Application[] {
  const applied: Application[] = [];
  for (const type of PAYMENT_TYPES) {
    for (const payment of store.scan(type)) {
      if (payment.fields.voided === true) continue;
      for (const line of payment.sublists.apply ?? []) {
        if (String(line.doc) === billId && line.apply !== false) applied.push({ payment, amount: Number(line.amount) });
      }
    }
  }
  return applied;
}

/** The bill's total less what is applied to it, in cents rounded back to currency units. */
export function amountRemaining(store: PaymentSource, bill: Readonly<AccountRecord>, total: number): number {
  const cents = applicationsTo(store, bill.id).reduce((sum, entry) => sum + Math.round(entry.amount * 100), 0);
  return Math.max(0, Math.round(total * 100) - cents) / 100;
}

/** The status a bill shows for its balance; an approval status other than approved keeps its own. */
export function paymentStatusText(current: string, remaining: number, total: number): string {
  if (current !== 'Open' && current !== 'Paid In Full') return current;
  return remaining <= 0 && total > 0 ? 'Paid In Full' : 'Open';
}
