import { describe, expect, it } from 'vitest';
import type { MapReducePause } from '../../../../simulators/netsuite/suitescript';
import { probeRuntime as probeAccount } from './probe-runtime';

const SCRIPT = 'customscript_probe_mr';
const DEPLOYMENT = 'customdeploy_probe_mr';

const probeRuntime = (behaviour = 'observe') =>
  probeAccount({ custscript_probe_mr_behaviour: behaviour, custscript_probe_behaviour: 'observe' });

describe('a map/reduce run in the SuiteScript runtime', () => {
  it('pauses before getInputData, before each map key and before summarize', () => {
    const { runtime } = probeRuntime();
    const pauses: Pick<MapReducePause, 'stage' | 'key'>[] = [];
    runtime.runMapReduce(SCRIPT, DEPLOYMENT, { duringStage: ({ stage, key }) => pauses.push({ stage, key }) });
    expect(pauses).toEqual([
      { stage: 'getInputData', key: null },
      { stage: 'map', key: '9' },
      { stage: 'map', key: '10' },
      { stage: 'map', key: '100' },
      { stage: 'summarize', key: null },
    ]);
  });

  it('keeps the deployment busy from its first pause until its last invocation returns', () => {
    const { runtime } = probeRuntime();
    const run = runtime.startMapReduce(SCRIPT, DEPLOYMENT)!;
    expect(run.pause).toMatchObject({ stage: 'getInputData', last: null });
    expect(runtime.startMapReduce(SCRIPT, DEPLOYMENT)).toBeNull();
    expect(run.step()).toMatchObject({ stage: 'map', key: '9', last: { entryPoint: 'getInputData' } });
    expect(runtime.startMapReduce(SCRIPT, DEPLOYMENT)).toBeNull();
    const result = run.finish();
    expect(run.pause).toBeNull();
    expect(result.stages.map((stage) => stage.entryPoint)).toEqual(['getInputData', 'map', 'map', 'map', 'summarize']);
    expect(runtime.startMapReduce(SCRIPT, DEPLOYMENT)).not.toBeNull();
  });

  it('hands summarize the map keys in numeric order with their completion state, and the output by key', () => {
    const { runtime, logged } = probeRuntime('fail');
    const run = runtime.runMapReduce(SCRIPT, DEPLOYMENT);
    expect(run.mapErrors.map((error) => error.key)).toEqual(['100']);
    expect(logged('probe summary')).toEqual([
      {
        keys: [
          ['9', 1, 'COMPLETE'],
          ['10', 1, 'COMPLETE'],
          ['100', 1, 'FAILED'],
        ],
        output: [
          ['nine', '9'],
          ['ten', '10'],
        ],
      },
    ]);
  });

  it('accepts a running map/reduce resubmitting itself without a task id, and queues the run when it ends', () => {
    const { runtime, logged } = probeRuntime('resubmit');
    const run = runtime.startMapReduce(SCRIPT, DEPLOYMENT)!;
    while (run.pause && run.pause.stage !== 'summarize') run.step();
    run.step(); // summarize resubmits while the deployment is still running
    expect(logged('probe resubmit')).toEqual([{ id: 'null' }]);
    expect(runtime.queuedTasks.map((task) => task.deploymentId)).toEqual([DEPLOYMENT]);
    expect(run.result).not.toBeNull();

    runtime.setParameter('custscript_probe_mr_behaviour', 'observe');
    expect(runtime.runQueuedTasks()).toHaveLength(1);
    expect(runtime.queuedTasks).toEqual([]);
  });

  it('refuses a second resubmit while the first one waits', () => {
    const { runtime, logged } = probeRuntime('resubmit-twice');
    runtime.runMapReduce(SCRIPT, DEPLOYMENT);
    expect(logged('probe resubmit')).toEqual([{ id: 'null' }, { error: 'MAP_REDUCE_ALREADY_RUNNING' }]);
  });

  it('stops runQueuedTasks when a script keeps resubmitting itself', () => {
    const { runtime } = probeRuntime('resubmit');
    runtime.runMapReduce(SCRIPT, DEPLOYMENT);
    expect(() => runtime.runQueuedTasks({ maxRuns: 3 })).toThrow('More than 3 queued runs');
  });
});
