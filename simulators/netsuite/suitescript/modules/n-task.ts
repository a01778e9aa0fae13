// N/task: create({ taskType, scriptId, deploymentId, params }).submit() queues the run (20 units).
// A map/reduce that resubmits its own running deployment gets no task id (null); the run is queued
// once the current one ends (task-queue.ts).
import type { Engine } from '../engine';
import { COSTS, MODEL_MS } from '../governance';
import { SuiteScriptError } from '../script-error';
import type { TaskQueue } from '../task-queue';

export const TASK_TYPE = {
  MAP_REDUCE: 'MAP_REDUCE',
  SCHEDULED_SCRIPT: 'SCHEDULED_SCRIPT',
  CSV_IMPORT: 'CSV_IMPORT',
  SEARCH: 'SEARCH',
} as const;

export function createTaskModule(engine: Engine, queue: TaskQueue) {
  return {
    TaskType: TASK_TYPE,
    TaskStatus: { PENDING: 'PENDING', PROCESSING: 'PROCESSING', COMPLETE: 'COMPLETE', FAILED: 'FAILED' },
    create(options: { taskType: string; scriptId?: string; deploymentId?: string; params?: Record<string, unknown> }) {
      if (options.taskType !== TASK_TYPE.MAP_REDUCE && options.taskType !== TASK_TYPE.SCHEDULED_SCRIPT) {
        throw new SuiteScriptError('SSS_INVALID_TASK_TYPE', `Task type ${options.taskType} is not simulated.`);
      }
      const task = {
        taskType: options.taskType as 'MAP_REDUCE' | 'SCHEDULED_SCRIPT',
        scriptId: options.scriptId,
        deploymentId: options.deploymentId,
        params: options.params ?? {},
        submit(): string | null {
          engine.charge('task.submit', COSTS.taskSubmit, MODEL_MS.taskSubmit);
          if (!task.scriptId || !task.deploymentId) {
            throw new SuiteScriptError('SSS_MISSING_REQD_ARGUMENT', 'scriptId and deploymentId are required');
          }
          engine.deployment(task.scriptId, task.deploymentId);
          const running = engine.current();
          return queue.submit(
            { taskType: task.taskType, scriptId: task.scriptId, deploymentId: task.deploymentId, params: task.params },
            { scriptId: running.script.scriptId, deploymentId: running.deployment?.deploymentId ?? null },
          );
        },
      };
      return task;
    },
    checkStatus(options: { taskId: string }) {
      const entry = queue.status(options.taskId);
      if (!entry) throw new SuiteScriptError('SSS_INVALID_TASK_ID', `Unknown task ${options.taskId}`);
      return {
        taskId: options.taskId,
        status: entry.status,
        scriptId: entry.task.scriptId,
        deploymentId: entry.task.deploymentId,
      };
    },
  };
}
