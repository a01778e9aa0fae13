import { formatCents } from '../sync/mapping';
import type { ReconciliationReport } from './build-report';
import type { BillComparison } from './match-bills';

// The report as rows of text (CLI table and CSV, admin page): one row per bill, amounts in units.

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

export function billRow(bill: BillComparison): string[] {
  const ns = bill.netsuite;
  const pf = bill.procurify;
  return [
    bill.classification,
    ns?.id ?? '',
    ns?.tranId ?? pf?.invoiceNumber ?? '',
    ns?.vendorName ?? pf?.vendorName ?? '',
    ns?.date ?? pf?.date ?? '',
    ns?.currency ?? pf?.currency ?? '',
    ns ? formatCents(ns.cents) : '',
    pf ? formatCents(pf.cents) : '',
    bill.differenceCents === undefined ? '' : formatCents(bill.differenceCents),
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

/** Order of attention: what differs first, matched last. */
const ORDER = { amount_differs: 0, only_netsuite: 1, only_procurify: 2, matched: 3 };

export function billRows(report: ReconciliationReport): string[][] {
  return [...report.bills].sort((a, b) => ORDER[a.classification] - ORDER[b.classification]).map(billRow);
}

export function summaryLines(report: ReconciliationReport): string[] {
  const { counts } = report;
  const lines = [
    `Reconciliation ${report.period.from} .. ${report.period.to}${report.subsidiaryId ? ` (subsidiary ${report.subsidiaryId})` : ''}`,
    `Bills: ${counts.matched} matched, ${counts.amount_differs} amount differs, ${counts.only_netsuite} only in NetSuite, ${counts.only_procurify} only in Procurify`,
  ];
  for (const total of report.totals) {
    lines.push(
      `${total.currency}: NetSuite ${formatCents(total.netsuiteCents)}, Procurify ${formatCents(total.procurifyCents)}, difference ${formatCents(total.procurifyCents - total.netsuiteCents)}`,
    );
  }
  const missing = report.vendors.filter((vendor) => vendor.issue === 'missing').length;
  lines.push(`Vendors: ${missing} missing in Procurify, ${report.vendors.length - missing} different`);
  lines.push(`Payment status: ${report.paymentDrift.length} bill(s) paid in one system and not in the other`);
  for (const drift of report.paymentDrift) lines.push(`  ${drift.netsuiteId} ${drift.invoice}: ${drift.message}`);
  return lines;
}
