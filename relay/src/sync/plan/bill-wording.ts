import { describeLeftovers, type BillWriteProgress } from '../../procurify';
import type { Outcome } from '../../store/work-queue';
import { clip } from '../jobs/outcomes';
import type { ReadBackDifference } from '../mapping';

// How bill outcomes are worded: what earlier attempts left in Procurify, deletes, and the changes
// Procurify's API cannot make.

/** What a write left in Procurify ('' when nothing). */
export function leftoversOf(progress: BillWriteProgress, itemIds: readonly number[]): string {
  return itemIds.length > 0 || progress.draft ? describeLeftovers(progress, itemIds) : '';
}

/** Everything a stored progress holds: its draft and every item it made. */
export function allLeftoversOf(progress: BillWriteProgress | undefined): string | undefined {
  return (
    progress &&
    leftoversOf(
      progress,
      progress.items.map((item) => item.id),
    )
  );
}

/** The outcome's message, with what earlier attempts left in Procurify named, and a `procurify_leftover` issue for it. */
export function withLeftovers(
  message: string,
  leftovers: readonly (string | undefined)[],
): Pick<Outcome, 'message' | 'issues'> {
  const left = leftovers.filter((text): text is string => !!text);
  if (left.length === 0) return { message: clip(message) };
  const advice = `Procurify still holds ${left.join('; ')} from an earlier attempt, which its API cannot delete: remove them in Procurify.`;
  return { message: clip(`${message} ${advice}`), issues: [{ code: 'procurify_leftover', message: advice }] };
}

/** Procurify's API changes a bill's header only: what else changed is refused with these words. */
export function linesUnsupportedMessage(remaining: readonly ReadBackDifference[]): string {
  return clip(
    `The bill changed in NetSuite after it was written to Procurify, and Procurify's API cannot change its lines: ` +
      `${remaining.map((difference) => difference.message).join(' ')} Correct the bill in Procurify, then press Resync.`,
  );
}

export function deletedBillOutcome(procurifyId: string | null, progress: BillWriteProgress | undefined): Outcome {
  const unfinished = progress
    ? describeLeftovers(
        progress,
        progress.items.map((item) => item.id),
      )
    : '';
  if (!procurifyId) {
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
      `Deleted in NetSuite. Procurify's bill ${procurifyId} was left as it is: Procurify's API has no way to delete a bill. Void or remove it in Procurify.`,
    ),
    issues: [{ code: 'bill_write_unsupported', message: 'Procurify offers no bill delete (DELETE answers 405).' }],
  };
}
