import { formatCents } from '../sync/mapping/money';
import type { ReconciliationReport } from './build-report';
import type { BillComparison } from './match-bills';
import { groupedCents } from './money-text';

// The report as rows of text (CLI table and CSV, admin page): one row per bill, amounts in units
// (plain decimals for CSV; with thousands separators for people, `grouped`).

export const BILL_COLUMNS = [
  'classification',
  'netsuite_id',
  'invoice',
  'vendor',
  'date',
  'currency',
  'netsuite',
  'procurify',
  'difference',
  'paid',
  'why',
] as const;

export function billRow(bill: BillComparison, options: { grouped?: boolean } = {}): string[] {
  const ns = bill.netsuite;
  const pf = bill.procurify;
  const amount = options.grouped ? groupedCents : formatCents;
  return [
    bill.classification,
    ns?.id ?? '',
    ns?.tranId ?? pf?.invoiceNumber ?? '',
    ns?.vendorName ?? pf?.vendorName ?? '',
    ns?.date ?? pf?.date ?? '',
    ns?.currency ?? pf?.currency ?? '',
    ns ? amount(ns.cents) : '',
    pf ? amount(pf.cents) : '',
    bill.differenceCents === undefined ? '' : amount(bill.differenceCents),
    paidText(bill),
    why(bill),
  ];
}

const NETSUITE_PAID = { paid: 'paid', partly_paid: 'partly paid', unpaid: 'unpaid', unknown: '' };

/** Paid status on each side: `NetSuite paid, Procurify unpaid`; blank where a side has no bill or says nothing. */
export function paidText(bill: BillComparison): string {
  const sides = [
    bill.netsuite && NETSUITE_PAID[bill.netsuite.payment.state]
      ? `NetSuite ${NETSUITE_PAID[bill.netsuite.payment.state]}`
      : '',
    bill.procurify ? `Procurify ${bill.procurify.status === 4 ? 'paid' : 'unpaid'}` : '',
  ];
  return sides.filter(Boolean).join(', ');
}

export function why(bill: BillComparison): string {
  if (bill.classification === 'skipped') return `skipped on purpose: ${bill.skipReason ?? ''}`;
  if (bill.classification === 'only_netsuite') {
    return bill.reason === 'never_seen' ? 'never seen by the relay' : `relay state: ${bill.reason ?? ''}`;
  }
  if (bill.classification === 'only_procurify') {
    return bill.origin === 'procurify_integration'
      ? "exported by Procurify's own integration"
      : 'created in Procurify directly';
  }
  return bill.relay ? `relay state: ${bill.relay.status}` : '';
}

/** Order of attention: what differs first, then what agrees; bills skipped on purpose last. */
const ORDER = { amount_differs: 0, only_netsuite: 1, only_procurify: 2, matched: 3, skipped: 4 };

export function billRows(report: ReconciliationReport, options: { grouped?: boolean } = {}): string[][] {
  return [...report.bills]
    .sort((a, b) => ORDER[a.classification] - ORDER[b.classification])
    .map((bill) => billRow(bill, options));
}

export function summaryLines(report: ReconciliationReport): string[] {
  const { counts } = report;
  // A relay from before subsidiaries had names, or skipped bills were apart, sends neither.
  const subsidiary = report.subsidiary
    ? ` (subsidiary ${report.subsidiary.name}, id ${report.subsidiary.id})`
    : report.subsidiaryId
      ? ` (subsidiary ${report.subsidiaryId})`
      : '';
  const lines = [
    `Reconciliation ${report.period.from} .. ${report.period.to}${subsidiary}`,
    `Bills: ${counts.matched} matched, ${counts.amount_differs} amount differs, ${counts.only_netsuite} only in NetSuite, ${counts.only_procurify} only in Procurify; ${counts.skipped ?? 0} skipped on purpose (not differences, not in the totals)`,
  ];
  for (const total of report.totals) {
    const money = (cents: number) => `${groupedCents(cents)} ${total.currency}`;
    const difference = total.procurifyCents - total.netsuiteCents;
    const skipped = total.skipped?.bills
      ? `; skipped on purpose: ${total.skipped.bills} bill(s), ${money(total.skipped.netsuiteCents)}`
      : '';
    lines.push(
      `${total.currency}: NetSuite ${money(total.netsuiteCents)}, Procurify ${money(total.procurifyCents)}, difference ${difference > 0 ? '+' : ''}${money(difference)}${skipped}`,
    );
  }
  const missing = report.vendors.filter((vendor) => vendor.issue === 'missing').length;
  lines.push(`Vendors: ${missing} missing in Procurify, ${report.vendors.length - missing} different`);
  lines.push(`Payment status: ${report.paymentDrift.length} bill(s) paid in one system and not in the other`);
  for (const drift of report.paymentDrift) lines.push(`  ${drift.netsuiteId} ${drift.invoice}: ${drift.message}`);
  return lines;
}
