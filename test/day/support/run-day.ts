import type { MapReducePause } from '../../../simulators/netsuite/suitescript';
import type { DayAction, DayPlan } from './business-day';
import { createDayActions, type DayLog } from './day-actions';
import type { DayWorld } from './day-world';

// Runs a planned day against a world, as a discrete-event simulation: after everything in flight has
// settled, the clocks jump to whatever falls due first (a planned action, NetSuite starting a queued
// dispatcher run, the dispatcher's 15-minute schedule, or one of the relay's own timers).

/** How long NetSuite keeps a submitted map/reduce in its queue before it starts. */
export const QUEUE_DELAY_MS = 15_000;
/** The dispatcher's scheduled deployment (the backstop). */
export const SCHEDULE_MS = 15 * 60_000;

export interface DispatchRun {
  at: number;
  scheduled: boolean;
  /** Saves made while it ran (between its invocations). */
  savesDuring: number;
}

export interface DayRun {
  plan: DayPlan;
  log: DayLog;
  dispatches: DispatchRun[];
  /** Simulation steps taken (settle, jump, act). */
  steps: number;
}

export async function runDay(world: DayWorld, plan: DayPlan): Promise<DayRun> {
  const actions = createDayActions(world);
  const dispatches: DispatchRun[] = [];
  const deferred: DayAction[] = [];
  let nextAction = 0;
  let queuedAt: number | null = null;
  let nextSchedule = plan.start + SCHEDULE_MS;
  let steps = 0;

  /** Saves planned "during a dispatch" are made at the run's first map invocation. */
  const duringStage = (run: DispatchRun) => (pause: MapReducePause) => {
    if (pause.stage !== 'map' || deferred.length === 0) return;
    for (const action of deferred.splice(0)) {
      void actions.perform(action);
      run.savesDuring += 1;
    }
  };
  const dispatch = (scheduled: boolean) => {
    const run: DispatchRun = { at: world.now(), scheduled, savesDuring: 0 };
    if (scheduled) world.runtime.runScheduledDeployments({ duringStage: duringStage(run) });
    else world.runtime.startQueuedTask()?.finish({ duringStage: duringStage(run) });
    dispatches.push(run);
  };

  for (;;) {
    await world.settle();
    steps += 1;
    const now = world.now();
    if (queuedAt === null && world.runtime.queuedTasks.length > 0) queuedAt = now;
    const due = [plan.end, nextSchedule];
    if (nextAction < plan.actions.length) due.push(plan.actions[nextAction]!.at);
    if (queuedAt !== null) due.push(queuedAt + QUEUE_DELAY_MS);
    const relayDue = await world.relayNextDue();
    if (relayDue !== null) due.push(relayDue);
    const next = Math.min(...due);
    if (now >= plan.end) break;
    await world.jumpTo(Math.min(next, plan.end));
    const at = world.now();

    while (nextAction < plan.actions.length && plan.actions[nextAction]!.at <= at) {
      const action = plan.actions[nextAction++]!;
      if (action.duringDispatch) deferred.push(action);
      else await actions.perform(action);
    }
    if (queuedAt !== null && at >= queuedAt + QUEUE_DELAY_MS) {
      queuedAt = null;
      dispatch(false);
    }
    if (at >= nextSchedule) {
      nextSchedule += SCHEDULE_MS;
      dispatch(true);
    }
  }
  return { plan, log: actions.log, dispatches, steps };
}
