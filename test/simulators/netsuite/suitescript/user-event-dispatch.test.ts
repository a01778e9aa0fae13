import { describe, expect, it } from 'vitest';
import { probeRuntime as probeAccount } from './probe-runtime';

function probeRuntime(behaviour = 'observe') {
  const { store, runtime, logged } = probeAccount({ custscript_probe_behaviour: behaviour });
  return { store, runtime, probes: () => logged<Record<string, unknown>>('probe') };
}

describe('user event dispatch in the SuiteScript runtime', () => {
  it('passes the event type, the execution context and full records to afterSubmit on an edit', () => {
    const { runtime, probes } = probeRuntime();
    runtime.edit('vendor', '100', { fields: { phone: '555-0111' } }, { context: 'CSVIMPORT' });
    expect(probes()).toEqual([
      expect.objectContaining({ type: 'edit', executionContext: 'CSVIMPORT', oldPhone: '555-0100', isDate: true }),
    ]);
    expect((probes()[0]!.fields as string[]).length).toBeGreaterThan(5);
  });

  it('gives xedit a newRecord holding only the changed fields', () => {
    const { runtime, probes } = probeRuntime();
    runtime.xedit('vendor', '100', { phone: '555-0112', email: 'new@acme.example' });
    expect(probes()).toEqual([expect.objectContaining({ type: 'xedit', fields: ['email', 'phone'], isDate: false })]);
  });

  it('skips deployments whose execution context filter excludes the save', () => {
    const { runtime, probes } = probeRuntime();
    runtime.edit('vendor', '100', { fields: { phone: '555-0113' } }, { context: 'SCHEDULED' });
    expect(probes()).toEqual([]);
  });

  it('cancels the save when beforeSubmit throws', () => {
    const { store, runtime } = probeRuntime('reject');
    expect(() => runtime.edit('vendor', '100', { fields: { phone: '555-0114' } })).toThrow('probe refuses this save');
    expect(store.load('vendor', '100').fields.phone).toBe('555-0100');
  });

  it('keeps what beforeSubmit changed on the record', () => {
    const { store, runtime } = probeRuntime('stamp');
    runtime.edit('vendor', '100', { fields: { email: 'x@acme.example' } });
    expect(store.load('vendor', '100').fields).toMatchObject({ phone: '555-STAMP', email: 'x@acme.example' });
  });

  it('keeps the save when afterSubmit throws, and logs the error', () => {
    const { store, runtime } = probeRuntime('fail-after');
    runtime.edit('vendor', '100', { fields: { phone: '555-0115' } });
    expect(store.load('vendor', '100').fields.phone).toBe('555-0115');
    expect(
      runtime.logs.some((entry) => entry.level === 'error' && entry.details.includes('probe fails after submit')),
    ).toBe(true);
  });

  it('runs no user event for a save made inside a user event', () => {
    const { store, runtime, probes } = probeRuntime('nested-save');
    runtime.edit('vendor', '100', { fields: { phone: '555-0116' } });
    expect(store.load('vendor', '100').fields.comments).toBe('touched');
    expect(probes()).toHaveLength(1);
  });

  it('stops a script that runs out of governance with SSS_USAGE_LIMIT_EXCEEDED, without undoing the save', () => {
    const { store, runtime } = probeRuntime('greedy');
    runtime.setUsageLimit('customscript_probe_ue', 100);
    runtime.edit('vendor', '100', { fields: { phone: '555-0117' } });
    const meter = runtime.meters.find((each) => each.entryPoint === 'afterSubmit');
    expect(meter).toMatchObject({ unitLimit: 100, unitsUsed: 100 });
    expect(meter!.error).toContain('SSS_USAGE_LIMIT_EXCEEDED');
    expect(store.load('vendor', '100').fields.phone).toBe('555-0117');
  });

  it('runs delete user events with the deleted record as oldRecord', () => {
    const { store, runtime, probes } = probeRuntime();
    runtime.delete('vendor', '101');
    expect(store.has('vendor', '101')).toBe(false);
    expect(probes()).toEqual([expect.objectContaining({ type: 'delete' })]);
  });

  it('refuses a script file without the @NApiVersion/@NScriptType header', () => {
    const { runtime } = probeAccount({}, 'bad-dist');
    expect(() => runtime.edit('vendor', '100', { fields: { phone: '1' } })).toThrow(/NApiVersion/);
  });
});
