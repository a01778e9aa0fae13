// A bill's payment fields (`amountRemaining`, `payments`), read the same way by the SuiteApp (N/query)
// and by the relay's poller (SuiteQL over REST), so both build the same snapshot.
//
// Sources: a vendor payment or bill credit applied to a bill is linked to it in NetSuite's transaction
// link tables, the bill as `previousdoc`, the payment as `nextdoc`, link type `Payment`
// (NextTransactionLineLink: https://timdietrich.me/blog/netsuite-suiteql-related-transactions);
// what is still due is the bill's `transaction.foreignamountunpaid`, in the bill's currency
// (https://meir.prolecto.com/2023/02/19/sql-ar-and-ap-fields/). Record types: vendorpayment
// (https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_N3695867.html) and
// vendorcredit (https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_N3199566.html).
import { amountString } from './field-values';
import type { AppliedPayment } from './snapshot-types';

export const PAYMENT_RECORD_TYPES = ['vendorpayment', 'vendorcredit'] as const;
export type PaymentRecordType = (typeof PAYMENT_RECORD_TYPES)[number];

export function isPaymentRecordType(type: string): type is PaymentRecordType {
  return (PAYMENT_RECORD_TYPES as readonly string[]).includes(type);
}

/** Ids are internal ids (digits), checked before they are written into the query. */
function idList(ids: readonly string[]): string {
  for (const id of ids) if (!/^\d+$/.test(id)) throw new Error(`Not an internal id: ${id}`);
  return ids.join(', ');
}

/** What is still due on each bill (the poller reads this column with the bill's header instead). */
export function unpaidQuery(billIds: readonly string[]): string {
  return `SELECT id AS bill, foreignamountunpaid AS unpaid FROM transaction WHERE id IN (${idList(billIds)})`;
}

/** One row per bill and payment or credit applied to it. */
export function paymentLinksQuery(billIds: readonly string[]): string {
  return (
    'SELECT l.previousdoc AS bill, l.nextdoc AS payment, l.foreignamount AS applied, p.tranid AS paymenttranid, ' +
    "p.type AS paymenttype, TO_CHAR(p.trandate,'YYYY-MM-DD') AS paymentdate FROM nexttransactionlinelink l " +
    `INNER JOIN transaction p ON p.id = l.nextdoc WHERE l.previousdoc IN (${idList(billIds)}) AND l.linktype = 'Payment'`
  );
}

/**
 * The SuiteApp's single query (10 governance units): the bill's unpaid amount on every row, one row
 * per payment applied, or one row with no payment. A bill whose only next links are not payments
 * comes back with no row, and the caller asks `unpaidQuery` instead.
 */
export function billWithPaymentsQuery(billId: string): string {
  return (
    'SELECT b.foreignamountunpaid AS unpaid, l.nextdoc AS payment, l.foreignamount AS applied, ' +
    "p.tranid AS paymenttranid, p.type AS paymenttype, TO_CHAR(p.trandate,'YYYY-MM-DD') AS paymentdate " +
    'FROM transaction b LEFT JOIN nexttransactionlinelink l ON l.previousdoc = b.id ' +
    `LEFT JOIN transaction p ON p.id = l.nextdoc WHERE b.id IN (${idList([billId])}) ` +
    "AND (l.linktype = 'Payment' OR l.linktype IS NULL)"
  );
}

export interface BillPaymentFields {
  amountRemaining: string;
  payments: AppliedPayment[];
}

type Row = Record<string, unknown>;

/** A bill's payment fields from what is unpaid and its link rows; payments in id order, so both sides list them alike. */
export function billPaymentFields(unpaid: unknown, linkRows: readonly Row[]): BillPaymentFields {
  const payments = linkRows
    .filter((row) => row.payment !== null && row.payment !== undefined && row.payment !== '')
    .map((row) => ({
      id: String(row.payment),
      tranId: String(row.paymenttranid ?? ''),
      type: row.paymenttype === 'VendCred' ? ('VendCred' as const) : ('VendPymt' as const),
      date: String(row.paymentdate ?? ''),
      // Link amounts may carry the sign of the accounting side; the amount applied is its size.
      amount: appliedAmount(row.applied),
    }))
    .sort((a, b) => Number(a.id) - Number(b.id));
  return { amountRemaining: amountString(unpaid ?? 0), payments };
}

/** The amount a link applies, as a positive decimal string. */
export function appliedAmount(value: unknown): string {
  return amountString(Math.abs(Number(value ?? 0)));
}

/**
 * A bill's version moves with the payments applied to it: applying one need not save the bill, so
 * the snapshot's `lastModified` is the later of the bill's and the payment's (or credit's) own.
 */
export function laterOf(a: string, b: string): string {
  return Date.parse(b) > Date.parse(a) ? b : a;
}
