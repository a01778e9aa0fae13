import { paymentDecision } from '../sync/payment-status';
import type { NetSuiteBillView, ProcurifyBillView } from './bill-views';

// Bill by bill (pure): pairs by the Procurify id the relay stored first, then by vendor + invoice
// number, and says for every bill left over why it is on one side only. A NetSuite bill left over
// that is not meant to be in Procurify (not approved in NetSuite, or skipped by the relay on purpose,
// e.g. with bill writing off) is `skipped`: shown apart, and neither a difference nor in the totals.

export type Classification = 'matched' | 'amount_differs' | 'only_netsuite' | 'only_procurify' | 'skipped';

/** The classifications that compare the two systems (everything but `skipped`). */
export type ComparedClassification = Exclude<Classification, 'skipped'>;

/** Why a NetSuite bill is not in Procurify: the relay's state for it, or `never_seen`. */
export type NetSuiteOnlyReason = 'needs_mapping' | 'failed' | 'skipped' | 'pending' | 'never_seen' | string;

/** Where a Procurify-only bill came from. */
export type ProcurifyOnlyOrigin = 'procurify_integration' | 'created_in_procurify';

export interface BillComparison {
  classification: Classification;
  netsuite?: NetSuiteBillView;
  procurify?: ProcurifyBillView;
  /** Procurify minus NetSuite, in cents, when both have the bill. */
  differenceCents?: number;
  reason?: NetSuiteOnlyReason;
  /** `skipped` only: why the bill is not meant to be in Procurify, in words. */
  skipReason?: string;
  origin?: ProcurifyOnlyOrigin;
  /** The relay's state and message for the NetSuite bill. */
  relay?: { status: string; message: string | null };
  /** When both have the bill and its paid status differs between them: in plain words. */
  paymentDrift?: string;
}

export interface MatchContext {
  /** The relay's record of a NetSuite bill: its state and the Procurify uuid it stored. */
  relayRecord(
    netsuiteBillId: string,
  ): { status: string; procurifyId: string | null; message: string | null } | undefined;
  /** The Procurify vendor id of a NetSuite vendor, when known. */
  procurifyVendorId(netsuiteVendorId: string): number | undefined;
}

export function matchBills(
  netsuite: readonly NetSuiteBillView[],
  procurify: readonly ProcurifyBillView[],
  context: MatchContext,
): BillComparison[] {
  const unmatched = new Map(procurify.map((bill) => [bill.uuid, bill]));
  const results: BillComparison[] = [];
  for (const bill of netsuite) {
    const record = context.relayRecord(bill.id);
    const relay = record ? { status: record.status, message: record.message } : undefined;
    const partner = byStoredId(record?.procurifyId, unmatched) ?? byVendorAndInvoice(bill, unmatched, context);
    if (!partner) {
      const reason = record?.status ?? 'never_seen';
      const skipReason = skippedOnPurpose(bill, record);
      results.push(
        skipReason
          ? { classification: 'skipped', netsuite: bill, reason, skipReason, relay }
          : { classification: 'only_netsuite', netsuite: bill, reason, relay },
      );
      continue;
    }
    unmatched.delete(partner.uuid);
    const differenceCents = partner.cents - bill.cents;
    const drift = paymentDriftOf(bill, partner);
    results.push({
      classification: differenceCents === 0 ? 'matched' : 'amount_differs',
      netsuite: bill,
      procurify: partner,
      differenceCents,
      relay,
      ...(drift ? { paymentDrift: drift } : {}),
    });
  }
  for (const bill of unmatched.values()) {
    results.push({
      classification: 'only_procurify',
      procurify: bill,
      origin: bill.exported ? 'procurify_integration' : 'created_in_procurify',
    });
  }
  return results;
}

/**
 * Why a NetSuite bill with no Procurify partner is meant not to be there, or undefined when it should
 * be (then it is `only_netsuite`). NetSuite's approval status as read now decides first: the sync
 * sends only approved bills (sync/mapping/bill-approval.ts), whatever the relay saw before; then the
 * relay's own `skipped` state (e.g. bill writing off), with its message.
 */
function skippedOnPurpose(
  bill: NetSuiteBillView,
  record: { status: string; message: string | null } | undefined,
): string | undefined {
  switch (bill.approvalStatus) {
    case 'approved':
    case null:
      break;
    case 'pending':
      return 'Pending approval in NetSuite; it syncs once approved.';
    case 'rejected':
      return 'Rejected in NetSuite; rejected bills are not sent to Procurify.';
    default:
      return `Approval status "${bill.approvalStatus}" in NetSuite; only approved bills are sent.`;
  }
  if (record?.status === 'skipped') return record.message?.replace(/^Not synced: /, '') || 'Skipped by the relay.';
  return undefined;
}

/** Paid in one system and not the other; a bill paid in NetSuite and not yet marked in Procurify counts too. */
function paymentDriftOf(netsuite: NetSuiteBillView, procurify: ProcurifyBillView): string | undefined {
  const decision = paymentDecision(netsuite.payment, procurify.status);
  if (decision.action === 'report') return decision.message;
  if (decision.action === 'mark_paid') {
    return `Paid in full in NetSuite on ${decision.paymentDate}; not marked paid in Procurify yet.`;
  }
  return undefined;
}

function byStoredId(
  uuid: string | null | undefined,
  candidates: ReadonlyMap<string, ProcurifyBillView>,
): ProcurifyBillView | undefined {
  return uuid ? candidates.get(uuid) : undefined;
}

function byVendorAndInvoice(
  bill: NetSuiteBillView,
  candidates: ReadonlyMap<string, ProcurifyBillView>,
  context: MatchContext,
): ProcurifyBillView | undefined {
  const vendorId = context.procurifyVendorId(bill.vendorId);
  const invoice = bill.tranId.trim();
  if (vendorId === undefined || invoice === '') return undefined;
  for (const candidate of candidates.values()) {
    if (candidate.vendorId === vendorId && candidate.invoiceNumber === invoice) return candidate;
  }
  return undefined;
}
