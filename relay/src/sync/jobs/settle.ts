import { PermanentError } from '../../transport';
import type { Outcome } from '../../store/work-queue';
import { RetryLaterError } from '../errors';
import type { SettledPlan } from '../plan/plan-types';

/** A plan with no Procurify write: its outcome, or the error the worker records as a failure or a wait. */
export function settle(plan: SettledPlan): Outcome {
  switch (plan.kind) {
    case 'settled':
      return plan.outcome;
    case 'refused':
      throw new PermanentError(plan.code, plan.message);
    case 'wait':
      throw new RetryLaterError(plan.message, plan.delayMs);
  }
}
