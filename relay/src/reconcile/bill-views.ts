import type { AccountRef, Ref, TransactionSnapshot } from '../../../suiteapp/src/lib/snapshot-types';
import type { BillRead } from '../procurify';
import { centsFromReadBack, parseCents, sourceLines, sumCents } from '../sync/mapping';
import { netsuitePaymentOf, type NetSuitePayment } from '../sync/payment-status';

// Both systems' bills in one shape for the comparison: money in integer cents, lines keyed by
// GL account (NetSuite account number = Procurify account code) × department name.

export interface CodedAmount {
  glAccount: string;
  department: string;
  cents: number;
  /**
   * NetSuite lines only: what NetSuite codes the line to, so the comparison can code it through the
   * relay's mapping (coding.ts), and `netsuiteCoding` says what it was when the mapping changed it.
   */
  source?: { account: AccountRef | null; department: Ref | null };
  netsuiteCoding?: string;
}

export interface NetSuiteBillView {
  id: string;
  tranId: string;
  vendorId: string;
  vendorName: string;
  date: string;
  currency: string;
  subsidiaryId: string;
  approvalStatus: string | null;
  /** Paid, partly paid or unpaid, from `amountRemaining` and `payments` (unknown without them). */
  payment: NetSuitePayment;
  cents: number;
  lines: CodedAmount[];
}

export interface ProcurifyBillView {
  uuid: string;
  invoiceNumber: string;
  vendorId: number;
  vendorName: string;
  date: string | null;
  currency: string;
  /** Procurify's own AP integration has exported it (a `last_export_date`). */
  exported: boolean;
  note: string;
  /** Procurify's BillStatusEnum (4 = Paid). */
  status: number | undefined;
  cents: number;
  lines: CodedAmount[];
}

const NO_ACCOUNT = '(no GL account)';
const NO_DEPARTMENT = '(no department)';

export function netsuiteBillView(snapshot: TransactionSnapshot): NetSuiteBillView {
  const lines = sourceLines(snapshot).map((line) => {
    // A line without a department takes the bill's, as the sync codes it.
    const department = line.department ?? snapshot.department;
    return {
      glAccount: line.glAccount?.number?.trim() || NO_ACCOUNT,
      department: departmentName(department?.name),
      cents: parseCents(line.amount ?? '0'),
      source: { account: line.glAccount, department },
    };
  });
  return {
    id: snapshot.id,
    tranId: snapshot.tranId,
    vendorId: snapshot.entity.id,
    vendorName: snapshot.entity.name,
    date: snapshot.tranDate,
    currency: snapshot.currency.code,
    subsidiaryId: snapshot.subsidiary.id,
    approvalStatus: snapshot.approvalStatus,
    payment: netsuitePaymentOf(snapshot),
    cents: sumCents(lines.map((line) => line.cents)),
    lines,
  };
}

export function procurifyBillView(bill: BillRead): ProcurifyBillView {
  const lines = bill.items.flatMap((item) =>
    item.cost_allocations.map((allocation) => ({
      glAccount: allocation.budget.account_code.code.trim() || NO_ACCOUNT,
      department: departmentName(allocation.budget.department.name),
      cents: centsFromReadBack(allocation.amount),
    })),
  );
  const exported = (bill as { last_export_date?: unknown }).last_export_date;
  return {
    uuid: bill.uuid,
    invoiceNumber: (bill.invoice_number ?? '').trim(),
    vendorId: bill.vendor.id,
    vendorName: bill.vendor.name,
    date: bill.invoice_date ? bill.invoice_date.slice(0, 10) : null,
    currency: bill.currency.name,
    exported: typeof exported === 'string' && exported !== '',
    note: bill.note ?? '',
    status: bill.status,
    cents: sumCents(lines.map((line) => line.cents)),
    lines,
  };
}

/** `Manufacturing : Hamilton Plant` and `Hamilton Plant` are the same department for the comparison. */
export function departmentName(name: string | null | undefined): string {
  const last = name?.split(':').at(-1)?.trim();
  return last || NO_DEPARTMENT;
}
