import type { RecordType } from '../../../../suiteapp/src/lib/snapshot-types';
import type { Outcome } from '../../store/work-queue';
import type { ReferenceCache } from '../reference-cache';
import { billNeedingVendor, billSubject, planBill, type BillPlan } from '../plan/bill-plan';
import {
  expectedOfSettled,
  isSettled,
  type BaseWorld,
  type ExpectedOutcome,
  type PlanSettings,
  type RecordView,
} from '../plan/plan-types';
import { planPurchaseOrder, type PurchaseOrderPlan } from '../plan/purchase-order-plan';
import {
  expectedOfVendorWrite,
  needsVendorLookup,
  planVendor,
  vendorSubject,
  type VendorPlan,
  type VendorSubject,
} from '../plan/vendor-plan';
import type { JobContext } from '../worker';
import { executeBillPlan } from './bill-executor';
import type { BillWriterDeps } from './bill-write';
import { settle } from './settle';
import { executeVendorPlan } from './vendor-executor';
import type { WorldReads } from './world-reader';

// One decision per record: read its world, plan, carry the plan out. The worker's jobs, the record
// preview and the backfill dry run all go through here; only the Procurify client (real or
// recording) and the world's reads (direct or cached for a run) differ.

export interface PlanDeps {
  references: ReferenceCache;
  settings: PlanSettings;
  reads: WorldReads;
}

export type RecordPlan =
  | { recordType: 'vendor'; subject: VendorSubject; plan: VendorPlan }
  | { recordType: 'vendorbill'; plan: BillPlan }
  | { recordType: 'purchaseorder'; plan: PurchaseOrderPlan };

/** Reads the record's world and plans it. */
export async function planRecord(deps: PlanDeps, record: RecordView): Promise<RecordPlan> {
  const base: BaseWorld = { reference: await deps.references.get(), settings: deps.settings };
  switch (record.recordType as RecordType) {
    case 'vendor': {
      const subject = vendorSubject(record, base);
      const byExternalId = needsVendorLookup(subject, false)
        ? await deps.reads.vendorByExternalId(subject.externalId)
        : undefined;
      return { recordType: 'vendor', subject, plan: planVendor(subject, { byExternalId }) };
    }
    case 'vendorbill': {
      const needing = billNeedingVendor(record);
      const vendor = needing ? await deps.reads.billVendor(needing.entity.id) : undefined;
      const subject = billSubject(record, { ...base, vendor });
      const found = subject.kind === 'mapped' ? await deps.reads.bill(subject.lookup) : undefined;
      return { recordType: 'vendorbill', plan: planBill(subject, found) };
    }
    case 'purchaseorder':
      return { recordType: 'purchaseorder', plan: planPurchaseOrder(record, base) };
    default:
      throw new Error(`no sync decision for record type ${record.recordType}`);
  }
}

/** Carries out a plan with this Procurify client; answers the outcome the worker stores. */
export async function executeRecordPlan(
  deps: BillWriterDeps & { reads: WorldReads },
  planned: RecordPlan,
  context: JobContext,
): Promise<Outcome> {
  switch (planned.recordType) {
    case 'vendor': {
      const { subject } = planned;
      // The vendor the relay knew was removed in Procurify since: plan again from its external_id.
      const planWhenGone = async () =>
        planVendor(subject, {
          knownGone: true,
          byExternalId: needsVendorLookup(subject, true)
            ? await deps.reads.vendorByExternalId(subject.externalId)
            : undefined,
        });
      return executeVendorPlan(deps.procurify, planned.plan, planWhenGone);
    }
    case 'vendorbill':
      return executeBillPlan(deps, planned.plan, context);
    case 'purchaseorder':
      return settle(planned.plan);
  }
}

/** What the plan reaches when Procurify answers as expected; undefined for a wait. */
export function expectedOutcome(planned: RecordPlan): ExpectedOutcome | undefined {
  const { plan } = planned;
  if (isSettled(plan)) return expectedOfSettled(plan);
  if (plan.kind === 'check' || plan.kind === 'write') return plan.expected;
  return expectedOfVendorWrite(plan);
}
