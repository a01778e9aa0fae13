import type { TransactionSnapshot } from '../../../../suiteapp/src/lib/snapshot-types';
import { findBillByVendorAndInvoice, getBill, type BillRead } from '../../procurify';
import { HttpError, PermanentError } from '../../retry';
import type { SyncRecordRow } from '../../store/records';
import type { Outcome } from '../../store/work-queue';
import { lineMappings } from '../line-detail';
import { billApproval, compareBillReadBack, mapBill, resolveBillLines, type BillWriteInput } from '../mapping';
import type { Job } from '../worker';
import { procurifyVendorId } from './bill-vendor';
import { updateBillHeader } from './bill-update';
import { completeVerifiedDraft, readBackOf, writeVerifiedBill } from './bill-write';
import type { JobDeps } from './job-deps';
import { clip, fromIssues } from './outcomes';

/** Procurify's bill status for a draft (procurify-api.md §14.3). */
const DRAFT = 0;

/**
 * Vendor bills (DESIGN.md "What flows"): only approved ones; every line coded to one active Procurify
 * account or nothing is written; linked instead of duplicated; written through the isolated draft-bill
 * adapter and verified by read-back.
 */
export function createBillJob(deps: JobDeps): Job {
  return async (record) => {
    if (record.action === 'delete' || record.snapshot === null) return deletedBill(record);
    const snapshot = JSON.parse(record.snapshot) as TransactionSnapshot;
    const approval = billApproval(snapshot);
    if (!approval.sync) return { status: 'skipped', message: clip(`Not synced: ${approval.reason}`) };

    const context = await deps.references.get();
    const { accountId } = deps.settings;
    const detail = {
      lines: lineMappings(
        snapshot,
        context,
        accountId,
        resolveBillLines(snapshot, context.refs, context.overrides, accountId),
      ),
    };
    const vendorId = await procurifyVendorId(deps, snapshot.entity.id);
    const mapped = mapBill(snapshot, context.refs, context.overrides, { accountId, vendorId });
    if (!mapped.ok) return fromIssues(mapped.issues, 'Bill', detail);
    const input = mapped.input;

    // The bill this record points at (written or linked before), else one with the same invoice number.
    const known = (await storedBill(deps, record, input)) ?? (await billWithInvoice(deps, input));
    if (known) {
      if (isWrittenBy(known, snapshot)) return { ...(await reconcileExisting(deps, known, input)), detail };
      // Not ours (Procurify's own AP flow or a person entered it): link, and never change it.
      return {
        status: 'linked',
        procurifyId: known.uuid,
        detail,
        message: clip(
          `Procurify already had invoice ${input.invoiceNumber} for this vendor; linked to it instead of creating a duplicate.`,
        ),
      };
    }
    if (deps.settings.billWrite === 'off') {
      return {
        status: 'skipped',
        detail,
        message: 'Every line maps, but bill writing is off on the relay (MLC_BILL_WRITE=off).',
      };
    }
    const uuid = await writeVerifiedBill(deps, input);
    return {
      status: 'synced',
      procurifyId: uuid,
      detail,
      message: clip(
        `Written to Procurify and verified: ${input.lines.length} line(s), total ${input.total} ${snapshot.currency.code}.`,
      ),
    };
  };
}

/** The bill this record points at, by the id stored when it was written or linked. */
async function storedBill(deps: JobDeps, record: SyncRecordRow, input: BillWriteInput): Promise<BillRead | undefined> {
  if (!record.procurifyId) return undefined;
  try {
    const bill = await getBill(deps.procurify, record.procurifyId);
    return bill.vendor.id === input.vendorId ? bill : undefined;
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) return undefined;
    throw error;
  }
}

/** The duplicate guard: a bill of this vendor with the same invoice number. */
async function billWithInvoice(deps: JobDeps, input: BillWriteInput): Promise<BillRead | undefined> {
  const found = await findBillByVendorAndInvoice(deps.procurify, input.vendorId, input.invoiceNumber);
  return found ? getBill(deps.procurify, found.uuid) : undefined;
}

/** Our note names the NetSuite bill: a bill carrying it was written by us (perhaps before a crash). */
function isWrittenBy(bill: BillRead, snapshot: TransactionSnapshot): boolean {
  return (bill.note ?? '').includes(`NetSuite vendor bill ${snapshot.id}`);
}

async function reconcileExisting(deps: JobDeps, bill: BillRead, input: BillWriteInput): Promise<Outcome> {
  // A draft of ours was cut short (a crash, a lost answer): finish writing it.
  if (bill.status === DRAFT && (deps.settings.billSubmit || compareBillReadBack(input, readBackOf(bill)).length > 0)) {
    const uuid = await completeVerifiedDraft(deps, bill, input);
    return {
      status: 'synced',
      procurifyId: uuid,
      message: 'Written to Procurify (an interrupted draft was completed) and verified.',
    };
  }
  const result = await updateBillHeader(deps, bill, input);
  if (result.remaining.length > 0) {
    throw new PermanentError(
      'bill_write_unsupported',
      clip(
        `The bill changed in NetSuite after it was written to Procurify, and Procurify's API cannot change its lines: ` +
          `${result.remaining.map((difference) => difference.message).join(' ')} Correct the bill in Procurify, then press Resync.`,
      ),
    );
  }
  return {
    status: 'synced',
    procurifyId: bill.uuid,
    message:
      result.patched.length > 0
        ? `Updated in Procurify: ${result.patched.join(', ')}.`
        : 'Already up to date in Procurify.',
  };
}

function deletedBill(record: SyncRecordRow): Outcome {
  if (!record.procurifyId) return { status: 'deleted', message: 'Deleted in NetSuite before it reached Procurify.' };
  return {
    status: 'deleted',
    message: clip(
      `Deleted in NetSuite. Procurify's bill ${record.procurifyId} was left as it is: Procurify's API has no way to delete a bill. Void or remove it in Procurify.`,
    ),
    issues: [{ code: 'bill_write_unsupported', message: 'Procurify offers no bill delete (DELETE answers 405).' }],
  };
}
