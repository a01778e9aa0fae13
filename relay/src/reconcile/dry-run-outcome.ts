import { isDeepStrictEqual } from 'node:util';
import type { EventEnvelope, TransactionSnapshot, VendorSnapshot } from '../../../suiteapp/src/lib/snapshot-types';
import { getRecord, type SyncRecordRow } from '../store/records';
import type { JobDeps } from '../sync/jobs/job-deps';
import { fromIssues, hashBody } from '../sync/jobs/outcomes';
import {
  billApproval,
  checkPurchaseOrder,
  mapBill,
  mapVendor,
  vendorExternalId,
  type BillWriteInput,
  type MappingIssue,
} from '../sync/mapping';
import { netsuitePaymentOf, PAYMENT_STATUS_DRIFT, paymentDecision } from '../sync/payment-status';
import { createVendorLookups } from './vendor-lookups';

// What a backfill dry run predicts for one record version it would send, without storing it.
//
// Why not the full preview (previewRecord: the real job against the recording client)? That costs
// several Procurify reads per record (vendor lookup, duplicate guard, reads of what it would PATCH),
// too many for a backfill of thousands. Instead the outcome comes from the mapping engine over the
// stored row (if any) with the new snapshot laid over it, plus Procurify reads per vendor, never per
// bill (see vendor-lookups.ts). The prediction follows the jobs' decisions in their order:
//   vendor:        needs_mapping / failed (issue codes) · unchanged (same body as last written) · would_write
//   vendorbill:    skipped (not approved; bill writing off) · needs_mapping / failed · unchanged
//                  (synced, and maps to the same write as before: our own writeback moves
//                  lastModified too, so a backfill after a sync sees every written record as
//                  changed) · would_link (Procurify already has the vendor's invoice number) · would_write
//                  (with payment_status_drift when NetSuite shows it paid: a new bill is not approved yet)
//   purchaseorder: needs_mapping / failed · skipped (ready: POs are never written to Procurify)
//   delete:        deleted (a vendor delete deactivates the Procurify vendor)
// A synced bill whose lines or amounts changed is failed (bill_write_unsupported): Procurify's API
// changes a bill's header only. Known limits: a bill whose vendor this same run would create counts
// with that vendor in place, but after a restart mid-run the run no longer remembers such vendors
// and their bills show as vendor_not_synced; the comparisons are with what the relay last wrote,
// not with what Procurify holds now (edits made in Procurify are not seen).

export interface DryRunOutcome {
  /** The state the record would reach, or `would_write` / `would_link` / `unchanged`. */
  outcome: string;
  /** Why, as codes: the issue codes of needs_mapping / failed, the reason of skipped. */
  reasons: string[];
}

export type DryRunDeps = Pick<JobDeps, 'database' | 'procurify' | 'references' | 'settings'>;

export type DryRunClassifier = (envelope: EventEnvelope) => Promise<DryRunOutcome>;

/** A vendor this run would create has no Procurify id yet, nor any bill to guard against. */
const VENDOR_CREATED_BY_THIS_RUN = -1;

/** One classifier per backfill run: it remembers the run's vendors and its per-vendor reads. */
export function createDryRunClassifier(deps: DryRunDeps): DryRunClassifier {
  const lookups = createVendorLookups(deps.procurify);
  const vendorsWritten = new Set<string>();
  const { accountId } = deps.settings;

  async function vendor(snapshot: VendorSnapshot, stored: SyncRecordRow | undefined): Promise<DryRunOutcome> {
    const { refs, overrides, vendorLinks } = await deps.references.get();
    const mapped = mapVendor(snapshot, refs, { accountId, vendorType: deps.settings.vendorType, overrides });
    if (!mapped.ok) return fromMappingIssues(mapped.issues);
    const unchanged =
      stored?.procurifyId &&
      !stored.uncertainWrite &&
      stored.writtenHash === hashBody(mapped.body) &&
      (vendorLinks.get(snapshot.id) ?? Number(stored.procurifyId)) === Number(stored.procurifyId);
    if (unchanged) return { outcome: 'unchanged', reasons: [] };
    vendorsWritten.add(snapshot.id);
    return { outcome: 'would_write', reasons: [] };
  }

  /**
   * The bill's vendor as it would be once this run's vendors are written: held by the relay, linked
   * by hand, or found in Procurify by external_id; else one this run would create (no bills yet).
   */
  async function billVendorId(netsuiteVendorId: string): Promise<number | null> {
    const held = await getRecord(deps.database.db, { recordType: 'vendor', recordId: netsuiteVendorId });
    if (held?.procurifyId && (held.status === 'synced' || held.status === 'linked')) return Number(held.procurifyId);
    const linked = (await deps.references.get()).vendorLinks.get(netsuiteVendorId);
    if (linked !== undefined) return linked;
    const found = await lookups.vendorId(vendorExternalId(accountId, netsuiteVendorId));
    if (found !== null) return found;
    return vendorsWritten.has(netsuiteVendorId) ? VENDOR_CREATED_BY_THIS_RUN : null;
  }

  async function bill(snapshot: TransactionSnapshot, stored: SyncRecordRow | undefined): Promise<DryRunOutcome> {
    if (!billApproval(snapshot).sync) return { outcome: 'skipped', reasons: ['not_approved'] };
    const { refs, overrides } = await deps.references.get();
    const vendorId = await billVendorId(snapshot.entity.id);
    const mapped = mapBill(snapshot, refs, overrides, { accountId, vendorId });
    if (!mapped.ok) return fromMappingIssues(mapped.issues);
    if (stored?.status === 'synced' && stored.snapshot) {
      const before = mapBill(JSON.parse(stored.snapshot) as TransactionSnapshot, refs, overrides, {
        accountId,
        vendorId,
      });
      if (before.ok && isDeepStrictEqual(before.input, mapped.input)) return { outcome: 'unchanged', reasons: [] };
      // Procurify's API changes a bill's header only: new lines or amounts fail, as in the bill job.
      if (before.ok && linesChanged(before.input, mapped.input))
        return { outcome: 'failed', reasons: ['bill_write_unsupported'] };
    }
    const oursBefore = stored?.procurifyId && stored.status !== 'linked';
    if (!oursBefore && vendorId !== VENDOR_CREATED_BY_THIS_RUN && vendorId !== null) {
      if (await lookups.hasInvoice(vendorId, mapped.input.invoiceNumber)) return { outcome: 'would_link', reasons: [] };
    }
    if (deps.settings.billWrite === 'off') return { outcome: 'skipped', reasons: ['bill_write_off'] };
    // A new bill is not approved in Procurify yet: one paid or partly paid in NetSuite is synced
    // with its payment status reported, as the bill job decides after the write.
    const payment = paymentDecision(netsuitePaymentOf(snapshot), undefined);
    return { outcome: 'would_write', reasons: payment.action === 'report' ? [PAYMENT_STATUS_DRIFT] : [] };
  }

  async function purchaseOrder(snapshot: TransactionSnapshot): Promise<DryRunOutcome> {
    const { refs, overrides } = await deps.references.get();
    const check = checkPurchaseOrder(snapshot, refs, overrides, accountId);
    if (!check.ok) return fromMappingIssues(check.issues);
    return { outcome: 'skipped', reasons: ['purchase_order_ready'] };
  }

  return async (envelope) => {
    if (envelope.action === 'delete' || envelope.snapshot === null) return { outcome: 'deleted', reasons: [] };
    const key = { recordType: envelope.recordType, recordId: envelope.recordId };
    const stored = await getRecord(deps.database.db, key);
    switch (envelope.recordType) {
      case 'vendor':
        return vendor(envelope.snapshot as VendorSnapshot, stored);
      case 'vendorbill':
        return bill(envelope.snapshot as TransactionSnapshot, stored);
      case 'purchaseorder':
        return purchaseOrder(envelope.snapshot as TransactionSnapshot);
    }
  };
}

function linesChanged(before: BillWriteInput, after: BillWriteInput): boolean {
  const coding = (input: BillWriteInput) => input.lines.map((line) => [line.accountId, line.amountCents]);
  return before.totalCents !== after.totalCents || !isDeepStrictEqual(coding(before), coding(after));
}

/** needs_mapping, or failed for issues only a NetSuite change fixes: the jobs' own rule. */
function fromMappingIssues(issues: readonly MappingIssue[]): DryRunOutcome {
  const reasons = [...new Set(issues.map((issue) => issue.code))];
  return { outcome: fromIssues(issues, 'Record').status, reasons };
}
