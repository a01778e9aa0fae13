import { describeLeftovers, type BillWriteProgress } from '../../procurify';
import { classifyFailure, PermanentError } from '../../transport';
import type { Outcome } from '../../store/work-queue';
import { failureMessage } from '../failure-message';
import { abandonedProgress, type BillPlan } from '../plan/bill-plan';
import { allLeftoversOf, leftoversOf, linesUnsupportedMessage, withLeftovers } from '../plan/bill-wording';
import type { JobContext } from '../worker';
import { settlePayment, withPayment } from './bill-payment';
import { patchBillHeader } from './bill-update';
import { writeVerifiedBill, type BillWriterDeps } from './bill-write';
import { clip } from './outcomes';
import { settle } from './settle';

type CheckPlan = Extract<BillPlan, { kind: 'check' }>;
type WritePlan = Extract<BillPlan, { kind: 'write' }>;

/** Carries out a bill plan: the header check or the resumable write, then the payment step. */
export async function executeBillPlan(deps: BillWriterDeps, plan: BillPlan, context: JobContext): Promise<Outcome> {
  switch (plan.kind) {
    case 'check': {
      const checked = await checkExisting(deps, plan);
      return withPayment(checked, await settlePayment(deps, plan.subject.snapshot, plan.bill, context));
    }
    case 'write': {
      const { synced, written } = await write(deps, plan, context);
      return withPayment(synced, await settlePayment(deps, plan.subject.snapshot, written, context));
    }
    default:
      return settle(plan);
  }
}

async function checkExisting(deps: BillWriterDeps, plan: CheckPlan): Promise<Outcome> {
  const { bill, patch, subject } = plan;
  const patched = Object.keys(patch);
  if (patched.length > 0) {
    const remaining = await patchBillHeader(deps.procurify, bill, subject.input, patch);
    if (remaining.length > 0) throw new PermanentError('bill_write_unsupported', linesUnsupportedMessage(remaining));
  }
  return {
    status: 'synced',
    procurifyId: bill.uuid,
    message: patched.length > 0 ? `Updated in Procurify: ${patched.join(', ')}.` : 'Already up to date in Procurify.',
    detail: subject.detail,
    writeProgress: null,
  };
}

async function write(deps: BillWriterDeps, plan: WritePlan, context: JobContext) {
  const { subject, start } = plan;
  const { input, snapshot } = subject;
  const written = await resumeWrite(deps, plan, context);
  const synced: Outcome = {
    ...withLeftovers(
      `Written to Procurify and verified: ${input.lines.length} line(s), total ${input.total} ${snapshot.currency.code}.`,
      [leftoversOf({ ...start, draft: undefined }, written.leftoverItems), allLeftoversOf(abandonedProgress(subject))],
    ),
    status: 'synced',
    procurifyId: written.uuid,
    detail: subject.detail,
    writeProgress: null,
  };
  return { synced, written };
}

/** Writes from the plan's start, saving each step with the record; a refusal says what waits in Procurify. */
async function resumeWrite(deps: BillWriterDeps, plan: WritePlan, context: JobContext) {
  let current = plan.start;
  const store = {
    progress: plan.start,
    save: async (next: BillWriteProgress) => {
      current = next;
      await context.saveProgress(JSON.stringify(next));
    },
  };
  return reportingLeftovers(
    () => current,
    () => writeVerifiedBill(deps, plan.subject.input, store),
  );
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
