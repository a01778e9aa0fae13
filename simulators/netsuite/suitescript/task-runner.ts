// Runs submitted and scheduled map/reduce deployments, whole or one invocation at a time. A run keeps
// its deployment busy from the moment it is taken until its last invocation returns, so a save made
// during a pause (between two invocations) sees what NetSuite would: its submit of that deployment
// is refused.
import type { Engine } from './engine';
import { mapReduceSteps, type MapReducePause, type MapReduceRun } from './map-reduce';
import type { QueuedTask, TaskQueue } from './task-queue';

export type DuringStage = (pause: MapReducePause) => void;

export interface RunOptions {
  /** Called at every pause of every run: before getInputData, before each map/reduce key, before summarize. */
  duringStage?: DuringStage;
}

/** A map/reduce run in progress, paused before its next invocation. */
export interface MapReduceRunInProgress {
  readonly scriptId: string;
  readonly deploymentId: string;
  /** The submitted task, or null for a scheduled or direct run. */
  readonly taskId: string | null;
  /** Where the run is paused; null once it has ended. */
  readonly pause: MapReducePause | null;
  /** The finished run; null while it is in progress. */
  readonly result: MapReduceRun | null;
  /** Runs the next invocation; returns the next pause, or null when the run has ended (deployment free). */
  step(): MapReducePause | null;
  /** Runs to the end, calling `duringStage` at each pause still ahead. */
  finish(options?: RunOptions): MapReduceRun;
}

export function startRun(
  engine: Engine,
  queue: TaskQueue,
  work: { scriptId: string; deploymentId: string; task: QueuedTask | null },
): MapReduceRunInProgress {
  const steps = mapReduceSteps(engine, work.scriptId, work.deploymentId);
  let pause: MapReducePause | null = null;
  let result: MapReduceRun | null = null;
  const end = (ok: boolean) => {
    if (work.task) queue.finish(work.task, ok);
    else queue.release(work.scriptId, work.deploymentId);
  };
  const advance = (): MapReducePause | null => {
    if (result !== null) return null;
    try {
      const next = steps.next();
      if (next.done) {
        result = next.value;
        pause = null;
        end(true);
      } else pause = next.value;
    } catch (error) {
      pause = null;
      end(false);
      throw error;
    }
    return pause;
  };
  advance(); // to the pause before getInputData: nothing has run yet
  return {
    scriptId: work.scriptId,
    deploymentId: work.deploymentId,
    taskId: work.task?.taskId ?? null,
    get pause() {
      return pause;
    },
    get result() {
      return result;
    },
    step: advance,
    finish(options = {}) {
      for (let at = pause; at !== null; at = advance()) options.duringStage?.(at);
      return result as unknown as MapReduceRun;
    },
  };
}

/** The next submitted task, started and paused before getInputData; null when none is waiting. */
export function startQueuedTask(engine: Engine, queue: TaskQueue): MapReduceRunInProgress | null {
  const task = queue.take();
  return task ? startRun(engine, queue, { scriptId: task.scriptId, deploymentId: task.deploymentId, task }) : null;
}

/** Starts a deployment that was not submitted (the schedule, a direct run); null when it is busy. */
export function startDeployment(
  engine: Engine,
  queue: TaskQueue,
  scriptId: string,
  deploymentId: string,
): MapReduceRunInProgress | null {
  if (!queue.claim(scriptId, deploymentId)) return null;
  return startRun(engine, queue, { scriptId, deploymentId, task: null });
}

/** Runs every submitted task, including those submitted while running, in order. */
export function runQueuedTasks(
  engine: Engine,
  queue: TaskQueue,
  options: RunOptions & { maxRuns?: number } = {},
): MapReduceRun[] {
  const runs: MapReduceRun[] = [];
  const maxRuns = options.maxRuns ?? 1000;
  while (queue.pending.length > 0) {
    if (runs.length >= maxRuns)
      throw new Error(`More than ${maxRuns} queued runs: does a script resubmit itself forever?`);
    runs.push((startQueuedTask(engine, queue) as MapReduceRunInProgress).finish(options));
  }
  return runs;
}

/** One tick of the scheduler: every SCHEDULED, deployed map/reduce deployment that is not busy runs once. */
export function runScheduledDeployments(engine: Engine, queue: TaskQueue, options: RunOptions = {}): MapReduceRun[] {
  const runs: MapReduceRun[] = [];
  for (const script of engine.objects.scripts.values()) {
    if (script.type !== 'mapreducescript') continue;
    for (const deployment of script.deployments.filter((each) => each.status === 'SCHEDULED' && each.isDeployed)) {
      const run = startDeployment(engine, queue, script.scriptId, deployment.deploymentId);
      if (run) runs.push(run.finish(options));
    }
  }
  return runs;
}
