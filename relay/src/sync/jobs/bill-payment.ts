import type { TransactionSnapshot } from '../../../../suiteapp/src/lib/snapshot-types';
import { getBill, markBillsPaid, MARK_PAID_MAX_BILLS } from '../../procurify';
import { PermanentError } from '../../transport';
import type { Outcome } from '../../store/work-queue';
import { isPaidInProcurify, netsuitePaymentOf, paymentDecision, PAYMENT_STATUS_DRIFT } from '../payment-status';
import type { JobContext } from '../worker';
import type { JobDeps } from './job-deps';
import { clip } from './outcomes';

// The last step of a synced bill: its paid status. A bill paid in full in NetSuite is marked paid in
// Procurify, in one call with the other bills of the worker's batch paid on the same date. What the
// API cannot show (a partial payment, a bill reopened) is reported as `payment_status_drift`.
//
// Idempotent across crashes and lost answers: the decision is always taken on the bill as Procurify
// holds it now (the job has just read it), so a bill already paid is never marked again. The intent
// is saved with the record before the call, so a restart takes the record up first and looks.

/** The Procurify bill as the job last read it. */
export interface ProcurifyBillStatus {
  uuid: string;
  status?: number;
}

export type PaymentStep = Pick<Outcome, 'message' | 'issues'>;

export async function settlePayment(
  deps: Pick<JobDeps, 'procurify'>,
  snapshot: TransactionSnapshot,
  bill: ProcurifyBillStatus,
  context: JobContext,
): Promise<PaymentStep | undefined> {
  const netsuite = netsuitePaymentOf(snapshot);
  const decision = paymentDecision(netsuite, bill.status);
  if (decision.action === 'report') {
    // The kind and the status read let the reference refresh find the bills Procurify may resolve.
    const issue = { code: PAYMENT_STATUS_DRIFT, kind: decision.kind, procurifyStatus: bill.status ?? null };
    return { message: decision.message, issues: [{ ...issue, message: decision.message }] };
  }
  if (decision.action === 'none') {
    return netsuite.state === 'paid' && isPaidInProcurify(bill.status)
      ? { message: `Paid (in NetSuite on ${netsuite.paidOn}), and shown paid in Procurify.` }
      : undefined;
  }
  const { paymentDate } = decision;
  await context.saveProgress(JSON.stringify({ markPaid: { uuid: bill.uuid, paymentDate } }));
  const carried = await context.sendTogether(`mark-as-paid:${paymentDate}`, bill.uuid, (uuids) =>
    sendInChunks(deps, uuids, paymentDate),
  );
  // Counted only once Procurify reads it back as paid.
  const after = await getBill(deps.procurify, bill.uuid);
  if (!isPaidInProcurify(after.status)) {
    throw new PermanentError(
      'procurify_rejected',
      clip(
        `Procurify accepted mark-as-paid for bill ${bill.uuid} but reads it back with status ${String(after.status)}.`,
      ),
    );
  }
  const together = carried > 1 ? ` in one call with ${carried - 1} other bill(s)` : '';
  return { message: `Marked paid in Procurify${together}, payment date ${paymentDate}.` };
}

async function sendInChunks(deps: Pick<JobDeps, 'procurify'>, uuids: string[], paymentDate: string): Promise<void> {
  for (let start = 0; start < uuids.length; start += MARK_PAID_MAX_BILLS) {
    await markBillsPaid(deps.procurify, uuids.slice(start, start + MARK_PAID_MAX_BILLS), paymentDate);
  }
}

/** The outcome with the payment step's words and issue added. */
export function withPayment<T extends Outcome>(outcome: T, step: PaymentStep | undefined): T {
  if (!step) return outcome;
  return {
    ...outcome,
    message: clip(`${outcome.message} ${step.message}`),
    issues: [...(outcome.issues ?? []), ...(step.issues ?? [])],
  };
}
