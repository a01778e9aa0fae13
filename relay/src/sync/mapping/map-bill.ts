// An approved NetSuite vendor bill → the input of the bill writer (the v2 draft-bill adapter turns
// it into requests), with what the read-back check needs besides. Not written when anything does
// not map: every issue is listed.
import type { TransactionSnapshot } from '../../../../suiteapp/src/lib/snapshot-types';
import type { BillLineInput, BillWriteInput } from '../../procurify/bill-write-bodies';
import type { Failure, LineKind, MappingIssue } from './issues';
import { formatCents, parseCents, sumCents } from './money';
import type { MappingOverrides, ReferenceData } from './reference-data';
import { resolveBillLines, type LineCoding, type ResolvedLine } from './resolve-bill-lines';
import { resolveCurrency } from './resolve-currency';

/** Procurify's `invoice_number` and `payment_terms` limits. */
export const MAX_INVOICE_NUMBER = 50;
export const MAX_BILL_PAYMENT_TERMS = 100;

/** A writer's line, with the NetSuite line it comes from and its amount in cents. */
export interface MappedBillLine extends BillLineInput {
  line: number;
  kind: LineKind;
  amountCents: number;
}

/**
 * The writer's input for one NetSuite bill (`paymentTerms` empty when the bill has none; `note` names
 * the NetSuite bill and its purchase orders, and repeats the memo: bills have no memo field), with
 * what the read-back check and the messages need besides.
 */
export interface MappedBill extends BillWriteInput {
  netsuiteBillId: string;
  memo: string | null;
  lines: MappedBillLine[];
  total: string;
  totalCents: number;
}

export interface BillMappingContext {
  accountId: string;
  /** The Procurify id of the bill's vendor, once synced; null when it is not. */
  vendorId: number | null;
}

/**
 * `lines` are the resolved lines (on failure, those that did map); `coding` every line's coding, for
 * the per-line view of the subtab.
 */
export type BillMappingResult =
  | { ok: true; input: MappedBill; lines: ResolvedLine[]; coding: LineCoding[]; warnings: string[] }
  | (Failure & { lines: ResolvedLine[]; coding: LineCoding[] });

export function billNote(snapshot: TransactionSnapshot): string {
  const tranId = snapshot.tranId.trim();
  const parts = [`NetSuite vendor bill ${snapshot.id}${tranId ? ` (${tranId})` : ''}`];
  const orders = snapshot.purchaseOrders.map((order) => order.tranId.trim() || order.id);
  if (orders.length > 0) parts.push(`Purchase orders: ${orders.join(', ')}`);
  const memo = snapshot.memo?.trim();
  if (memo) parts.push(`Memo: ${memo}`);
  return parts.join('\n');
}

export function mapBill(
  snapshot: TransactionSnapshot,
  refs: ReferenceData,
  overrides: MappingOverrides,
  context: BillMappingContext,
): BillMappingResult {
  const issues: MappingIssue[] = [];
  const warnings: string[] = [];

  if (context.vendorId === null) {
    issues.push({
      code: 'vendor_not_synced',
      message: `The vendor "${snapshot.entity.name}" (NetSuite id ${snapshot.entity.id}) is not in Procurify yet. Sync the vendor first.`,
      vendor: { id: snapshot.entity.id, name: snapshot.entity.name },
    });
  }

  const invoiceNumber = invoiceNumberOf(snapshot);
  if (!snapshot.tranId.trim()) {
    warnings.push(`The bill has no reference number in NetSuite; sent as invoice number ${invoiceNumber}.`);
  }
  if (invoiceNumber.length > MAX_INVOICE_NUMBER) {
    issues.push({
      code: 'name_too_long',
      message: `The invoice number "${invoiceNumber}" has ${invoiceNumber.length} characters; Procurify allows ${MAX_INVOICE_NUMBER}.`,
    });
  }

  const currency = resolveCurrency(snapshot.currency.code, refs);
  if (!currency.ok) issues.push(currency.issue);

  const resolved = resolveBillLines(snapshot, refs, overrides, context.accountId);
  if (!resolved.ok) issues.push(...resolved.issues);

  if (issues.length > 0 || !resolved.ok || !currency.ok || context.vendorId === null) {
    return { ok: false, issues, lines: resolved.lines, coding: resolved.coding };
  }

  let paymentTerms = snapshot.terms?.name.trim() ?? '';
  if (paymentTerms.length > MAX_BILL_PAYMENT_TERMS) {
    warnings.push(`Left out the payment terms: longer than ${MAX_BILL_PAYMENT_TERMS} characters.`);
    paymentTerms = '';
  }

  const totalCents = sumCents(resolved.lines.map((line) => line.amountCents));
  const netsuiteTotal = parseCents(snapshot.total);
  if (netsuiteTotal !== totalCents) {
    warnings.push(
      `The lines add up to ${formatCents(totalCents)} but the NetSuite total is ${formatCents(netsuiteTotal)} (tax or other charges are not sent).`,
    );
  }

  const input: MappedBill = {
    netsuiteBillId: snapshot.id,
    vendorId: context.vendorId,
    invoiceNumber,
    invoiceDate: snapshot.tranDate,
    dueDate: snapshot.dueDate,
    currencyId: currency.value.id,
    paymentTerms,
    memo: snapshot.memo?.trim() || null,
    note: billNote(snapshot),
    lines: resolved.lines.map(({ line, kind, description, accountId, amount, amountCents }) => ({
      line,
      kind,
      description,
      accountId,
      amount,
      amountCents,
    })),
    total: formatCents(totalCents),
    totalCents,
  };
  return { ok: true, input, lines: resolved.lines, coding: resolved.coding, warnings };
}

/** A blank reference number still needs a stable invoice number for the duplicate guard. */
export function invoiceNumberOf(snapshot: TransactionSnapshot): string {
  return snapshot.tranId.trim() || `NS-${snapshot.id}`;
}
