import type { TransactionSnapshot } from '../../../../suiteapp/src/lib/snapshot-types';
import { freshProgress, withDraftFound, type BillRead, type BillWriteProgress } from '../../procurify';
import { clip, fromIssues } from '../jobs/outcomes';
import { lineMappings } from '../line-detail';
import { billApproval, compareBillReadBack, mapBill, type MappedBill } from '../mapping';
import { netsuitePaymentOf, PAYMENT_STATUS_DRIFT, paymentDecision } from '../payment-status';
import { headerChange, readBackOf } from './bill-header';
import { allLeftoversOf, deletedBillOutcome, linesUnsupportedMessage, withLeftovers } from './bill-wording';
import {
  settled,
  type BaseWorld,
  type ExpectedOutcome,
  type PlanSettings,
  type RecordView,
  type SettledPlan,
} from './plan-types';
import { billProgressOf, transactionSnapshotOf } from './record-decoding';

// Vendor bills (docs/architecture.md "Bills"): only approved ones; every line coded to one active
// Procurify account or nothing is written; linked instead of duplicated; written through the
// isolated draft-bill adapter from where an earlier attempt stopped, and verified by read-back.

/** Procurify's bill status for a draft (docs/reference/procurify-api.md "Bills"). */
const DRAFT = 0;

/** The bill's vendor as the relay and Procurify know it. */
export type BillVendor =
  | { kind: 'known'; id: number }
  /** Still waiting in the relay's queue: it is synced first, and the bill waits a moment. */
  | { kind: 'queued'; netsuiteId: string }
  /** Not in Procurify at all: the mapping reports `vendor_not_synced`. */
  | { kind: 'absent' };

export interface BillWorld extends BaseWorld {
  /** Read only when the decision needs it: not for a delete, nor for a bill not approved. */
  vendor?: BillVendor;
}

/** The snapshot of a bill whose decision needs its vendor; undefined for a delete or a bill not approved. */
export function billNeedingVendor(record: RecordView): TransactionSnapshot | undefined {
  const snapshot = transactionSnapshotOf(record);
  return snapshot && billApproval(snapshot).sync ? snapshot : undefined;
}

/**
 * The Procurify bill the decision looks at: the draft the progress names; after a lost draft create,
 * or before any write began, the bill the record points at (when it is this vendor's) or else one with
 * the same invoice number. While items are being made no bill of ours exists yet: nothing to look up.
 */
export type BillLookup =
  | { kind: 'none' }
  | { kind: 'by_uuid'; uuid: string }
  | { kind: 'by_invoice'; vendorId: number; invoiceNumber: string }
  | { kind: 'stored_or_invoice'; uuid: string; vendorId: number; invoiceNumber: string };

/** The bill mapped once, with the progress its write continues from and what it must look up in Procurify. */
export interface MappedBillSubject {
  kind: 'mapped';
  snapshot: TransactionSnapshot;
  input: MappedBill;
  detail: { lines: ReturnType<typeof lineMappings> };
  settings: PlanSettings;
  /** The stored progress, whatever vendor it was for. */
  stored: BillWriteProgress | undefined;
  /** The progress this write continues: a write begun for another vendor cannot (its items belong to that vendor). */
  progress: BillWriteProgress | undefined;
  lookup: BillLookup;
}

export type BillSubject = SettledPlan | MappedBillSubject;

export function billSubject(record: RecordView, world: BillWorld): BillSubject {
  const snapshot = transactionSnapshotOf(record);
  if (snapshot === null) return settled(deletedBillOutcome(record.procurifyId, billProgressOf(record)));
  const approval = billApproval(snapshot);
  if (!approval.sync)
    return settled({ status: 'skipped', message: clip(`Not synced: ${approval.reason}`) }, 'not_approved');
  const vendor = world.vendor ?? { kind: 'absent' };
  if (vendor.kind === 'queued')
    return { kind: 'wait', message: `Waiting for vendor ${vendor.netsuiteId} to be synced first.`, delayMs: 2_000 };

  const { settings } = world;
  const { refs, overrides } = world.reference;
  const vendorId = vendor.kind === 'known' ? vendor.id : null;
  const mapped = mapBill(snapshot, refs, overrides, { accountId: settings.accountId, vendorId });
  const detail = { lines: lineMappings(snapshot, mapped.coding) };
  if (!mapped.ok) return settled(fromIssues(mapped.issues, 'Bill', detail));
  const { input } = mapped;
  const stored = billProgressOf(record);
  const progress = stored?.vendorId === input.vendorId ? stored : undefined;
  return {
    kind: 'mapped',
    snapshot,
    input,
    detail,
    settings,
    stored,
    progress,
    lookup: lookupFor(record, input, progress),
  };
}

function lookupFor(record: RecordView, input: MappedBill, progress: BillWriteProgress | undefined): BillLookup {
  const guard = { vendorId: input.vendorId, invoiceNumber: input.invoiceNumber };
  if (progress?.draft) return { kind: 'by_uuid', uuid: progress.draft.uuid };
  if (progress && !progress.pendingDraft) return { kind: 'none' };
  if (progress || !record.procurifyId) return { kind: 'by_invoice', ...guard };
  return { kind: 'stored_or_invoice', uuid: record.procurifyId, ...guard };
}

export type BillPlan =
  | SettledPlan
  /** Ours and complete: PATCH the header when it differs, then the payment step. */
  | {
      kind: 'check';
      subject: MappedBillSubject;
      bill: BillRead;
      patch: Record<string, unknown>;
      expected: ExpectedOutcome;
    }
  /** Write (or go on writing) the bill from `start`, then the payment step. */
  | { kind: 'write'; subject: MappedBillSubject; start: BillWriteProgress; expected: ExpectedOutcome };

/** `found`: the bill the lookup found in Procurify, if any. */
export function planBill(subject: BillSubject, found: BillRead | undefined): BillPlan {
  if (subject.kind !== 'mapped') return subject;
  const { input, settings, stored, progress, detail } = subject;
  if (found && !isWrittenBy(found, subject.snapshot)) {
    // Not ours (Procurify's own AP flow or a person entered it): link, and never change it.
    const message = `Procurify already had invoice ${input.invoiceNumber} for this vendor; linked to it instead of creating a duplicate.`;
    return settled({
      ...withLeftovers(message, [allLeftoversOf(stored)]),
      status: 'linked',
      procurifyId: found.uuid,
      detail,
      writeProgress: null,
    });
  }
  // Ours and complete (submitted, or a draft as written when drafts are what we leave): check it.
  if (found && !(found.status === DRAFT && (settings.billSubmit || differsFrom(found, input)))) {
    const { patch, lineDifferences } = headerChange(found, input);
    const patching = Object.keys(patch).length > 0;
    if (!patching && lineDifferences.length > 0)
      return { kind: 'refused', code: 'bill_write_unsupported', message: linesUnsupportedMessage(lineDifferences) };
    const expected: ExpectedOutcome =
      lineDifferences.length > 0
        ? { status: 'failed', issueCodes: ['bill_write_unsupported'] }
        : { status: 'synced', issueCodes: paymentIssueCodes(subject.snapshot, found.status) };
    return { kind: 'check', subject, bill: found, patch, expected };
  }
  if (!found && !progress && settings.billWrite === 'off') {
    return settled(
      {
        status: 'skipped',
        detail,
        message: 'Every line maps, but bill writing is off on the relay (MLC_BILL_WRITE=off).',
      },
      'bill_write_off',
    );
  }
  // A draft the progress named but Procurify no longer has: start the draft again, keeping the items.
  const begun = progress?.draft && !found ? { ...progress, draft: undefined, attached: [] } : progress;
  const start = found
    ? withDraftFound(begun ?? freshProgress(input.vendorId), found)
    : (begun ?? freshProgress(input.vendorId));
  const leftover = allLeftoversOf(abandonedProgress(subject)) ? ['procurify_leftover'] : [];
  // A new bill is not approved in Procurify yet: its status is known only from the read-back.
  const expected: ExpectedOutcome = {
    status: 'synced',
    issueCodes: [...leftover, ...paymentIssueCodes(subject.snapshot, undefined)],
  };
  return { kind: 'write', subject, start, expected };
}

/** The stored progress a write for another vendor left behind, reported after this write. */
export function abandonedProgress(subject: MappedBillSubject): BillWriteProgress | undefined {
  return subject.stored && !subject.progress ? subject.stored : undefined;
}

/** Our note names the NetSuite bill: a bill carrying it was written by us (perhaps before a crash). */
function isWrittenBy(bill: BillRead, snapshot: TransactionSnapshot): boolean {
  return (bill.note ?? '').includes(`NetSuite vendor bill ${snapshot.id}`);
}

function differsFrom(bill: BillRead, input: MappedBill): boolean {
  return compareBillReadBack(input, readBackOf(bill)).length > 0;
}

function paymentIssueCodes(snapshot: TransactionSnapshot, procurifyStatus: number | undefined): string[] {
  return paymentDecision(netsuitePaymentOf(snapshot), procurifyStatus).action === 'report'
    ? [PAYMENT_STATUS_DRIFT]
    : [];
}
