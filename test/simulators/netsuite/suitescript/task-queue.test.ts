import { describe, expect, it } from 'vitest';
import { TaskQueue } from '../../../../simulators/netsuite/suitescript/task-queue';

const TASK = {
  taskType: 'MAP_REDUCE' as const,
  scriptId: 'customscript_mr',
  deploymentId: 'customdeploy_mr',
  params: {},
};
const ITSELF = { scriptId: 'customscript_mr', deploymentId: 'customdeploy_mr' };

describe('the task queue', () => {
  it('refuses a deployment that is queued, and one that is running, with MAP_REDUCE_ALREADY_RUNNING', () => {
    const queue = new TaskQueue();
    expect(queue.submit(TASK)).toMatch(/^MAPREDUCETASK_\d{6}$/);
    expect(() => queue.submit(TASK)).toThrow(expect.objectContaining({ name: 'MAP_REDUCE_ALREADY_RUNNING' }));
    const task = queue.take()!;
    expect(() => queue.submit(TASK, { scriptId: 'customscript_ue', deploymentId: 'customdeploy_ue' })).toThrow(
      expect.objectContaining({ name: 'MAP_REDUCE_ALREADY_RUNNING' }),
    );
    queue.finish(task, true);
    expect(queue.submit(TASK)).not.toBeNull();
  });

  it('lets a running map/reduce resubmit itself once, with no task id, queued when the run ends', () => {
    const queue = new TaskQueue();
    queue.submit(TASK);
    const task = queue.take()!;
    expect(queue.submit(TASK, ITSELF)).toBeNull();
    expect(queue.pending).toEqual([]);
    expect(() => queue.submit(TASK, ITSELF)).toThrow(expect.objectContaining({ name: 'MAP_REDUCE_ALREADY_RUNNING' }));
    queue.finish(task, true);
    expect(queue.pending.map((each) => each.deploymentId)).toEqual(['customdeploy_mr']);
    expect(queue.status(task.taskId)?.status).toBe('COMPLETE');
  });

  it('does not let a queued deployment resubmit itself: only a running one can', () => {
    const queue = new TaskQueue();
    queue.submit(TASK);
    expect(() => queue.submit(TASK, ITSELF)).toThrow(expect.objectContaining({ name: 'MAP_REDUCE_ALREADY_RUNNING' }));
  });

  it('refuses a scheduled script that is queued with FAILED_TO_SUBMIT_JOB_REQUEST_1', () => {
    const queue = new TaskQueue();
    const scheduled = { ...TASK, taskType: 'SCHEDULED_SCRIPT' as const };
    queue.submit(scheduled);
    expect(() => queue.submit(scheduled)).toThrow(expect.objectContaining({ name: 'FAILED_TO_SUBMIT_JOB_REQUEST_1' }));
  });

  it('marks a deployment the schedule claims as running until it is released', () => {
    const queue = new TaskQueue();
    expect(queue.claim('customscript_mr', 'customdeploy_mr')).toBe(true);
    expect(queue.isRunning('customscript_mr', 'customdeploy_mr')).toBe(true);
    expect(queue.claim('customscript_mr', 'customdeploy_mr')).toBe(false);
    queue.release('customscript_mr', 'customdeploy_mr');
    expect(queue.isRunning('customscript_mr', 'customdeploy_mr')).toBe(false);
  });
});
