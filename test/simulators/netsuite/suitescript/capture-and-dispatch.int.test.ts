import { describe, expect, it } from 'vitest';
import { OUTBOX, startSuiteAppWorld, twoLineBill } from './suiteapp-fixture';

describe('the compiled SuiteApp capturing saves and dispatching them', () => {
  it('writes an outbox row with the canonical bill snapshot and submits the dispatcher on a UI save', async () => {
    const { runtime, outboxRows } = await startSuiteAppWorld();
    const billId = runtime.save('vendorbill', twoLineBill());

    const rows = outboxRows();
    expect(rows).toHaveLength(1);
    const row = rows[0]!.fields;
    expect(row).toMatchObject({
      custrecord_mlc_ob_record_type: 'vendorbill',
      custrecord_mlc_ob_record_id: billId,
      custrecord_mlc_ob_action: 'create',
      custrecord_mlc_ob_source: 'userevent',
      custrecord_mlc_ob_status: 'pending',
      custrecord_mlc_ob_attempts: 0,
    });
    const envelope = JSON.parse(String(row.custrecord_mlc_ob_envelope));
    expect(envelope).toMatchObject({ schemaVersion: 1, recordType: 'vendorbill', recordId: billId, action: 'create' });
    expect(envelope.snapshot).toMatchObject({
      id: billId,
      tranId: 'INV-7001',
      entity: { id: '100' },
      tranDate: '2026-11-21',
      dueDate: '2026-12-21',
      currency: { id: '1', code: 'USD' },
      approvalStatus: 'approved',
      total: '1250.50',
      expenses: [
        {
          line: 1,
          account: { id: '58', number: '6100', name: 'Office Supplies' },
          amount: '1000.00',
          department: { id: '11' },
        },
        {
          line: 2,
          account: { id: '61', number: '6150', name: 'Shipping' },
          amount: '250.50',
          department: null,
          memo: 'Freight',
        },
      ],
    });
    expect(runtime.queuedTasks.map((task) => [task.scriptId, task.deploymentId])).toEqual([
      ['customscript_mlc_dispatch_mr', 'customdeploy_mlc_dispatch_mr'],
    ]);
  });

  it('keeps the user event within 40 governance units per save in outbox mode', async () => {
    const { runtime } = await startSuiteAppWorld();
    runtime.save('vendorbill', twoLineBill());
    runtime.edit('vendor', '100', { fields: { phone: '555-0199' } });
    const saves = runtime.meters.filter((meter) => meter.entryPoint === 'afterSubmit');
    expect(saves.map((meter) => meter.recordType)).toEqual(['vendorbill', 'vendor']);
    for (const meter of saves) {
      expect(meter.error).toBeNull();
      expect(meter.unitLimit).toBe(1000);
      expect(meter.unitsUsed).toBeGreaterThan(0);
      expect(meter.unitsUsed).toBeLessThanOrEqual(40);
    }
    expect(saves[0]!.calls.map((call) => call.api)).toEqual(
      expect.arrayContaining([`record.create ${OUTBOX}`, `record.save ${OUTBOX}`, 'task.submit']),
    );
  });

  it('posts a signed batch to the relay and marks rows sent only after the 202', async () => {
    const { runtime, relay, outboxRows } = await startSuiteAppWorld();
    const billId = runtime.save('vendorbill', twoLineBill());
    runtime.edit('vendor', '100', { fields: { email: 'ap@acme.example' } });
    expect(outboxRows().map((row) => row.fields.custrecord_mlc_ob_status)).toEqual(['pending', 'pending']);

    const runs = runtime.runQueuedTasks();
    expect(runs).toHaveLength(1);
    expect(runs[0]!.mapErrors).toEqual([]);
    const received = await relay.received();
    expect(received.map((event) => [event.recordType, event.recordId, event.action])).toEqual([
      ['vendorbill', billId, 'create'],
      ['vendor', '100', 'edit'],
    ]);
    expect(received[1]!.snapshot).toMatchObject({
      id: '100',
      email: 'ap@acme.example',
      address: { city: 'Springfield' },
    });
    for (const row of outboxRows()) {
      expect(row.fields.custrecord_mlc_ob_status).toBe('sent');
      expect(row.fields.custrecord_mlc_ob_sent_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    }
  });

  it('leaves rows pending while the relay is down and delivers them once it is back', async () => {
    const world = await startSuiteAppWorld();
    const { runtime, outboxRows } = world;
    await world.relay.stop();
    runtime.save('vendorbill', twoLineBill('INV-DOWN'));
    runtime.runQueuedTasks();
    const [row] = outboxRows();
    expect(row!.fields).toMatchObject({ custrecord_mlc_ob_status: 'pending', custrecord_mlc_ob_attempts: 1 });
    expect(String(row!.fields.custrecord_mlc_ob_last_error)).toContain('relay unreachable');

    const { startStandIn } = await import('./stand-in-process');
    const { ACCOUNT_ID, EVENT_SECRET, RELAY_ORIGIN } = await import('./suiteapp-fixture');
    const back = await startStandIn({ secret: EVENT_SECRET, accountId: ACCOUNT_ID });
    runtime.setHost(RELAY_ORIGIN, back.baseUrl);
    runtime.runScheduledDeployments();
    expect(await back.received()).toEqual([]); // not due yet: the row backs off for a minute

    world.sim.clock.advance(61_000);
    await back.setClockOffset(61_000);
    const runs = runtime.runScheduledDeployments();
    expect(runs.map((run) => run.deploymentId)).toEqual(['customdeploy_mlc_dispatch_mr_15m']);
    expect((await back.received()).map((event) => event.snapshot?.tranId)).toEqual(['INV-DOWN']);
    expect(outboxRows()[0]!.fields.custrecord_mlc_ob_status).toBe('sent');
  });

  it('never fails the save when the relay is unreachable in direct mode, keeping the event in the outbox', async () => {
    const world = await startSuiteAppWorld({ mode: 'direct' });
    await world.relay.stop();
    const billId = world.runtime.save('vendorbill', twoLineBill('INV-DIRECT'));
    expect(world.sim.store.has('vendorbill', billId)).toBe(true);
    expect(world.outboxRows()).toHaveLength(1);
    expect(world.runtime.logs.map((entry) => entry.title)).toContain('mlc direct post failed, kept in outbox');
  });
});
