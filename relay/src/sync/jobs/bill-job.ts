import type { TransactionSnapshot } from '../../../../suiteapp/src/lib/snapshot-types';
import {
  describeLeftovers,
  findBillByVendorAndInvoice,
  freshProgress,
  getBill,
  parseProgress,
  withDraftFound,
  type BillRead,
  type BillWriteProgress,
} from '../../procurify';
import { classifyFailure, HttpError, PermanentError } from '../../retry';
import { failureMessage } from '../failure-message';
import type { SyncRecordRow } from '../../store/records';
import type { Outcome } from '../../store/work-queue';
import { lineMappings } from '../line-detail';
import { billApproval, compareBillReadBack, mapBill, resolveBillLines, type BillWriteInput } from '../mapping';
import type { Job, JobContext } from '../worker';
import { procurifyVendorId } from './bill-vendor';
import { settlePayment, withPayment } from './bill-payment';
import { updateBillHeader } from './bill-update';
import { readBackOf, writeVerifiedBill } from './bill-write';
import type { JobDeps } from './job-deps';
import { clip, fromIssues } from './outcomes';

/** Procurify's bill status for a draft (docs/reference/procurify-api.md "Bills"). */
const DRAFT = 0;

/**
 * Vendor bills (docs/architecture.md "Bills"): only approved ones; every line coded to one active Procurify
 * account or nothing is written; linked instead of duplicated; written through the isolated draft-bill
 * adapter and verified by read-back.
 */
export function createBillJob(deps: JobDeps): Job {
  return async (record, context) => {
    if (record.action === 'delete' || record.snapshot === null) return deletedBill(record);
    const snapshot = JSON.parse(record.snapshot) as TransactionSnapshot;
    const approval = billApproval(snapshot);
    if (!approval.sync) return { status: 'skipped', message: clip(`Not synced: ${approval.reason}`) };

    const mapping = await deps.references.get();
    const { accountId } = deps.settings;
    const detail = {
      lines: lineMappings(
        snapshot,
        mapping,
        accountId,
        resolveBillLines(snapshot, mapping.refs, mapping.overrides, accountId),
      ),
    };
    const vendorId = await procurifyVendorId(deps, snapshot.entity.id);
    const mapped = mapBill(snapshot, mapping.refs, mapping.overrides, { accountId, vendorId });
    if (!mapped.ok) return fromIssues(mapped.issues, 'Bill', detail);
    const input = mapped.input;

    // A write begun for another vendor cannot go on (its items belong to that vendor): it is reported.
    const stored = parseProgress(record.writeProgress);
    const progress = stored?.vendorId === input.vendorId ? stored : undefined;
    const abandoned = stored && !progress ? stored : undefined;

    const known = await billInProcurify(deps, record, input, progress);
    if (known && !isWrittenBy(known, snapshot)) {
      // Not ours (Procurify's own AP flow or a person entered it): link, and never change it.
      return {
        ...withLeftovers(
          `Procurify already had invoice ${input.invoiceNumber} for this vendor; linked to it instead of creating a duplicate.`,
          [
            stored &&
              leftoversOf(
                stored,
                stored.items.map((item) => item.id),
              ),
          ],
        ),
        status: 'linked',
        procurifyId: known.uuid,
        detail,
        writeProgress: null,
      };
    }
    // Ours and complete (submitted, or a draft as written when drafts are what we leave): check it.
    if (known && !(known.status === DRAFT && (deps.settings.billSubmit || differsFrom(known, input)))) {
      const checked = { ...(await reconcileExisting(deps, known, input)), detail, writeProgress: null };
      return withPayment(checked, await settlePayment(deps, snapshot, known, context));
    }
    if (!known && !progress && deps.settings.billWrite === 'off') {
      return {
        status: 'skipped',
        detail,
        message: 'Every line maps, but bill writing is off on the relay (MLC_BILL_WRITE=off).',
      };
    }
    // A draft the progress named but Procurify no longer has: start the draft again, keeping the items.
    const begun = progress?.draft && !known ? { ...progress, draft: undefined, attached: [] } : progress;
    const start = known
      ? withDraftFound(begun ?? freshProgress(input.vendorId), known)
      : (begun ?? freshProgress(input.vendorId));
    const written = await resumeWrite(deps, input, start, context);
    const synced: Outcome = {
      ...withLeftovers(
        `Written to Procurify and verified: ${input.lines.length} line(s), total ${input.total} ${snapshot.currency.code}.`,
        [
          leftoversOf({ ...start, draft: undefined }, written.leftoverItems),
          abandoned &&
            leftoversOf(
              abandoned,
              abandoned.items.map((item) => item.id),
            ),
        ],
      ),
      status: 'synced',
      procurifyId: written.uuid,
      detail,
      writeProgress: null,
    };
    return withPayment(synced, await settlePayment(deps, snapshot, written, context));
  };
}

/** Writes from `start`, saving each step with the record; a refusal says what waits in Procurify. */
async function resumeWrite(deps: JobDeps, input: BillWriteInput, start: BillWriteProgress, context: JobContext) {
  let current = start;
  const store = {
    progress: start,
    save: async (next: BillWriteProgress) => {
      current = next;
      await context.saveProgress(JSON.stringify(next));
    },
  };
  return reportingLeftovers(
    () => current,
    () => writeVerifiedBill(deps, input, store),
  );
}

/** What a write left in Procurify ('' when nothing). */
function leftoversOf(progress: BillWriteProgress, itemIds: readonly number[]): string {
  return itemIds.length > 0 || progress.draft ? describeLeftovers(progress, itemIds) : '';
}

/** The outcome's message, with what earlier attempts left in Procurify named, and a `procurify_leftover` issue for it. */
function withLeftovers(
  message: string,
  leftovers: readonly (string | undefined)[],
): Pick<Outcome, 'message' | 'issues'> {
  const left = leftovers.filter((text): text is string => !!text);
  if (left.length === 0) return { message: clip(message) };
  const advice = `Procurify still holds ${left.join('; ')} from an earlier attempt, which its API cannot delete: remove them in Procurify.`;
  return { message: clip(`${message} ${advice}`), issues: [{ code: 'procurify_leftover', message: advice }] };
}

/**
 * The bill in Procurify this write continues or must not duplicate: the draft the progress names;
 * after a lost draft create, or before any write began, the bill the record points at or one with
 * the same invoice number. While items are being made no bill of ours exists yet: nothing to look up.
 */
async function billInProcurify(
  deps: JobDeps,
  record: SyncRecordRow,
  input: BillWriteInput,
  progress: BillWriteProgress | undefined,
): Promise<BillRead | undefined> {
  if (progress?.draft) return billByUuid(deps, progress.draft.uuid);
  if (progress && !progress.pendingDraft) return undefined;
  if (progress) return billWithInvoice(deps, input);
  return (await storedBill(deps, record, input)) ?? (await billWithInvoice(deps, input));
}

/** The bill this record points at, by the id stored when it was written or linked. */
async function storedBill(deps: JobDeps, record: SyncRecordRow, input: BillWriteInput): Promise<BillRead | undefined> {
  if (!record.procurifyId) return undefined;
  const bill = await billByUuid(deps, record.procurifyId);
  return bill?.vendor.id === input.vendorId ? bill : undefined;
}

async function billByUuid(deps: JobDeps, uuid: string): Promise<BillRead | undefined> {
  try {
    return await getBill(deps.procurify, uuid);
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

function differsFrom(bill: BillRead, input: BillWriteInput): boolean {
  return compareBillReadBack(input, readBackOf(bill)).length > 0;
}

/**
 * A write that cannot go on (a permanent error) keeps its progress, so pressing Resync after the fix
 * continues it with the same draft and items; the failure says what waits in Procurify meanwhile.
 */
async function reportingLeftovers<T>(current: () => BillWriteProgress, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const progress = current();
    const decision = classifyFailure(error);
    // Only Procurify's own refusals are reported; anything else (a bug, a dry run's stop) passes as it is.
    const refused = decision.action === 'never' && decision.reason !== 'unexpected_error';
    if (!refused || (!progress.draft && progress.items.length === 0)) throw error;
    const waiting = describeLeftovers(
      progress,
      progress.items.map((item) => item.id),
    );
    throw new PermanentError(
      error instanceof PermanentError ? error.code : decision.reason,
      clip(
        `${failureMessage(error)} Procurify holds this bill's ${waiting}; Resync continues with them once this is fixed.`,
        500,
      ),
      { cause: error, details: error instanceof PermanentError ? error.details : undefined },
    );
  }
}

async function reconcileExisting(deps: JobDeps, bill: BillRead, input: BillWriteInput): Promise<Outcome> {
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
  const progress = parseProgress(record.writeProgress);
  const unfinished = progress
    ? describeLeftovers(
        progress,
        progress.items.map((item) => item.id),
      )
    : '';
  if (!record.procurifyId) {
    return {
      status: 'deleted',
      writeProgress: null,
      message: unfinished
        ? clip(
            `Deleted in NetSuite before its write to Procurify was complete. Procurify still holds ${unfinished}, which its API cannot delete: remove them in Procurify.`,
          )
        : 'Deleted in NetSuite before it reached Procurify.',
      ...(unfinished ? { issues: [{ code: 'procurify_leftover', message: `Left in Procurify: ${unfinished}.` }] } : {}),
    };
  }
  return {
    status: 'deleted',
    writeProgress: null,
    message: clip(
      `Deleted in NetSuite. Procurify's bill ${record.procurifyId} was left as it is: Procurify's API has no way to delete a bill. Void or remove it in Procurify.`,
    ),
    issues: [{ code: 'bill_write_unsupported', message: 'Procurify offers no bill delete (DELETE answers 405).' }],
  };
}
