// Submitted map/reduce and scheduled tasks wait here until the test, demo or clock runs them.
// A deployment takes one task at a time: submitting while it is queued or running fails, as in
// NetSuite (MAP_REDUCE_ALREADY_RUNNING / FAILED_TO_SUBMIT_JOB_REQUEST_1).
import { SuiteScriptError } from './script-error';

export interface QueuedTask {
  taskId: string;
  taskType: 'MAP_REDUCE' | 'SCHEDULED_SCRIPT';
  scriptId: string;
  deploymentId: string;
  params: Record<string, unknown>;
}

export type TaskStatus = 'PENDING' | 'PROCESSING' | 'COMPLETE' | 'FAILED';

export class TaskQueue {
  private readonly queue: QueuedTask[] = [];
  private readonly busy = new Set<string>();
  private readonly statuses = new Map<string, { task: QueuedTask; status: TaskStatus }>();
  private sequence = 0;

  submit(task: Omit<QueuedTask, 'taskId'>): string {
    const key = `${task.scriptId}:${task.deploymentId}`;
    if (this.busy.has(key)) {
      const name = task.taskType === 'MAP_REDUCE' ? 'MAP_REDUCE_ALREADY_RUNNING' : 'FAILED_TO_SUBMIT_JOB_REQUEST_1';
      throw new SuiteScriptError(
        name,
        `Deployment ${task.deploymentId} of ${task.scriptId} is already queued or running.`,
      );
    }
    const taskId = `${task.taskType === 'MAP_REDUCE' ? 'MAPREDUCETASK' : 'SCHEDSCRIPT'}_${String((this.sequence += 1)).padStart(6, '0')}`;
    const queued = { ...task, taskId };
    this.busy.add(key);
    this.queue.push(queued);
    this.statuses.set(taskId, { task: queued, status: 'PENDING' });
    return taskId;
  }

  get pending(): readonly QueuedTask[] {
    return this.queue;
  }

  /** Takes the next task and marks it running; `finish` frees its deployment. */
  take(): QueuedTask | undefined {
    const task = this.queue.shift();
    if (task) this.setStatus(task.taskId, 'PROCESSING');
    return task;
  }

  /** Marks a deployment busy for a run that was not submitted (the schedule). */
  claim(scriptId: string, deploymentId: string): boolean {
    const key = `${scriptId}:${deploymentId}`;
    if (this.busy.has(key)) return false;
    this.busy.add(key);
    return true;
  }

  release(scriptId: string, deploymentId: string): void {
    this.busy.delete(`${scriptId}:${deploymentId}`);
  }

  finish(task: QueuedTask, ok: boolean): void {
    this.setStatus(task.taskId, ok ? 'COMPLETE' : 'FAILED');
    this.release(task.scriptId, task.deploymentId);
  }

  status(taskId: string): { task: QueuedTask; status: TaskStatus } | undefined {
    return this.statuses.get(taskId);
  }

  private setStatus(taskId: string, status: TaskStatus): void {
    const entry = this.statuses.get(taskId);
    if (entry) entry.status = status;
  }
}
