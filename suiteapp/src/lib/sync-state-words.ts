// What the "Procurify sync" tab says about a record's state, and whether the Resync button applies
// (docs/architecture.md "Record states"). One table of words for the badge and the history. The
// relay's pages name the same states (synced, linked, needs mapping, failed, skipped), so the
// accountant and the operator use the same words; the SuiteApp cannot import relay code, so it
// keeps this table of its own.
import type { ApprovalStatus, RecordType } from './snapshot-types';

/** What the open record itself says now, beside what the relay last wrote. */
export interface RecordFacts {
  recordType: RecordType;
  /** A bill's approval status as the record shows it now; null without approval routing, and for vendors. */
  approvalStatus: ApprovalStatus;
}

/** Each state the relay writes, in words. */
export const STATE_WORDS: Readonly<Record<string, string>> = {
  pending: 'Pending: queued for Procurify',
  synced: 'Synced to Procurify',
  linked: 'Linked to an existing Procurify record',
  needs_mapping: 'Needs mapping',
  failed: 'Failed',
  skipped: 'Skipped',
  deleted: 'Deleted',
};

/** Before the relay has written any state for the record. */
export const NOT_SYNCED_YET = 'Not synced yet';

/**
 * A skipped record's reason, when the record itself shows it: a bill waiting for approval or
 * rejected (the relay sends approved bills only), or a purchase order (checked, never written).
 */
function skippedBecause(facts: Partial<RecordFacts>): string | null {
  if (facts.recordType === 'purchaseorder') return 'Skipped: purchase orders are not sent';
  if (facts.recordType !== 'vendorbill') return null;
  if (facts.approvalStatus === 'pending') return 'Skipped: not approved yet';
  if (facts.approvalStatus === 'rejected') return 'Skipped: rejected in NetSuite';
  return null;
}

/** A state in words; a code this table does not know is shown as written (the caller escapes it). */
export function stateWords(status: string | null, facts: Partial<RecordFacts> = {}): string {
  if (status === null) return NOT_SYNCED_YET;
  const words = STATE_WORDS[status] ?? status;
  return status === 'skipped' ? (skippedBecause(facts) ?? words) : words;
}

/**
 * Whether pressing Resync can change anything. Not for a bill pending approval or rejected: the
 * relay skips it again, and approving it is a save, which syncs it by itself. Everywhere else it
 * can help: after a mapping was added (needs mapping), a failure was fixed, a record changed
 * without a save event, or to check a synced record against Procurify again.
 */
export function resyncApplies(facts: RecordFacts): boolean {
  return !(
    facts.recordType === 'vendorbill' &&
    (facts.approvalStatus === 'pending' || facts.approvalStatus === 'rejected')
  );
}

/** Why the Resync button is missing, for the tab; null when it is there. */
export function resyncWithheldNote(facts: RecordFacts): string | null {
  if (resyncApplies(facts)) return null;
  return facts.approvalStatus === 'pending'
    ? 'This bill syncs by itself once it is approved.'
    : 'Rejected bills are not sent to Procurify.';
}
