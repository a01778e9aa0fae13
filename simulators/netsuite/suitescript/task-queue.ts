// Submitted map/reduce and scheduled tasks wait here until the test, demo or clock runs them.
// A deployment takes one unfinished task at a time: submitting while it is queued or running fails,
// as in NetSuite (MAP_REDUCE_ALREADY_RUNNING / FAILED_TO_SUBMIT_JOB_REQUEST_1), except that a running
// map/reduce may resubmit itself: NetSuite accepts that, returns no task id, and queues the task
// once the current run has finished (MapReduceScriptTask.submit(),
// https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_453639770507.html).
import { SuiteScriptError } from './script-error';

export interface QueuedTask {
  taskId: string;
  taskType: 'MAP_REDUCE' | 'SCHEDULED_SCRIPT';
  scriptId: string;
  deploymentId: string;
  params: Record<string, unknown>;
}

export type TaskStatus = 'PENDING' | 'PROCESSING' | 'COMPLETE' | 'FAILED';

/** The running script that submits, when there is one. */
export interface Submitter {
  scriptId: string;
  deploymentId: string | null;
}

const keyOf = (scriptId: string, deploymentId: string) => `${scriptId}:${deploymentId}`;

export class TaskQueue {
  private readonly queue: QueuedTask[] = [];
  private readonly running = new Set<string>();
  /** Self-resubmits of running map/reduce deployments, queued when the run ends. */
  private readonly deferred = new Map<string, QueuedTask>();
  private readonly statuses = new Map<string, { task: QueuedTask; status: TaskStatus }>();
  private sequence = 0;

  /** Returns the task id, or null for a map/reduce that resubmitted itself (deferred). */
  submit(task: Omit<QueuedTask, 'taskId'>, submitter: Submitter | null = null): string | null {
    const key = keyOf(task.scriptId, task.deploymentId);
    const queued = { ...task, taskId: this.nextTaskId(task.taskType) };
    if (this.isBusy(key)) {
      const resubmitsItself =
        task.taskType === 'MAP_REDUCE' &&
        submitter !== null &&
        keyOf(submitter.scriptId, submitter.deploymentId ?? '') === key &&
        this.running.has(key) &&
        !this.deferred.has(key);
      if (!resubmitsItself) throw this.refusal(task);
      this.deferred.set(key, queued);
      this.statuses.set(queued.taskId, { task: queued, status: 'PENDING' });
      return null;
    }
    this.queue.push(queued);
    this.statuses.set(queued.taskId, { task: queued, status: 'PENDING' });
    return queued.taskId;
  }

  get pending(): readonly QueuedTask[] {
    return this.queue;
  }

  /** Takes the next task and marks it running; `finish` frees its deployment. */
  take(): QueuedTask | undefined {
    const task = this.queue.shift();
    if (task) {
      this.running.add(keyOf(task.scriptId, task.deploymentId));
      this.setStatus(task.taskId, 'PROCESSING');
    }
    return task;
  }

  /** Marks a deployment running for a run that was not submitted (the schedule, a direct run). */
  claim(scriptId: string, deploymentId: string): boolean {
    const key = keyOf(scriptId, deploymentId);
    if (this.isBusy(key)) return false;
    this.running.add(key);
    return true;
  }

  /** The run ended: the deployment is free again, unless it resubmitted itself meanwhile. */
  release(scriptId: string, deploymentId: string): void {
    const key = keyOf(scriptId, deploymentId);
    this.running.delete(key);
    const resubmitted = this.deferred.get(key);
    if (resubmitted) {
      this.deferred.delete(key);
      this.queue.push(resubmitted);
    }
  }

  finish(task: QueuedTask, ok: boolean): void {
    this.setStatus(task.taskId, ok ? 'COMPLETE' : 'FAILED');
    this.release(task.scriptId, task.deploymentId);
  }

  isRunning(scriptId: string, deploymentId: string): boolean {
    return this.running.has(keyOf(scriptId, deploymentId));
  }

  status(taskId: string): { task: QueuedTask; status: TaskStatus } | undefined {
    return this.statuses.get(taskId);
  }

  private isBusy(key: string): boolean {
    return this.running.has(key) || this.queue.some((task) => keyOf(task.scriptId, task.deploymentId) === key);
  }

  private refusal(task: Omit<QueuedTask, 'taskId'>): SuiteScriptError {
    const name = task.taskType === 'MAP_REDUCE' ? 'MAP_REDUCE_ALREADY_RUNNING' : 'FAILED_TO_SUBMIT_JOB_REQUEST_1';
    return new SuiteScriptError(
      name,
      `Deployment ${task.deploymentId} of ${task.scriptId} is already queued or running.`,
    );
  }

  private nextTaskId(taskType: QueuedTask['taskType']): string {
    const prefix = taskType === 'MAP_REDUCE' ? 'MAPREDUCETASK' : 'SCHEDSCRIPT';
    return `${prefix}_${String((this.sequence += 1)).padStart(6, '0')}`;
  }

  private setStatus(taskId: string, status: TaskStatus): void {
    const entry = this.statuses.get(taskId);
    if (entry) entry.status = status;
  }
}
