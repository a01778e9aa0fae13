import { describe, expect, it } from 'vitest';
import { OUTBOX, startSuiteAppWorld, twoLineBill } from './suiteapp-fixture';

const DISPATCHER = 'customscript_mlc_dispatch_mr';
const ON_DEMAND = 'customdeploy_mlc_dispatch_mr';

describe('a save made while a dispatch is running', () => {
  it('reaches the relay within one dispatch cycle although its own submit was refused', async () => {
    const { runtime, relay, outboxRows } = await startSuiteAppWorld();
    runtime.save('vendorbill', twoLineBill('INV-BEFORE'));
    let during: string | null = null;
    const runs = runtime.runQueuedTasks({
      duringStage: (pause) => {
        // After getInputData took its rows, before the first batch goes out.
        if (pause.stage === 'map' && during === null) during = runtime.save('vendorbill', twoLineBill('INV-DURING'));
      },
    });

    expect(during).not.toBeNull();
    const saveDuringRun = runtime.meters.filter((meter) => meter.entryPoint === 'afterSubmit')[1]!;
    expect(saveDuringRun.calls.map((call) => call.api)).toContain('task.submit');
    expect(runtime.logs).toContainEqual(
      expect.objectContaining({
        title: 'mlc dispatcher not submitted',
        details: expect.stringContaining('MAP_REDUCE_ALREADY_RUNNING'),
      }),
    );
    // The running dispatcher handed the new row to the next on-demand run; the schedule never ran.
    expect(runs.map((run) => run.deploymentId)).toEqual([ON_DEMAND, ON_DEMAND]);
    expect(runtime.logs.map((entry) => entry.title)).toContain('mlc dispatcher handed over new rows');
    const received = await relay.received();
    expect(received.map((event) => (event.snapshot as { tranId: string }).tranId)).toEqual([
      'INV-BEFORE',
      'INV-DURING',
    ]);
    expect(Object.values(await relay.deliveries())).toEqual([1, 1]);
    expect(outboxRows().map((row) => row.fields.custrecord_mlc_ob_status)).toEqual(['sent', 'sent']);
    expect(runtime.queuedTasks).toEqual([]);
  });

  it('hands over nothing when nothing arrived, so a run does not resubmit itself', async () => {
    const { runtime } = await startSuiteAppWorld();
    runtime.save('vendor', { fields: { entityid: 'Quiet Supplier', companyname: 'Quiet Supplier', subsidiary: '1' } });
    expect(runtime.runQueuedTasks()).toHaveLength(1);
    expect(runtime.queuedTasks).toEqual([]);
    expect(runtime.logs.map((entry) => entry.title)).not.toContain('mlc dispatcher handed over new rows');
  });

  it('tries a row saved during a run once more while the relay is down, then leaves it to its back-off', async () => {
    const world = await startSuiteAppWorld();
    await world.relay.stop();
    world.runtime.save('vendorbill', twoLineBill('INV-DOWN-1'));
    let saved = false;
    const runs = world.runtime.runQueuedTasks({
      duringStage: (pause) => {
        if (pause.stage === 'map' && !saved)
          saved = Boolean(world.runtime.save('vendorbill', twoLineBill('INV-DOWN-2')));
      },
    });
    expect(runs).toHaveLength(2);
    expect(
      world.outboxRows().map((row) => [row.fields.custrecord_mlc_ob_status, row.fields.custrecord_mlc_ob_attempts]),
    ).toEqual([
      ['pending', 1],
      ['pending', 1],
    ]);
    expect(world.runtime.queuedTasks).toEqual([]);
  });
});

describe('overlapping dispatcher runs', () => {
  it('never send a row the other run has already sent', async () => {
    const { runtime, relay, outboxRows } = await startSuiteAppWorld();
    runtime.save('vendorbill', twoLineBill('INV-OVERLAP'));
    const onDemand = runtime.startQueuedTask()!;
    expect(onDemand.step()).toMatchObject({ stage: 'map' }); // its input holds the row

    // Meanwhile the 15-minute deployment runs from start to end and sends the same row.
    expect(runtime.runScheduledDeployments().map((run) => run.deploymentId)).toEqual([
      'customdeploy_mlc_dispatch_mr_15m',
    ]);
    const finished = onDemand.finish();

    expect(finished.mapErrors).toEqual([]);
    expect(await relay.deliveries()).toEqual({ [(await relay.received())[0]!.eventId]: 1 });
    expect(runtime.logs).toContainEqual(
      expect.objectContaining({ title: 'mlc dispatch batch', details: expect.stringContaining('"skipped":1') }),
    );
    expect(outboxRows().map((row) => row.fields.custrecord_mlc_ob_status)).toEqual(['sent']);
  });

  it('send a row twice only under the same event id, which the relay keeps once', async () => {
    const { runtime, relay, outboxRows } = await startSuiteAppWorld();
    runtime.save('vendorbill', twoLineBill('INV-TIGHT'));
    const onDemand = runtime.startQueuedTask()!;
    onDemand.step();
    runtime.runScheduledDeployments();
    // A map budget too small for the look-again query (10 + 10 + 2 + 20 reserve) but enough to send.
    runtime.setUsageLimit(DISPATCHER, 40, 'mapreduce.map');
    onDemand.finish();

    const [event] = await relay.received();
    expect(await relay.received()).toHaveLength(1);
    expect(await relay.deliveries()).toEqual({ [event!.eventId]: 2 });
    expect(outboxRows().map((row) => row.fields.custrecord_mlc_ob_status)).toEqual(['sent']);
    expect(runtime.customRecords.scan(OUTBOX).next().value?.fields.custrecord_mlc_ob_attempts).toBe(0);
  });
});
