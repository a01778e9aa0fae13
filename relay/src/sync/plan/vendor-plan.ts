import type { OptimizedVendor } from '../../procurify';
import type { Outcome } from '../../store/work-queue';
import { fromIssues, hashBody } from '../jobs/outcomes';
import {
  isEmptyPatch,
  mapVendor,
  vendorDiff,
  vendorExternalId,
  type ProcurifyVendorBody,
  type VendorPatch,
} from '../mapping';
import { settled, type BaseWorld, type ExpectedOutcome, type RecordView, type SettledPlan } from './plan-types';
import { vendorSnapshotOf } from './record-decoding';

// Vendor upsert keyed by external_id (docs/architecture.md "Vendors"): never created on a name match. A
// vendor we wrote before is PATCHed by its id, and only when its body changed, so a steady-state
// change costs one Procurify call. A delete deactivates the Procurify vendor.

/**
 * The vendor mapped once: settled when it does not map; else the body and the Procurify vendor the
 * decision starts from, the one a manual link (PUT /v1/mappings/vendors) names or the relay wrote,
 * when there is one (`knownId`); without one, Procurify's vendor with the external_id decides.
 */
export type VendorSubject =
  | SettledPlan
  | { kind: 'deactivate'; externalId: string }
  | {
      kind: 'upsert';
      externalId: string;
      body: ProcurifyVendorBody;
      warnings: string[];
      knownId: number | undefined;
      /** The id the relay wrote, when its last write is certain. */
      storedId: number | undefined;
      writtenHash: string | null;
    };

export function vendorSubject(record: RecordView, world: BaseWorld): VendorSubject {
  const { accountId, vendorType } = world.settings;
  const externalId = vendorExternalId(accountId, record.recordId);
  const snapshot = vendorSnapshotOf(record);
  if (snapshot === null) return { kind: 'deactivate', externalId };
  const { refs, overrides, vendorLinks } = world.reference;
  const mapped = mapVendor(snapshot, refs, { accountId, vendorType, overrides });
  if (!mapped.ok) return settled(fromIssues(mapped.issues, 'Vendor'));
  const storedId = record.procurifyId && !record.uncertainWrite ? Number(record.procurifyId) : undefined;
  return {
    kind: 'upsert',
    externalId,
    body: mapped.body,
    warnings: mapped.warnings,
    // A manual link names the Procurify vendor; the PATCH then sets its external_id.
    knownId: vendorLinks.get(record.recordId) ?? storedId,
    storedId,
    writtenHash: record.writtenHash,
  };
}

/** Whether the decision needs Procurify's vendor with the subject's external_id (not read otherwise). */
export function needsVendorLookup(
  subject: VendorSubject,
  knownGone: boolean,
): subject is Exclude<VendorSubject, SettledPlan> {
  if (subject.kind === 'deactivate') return true;
  return subject.kind === 'upsert' && (subject.knownId === undefined || knownGone);
}

/** What Procurify holds for the decision: the vendor with the external_id (when read), and whether the known id answered 404. */
export interface VendorFacts {
  byExternalId?: OptimizedVendor;
  /** The known vendor was removed in Procurify since: the decision falls back to the external_id. */
  knownGone?: boolean;
}

export type VendorPlan =
  | SettledPlan
  /** `fallsBack`: a 404 (removed in Procurify since) plans again without the known id. */
  | { kind: 'patch'; vendorId: number; patch: VendorPatch; outcome: Outcome; fallsBack: boolean }
  /** The outcome's `procurifyId` is the created vendor's. */
  | { kind: 'create'; body: ProcurifyVendorBody; outcome: Outcome }
  | { kind: 'deactivate'; vendorId: number; active: boolean; outcome: Outcome };

export function planVendor(subject: VendorSubject, facts: VendorFacts): VendorPlan {
  if (subject.kind === 'deactivate') return planDeactivate(facts.byExternalId);
  if (subject.kind !== 'upsert') return subject;
  const { body, knownId } = subject;
  const synced = (id: number | undefined, change: string): Outcome => ({
    status: 'synced',
    ...(id === undefined ? {} : { procurifyId: String(id) }),
    writtenHash: hashBody(body),
    message: `${change}.${subject.warnings.length > 0 ? ` ${subject.warnings.join(' ')}` : ''}`,
  });
  if (knownId !== undefined && !facts.knownGone) {
    if (knownId === subject.storedId && subject.writtenHash === hashBody(body))
      return settled(synced(knownId, 'Vendor unchanged in Procurify'));
    const { overall_score: _unused, ...patchable } = body;
    const outcome = synced(knownId, 'Vendor updated in Procurify');
    return { kind: 'patch', vendorId: knownId, patch: patchable, outcome, fallsBack: true };
  }
  const existing = facts.byExternalId;
  if (!existing) return { kind: 'create', body, outcome: synced(undefined, 'Vendor created in Procurify') };
  const patch = vendorDiff(existing, body);
  if (isEmptyPatch(patch)) return settled(synced(existing.id, 'Vendor already up to date in Procurify'));
  return {
    kind: 'patch',
    vendorId: existing.id,
    patch,
    outcome: synced(existing.id, 'Vendor updated in Procurify'),
    fallsBack: false,
  };
}

/** An inactive or deleted NetSuite vendor becomes inactive in Procurify. */
function planDeactivate(existing: OptimizedVendor | undefined): VendorPlan {
  if (!existing)
    return settled({ status: 'deleted', message: 'Vendor deleted in NetSuite; it was never in Procurify.' });
  return {
    kind: 'deactivate',
    vendorId: existing.id,
    active: existing.active !== false,
    outcome: {
      status: 'deleted',
      procurifyId: String(existing.id),
      writtenHash: null,
      message: 'Vendor deleted in NetSuite; deactivated in Procurify.',
    },
  };
}

/** A vendor write reaches its outcome as planned (its answers carry nothing the outcome depends on but the new id). */
export function expectedOfVendorWrite(plan: Exclude<VendorPlan, SettledPlan>): ExpectedOutcome {
  return { status: plan.outcome.status as ExpectedOutcome['status'], issueCodes: [] };
}
