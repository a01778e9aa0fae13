import { createVendor, patchVendor, type ProcurifyClient } from '../../procurify';
import { HttpError } from '../../transport';
import type { Outcome } from '../../store/work-queue';
import type { VendorPlan } from '../plan/vendor-plan';
import { settle } from './settle';

/**
 * Carries out a vendor plan. A PATCH of the vendor the relay knew that answers 404 (removed in
 * Procurify since) plans again from the vendor Procurify holds under the external_id.
 */
export async function executeVendorPlan(
  procurify: ProcurifyClient,
  plan: VendorPlan,
  planWhenGone: () => Promise<VendorPlan>,
): Promise<Outcome> {
  switch (plan.kind) {
    case 'patch':
      try {
        await patchVendor(procurify, plan.vendorId, plan.patch);
        return plan.outcome;
      } catch (error) {
        if (!(plan.fallsBack && error instanceof HttpError && error.status === 404)) throw error;
        return executeVendorPlan(procurify, await planWhenGone(), planWhenGone);
      }
    case 'create': {
      const created = await createVendor(procurify, plan.body);
      return { ...plan.outcome, procurifyId: String(created.id) };
    }
    case 'deactivate':
      if (plan.active) await patchVendor(procurify, plan.vendorId, { active: false });
      return plan.outcome;
    default:
      return settle(plan);
  }
}
