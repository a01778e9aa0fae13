import type { RecordState } from '../../domain/record-states';
import type { SyncRecordRow } from '../../store/records';
import type { Outcome } from '../../store/work-queue';
import type { MappingContext } from '../reference-cache';

// The shapes every record type's decision shares (docs/architecture.md "Jobs, previews and dry runs"):
// a planner turns a record and its world into a Plan, data that either settles the record without
// a Procurify write or names the write to do; one executor per type carries a Plan out.

/** The record as a decision sees it: the version to sync, and what the relay kept of earlier ones. */
export type RecordView = Pick<
  SyncRecordRow,
  'recordType' | 'recordId' | 'action' | 'snapshot' | 'procurifyId' | 'uncertainWrite' | 'writtenHash' | 'writeProgress'
>;

/** The settings a decision reads. */
export interface PlanSettings {
  /** NetSuite account id as runtime.accountId gives it. */
  accountId: string;
  vendorType: 3 | 4;
  billWrite: 'v2-draft' | 'off';
  billSubmit: boolean;
}

/** What every decision reads beforehand besides Procurify: the reference data and the settings. */
export interface BaseWorld {
  reference: MappingContext;
  settings: PlanSettings;
}

/**
 * Decisions that send nothing to Procurify: an outcome to store (`reason` names a skip for the
 * backfill dry run's counts), a refusal (stored as `failed`, as any permanent error), or a wait.
 */
export type SettledPlan =
  | { kind: 'settled'; outcome: Outcome; reason?: string }
  | { kind: 'refused'; code: string; message: string }
  | { kind: 'wait'; message: string; delayMs: number };

/** The state and issue codes a write plan reaches when Procurify answers as expected. */
export interface ExpectedOutcome {
  status: Exclude<RecordState, 'pending'>;
  issueCodes: string[];
}

export function settled(outcome: Outcome, reason?: string): SettledPlan {
  return reason === undefined ? { kind: 'settled', outcome } : { kind: 'settled', outcome, reason };
}

export function isSettled(plan: { kind: string }): plan is SettledPlan {
  return plan.kind === 'settled' || plan.kind === 'refused' || plan.kind === 'wait';
}

/** What a settled plan reaches, in the terms of a write's expectation. */
export function expectedOfSettled(plan: SettledPlan): ExpectedOutcome | undefined {
  if (plan.kind === 'wait') return undefined;
  if (plan.kind === 'refused') return { status: 'failed', issueCodes: [plan.code] };
  return { status: plan.outcome.status as ExpectedOutcome['status'], issueCodes: issueCodesOf(plan.outcome) };
}

export function issueCodesOf(outcome: Pick<Outcome, 'issues'>): string[] {
  return [...new Set((outcome.issues ?? []).map((issue) => issue.code))];
}
