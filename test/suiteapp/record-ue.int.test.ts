import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeRecord } from './fakes/fake-record';
import { createFakeNetSuite } from './fakes/fake-netsuite';
import { sampleBill, sampleVendor } from './fakes/sample-records';
import { loadCompiledEntry } from './support/compiled-entry';

// The compiled user event, run with N/* fakes: what NetSuite would execute after a save.
const root = path.resolve(import.meta.dirname, '../..');
let outDir = '';

beforeAll(() => {
  outDir = mkdtempSync(path.join(os.tmpdir(), 'mlc-suiteapp-'));
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', path.join(root, 'suiteapp', 'tsconfig.json'), '--outDir', outDir]);
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

type AfterSubmit = (context: { type: string; newRecord: FakeRecord; oldRecord: FakeRecord | null }) => void;

function runAfterSubmit(records: FakeRecord[], context: Parameters<AfterSubmit>[0]) {
  const netsuite = createFakeNetSuite(records);
  const userEvent = loadCompiledEntry(outDir, netsuite.modules, 'entry/mlc_record_ue.js');
  (userEvent.afterSubmit as AfterSubmit)(context);
  const envelopes = netsuite.outbox.map((row) =>
    JSON.parse(String(row.getValue({ fieldId: 'custrecord_mlc_ob_envelope' }))),
  );
  return { ...netsuite, envelopes };
}

describe('record capture user event (compiled)', () => {
  it('writes an edit to the outbox with the snapshot from newRecord and starts the dispatcher', () => {
    const before = sampleBill();
    const after = before.clone();
    after.setValue({ fieldId: 'memo', value: 'Changed' });
    const result = runAfterSubmit([], { type: 'edit', newRecord: after, oldRecord: before });
    expect(result.envelopes).toHaveLength(1);
    expect(result.envelopes[0]).toMatchObject({
      schemaVersion: 1,
      recordType: 'vendorbill',
      recordId: '55',
      action: 'edit',
      source: 'userevent',
    });
    expect(result.envelopes[0].snapshot.memo).toBe('Changed');
    expect(result.outbox[0]!.getValue({ fieldId: 'custrecord_mlc_ob_status' })).toBe('pending');
    expect(result.loads).toEqual([]);
    expect(result.tasks).toEqual(['customdeploy_mlc_dispatch_mr']);
  });

  it('loads the full record for an xedit, whose newRecord holds only the changed fields', () => {
    const stored = sampleVendor({ phone: '+1 416 555 0199' });
    const partial = new FakeRecord({ phone: '+1 416 555 0199' }, {}, 'vendor', 4711);
    const result = runAfterSubmit([stored], { type: 'xedit', newRecord: partial, oldRecord: sampleVendor() });
    expect(result.loads).toEqual(['vendor:4711']);
    expect(result.envelopes[0].snapshot).toMatchObject({ id: '4711', entityId: 'ACME-001', phone: '+1 416 555 0199' });
  });

  it('turns a delete into a delete event with a null snapshot', () => {
    const vendor = sampleVendor();
    const result = runAfterSubmit([], { type: 'delete', newRecord: vendor, oldRecord: vendor });
    expect(result.envelopes[0]).toMatchObject({ action: 'delete', recordId: '4711', snapshot: null });
  });

  it('captures an edit that changed nothing: nothing of ours edits a vendor, so no save is an echo', () => {
    const before = sampleVendor();
    const result = runAfterSubmit([], { type: 'edit', newRecord: before.clone(), oldRecord: before });
    expect(result.envelopes).toHaveLength(1);
    expect(result.envelopes[0]).toMatchObject({ action: 'edit', recordType: 'vendor', recordId: '4711' });
    expect(result.tasks).toEqual(['customdeploy_mlc_dispatch_mr']);
  });

  it('never fails the save: an error is logged and nothing half-built is queued', () => {
    const partial = new FakeRecord({ phone: '1' }, {}, 'vendor', 999);
    const result = runAfterSubmit([], { type: 'xedit', newRecord: partial, oldRecord: sampleVendor() });
    expect(result.outbox).toEqual([]);
    expect(result.logs).toContainEqual(expect.objectContaining({ level: 'error', title: 'mlc event not captured' }));
  });

  it('keeps the event in the outbox when direct mode cannot reach the relay', () => {
    const netsuite = createFakeNetSuite([]);
    netsuite.params.custscript_mlc_ue_mode = 'direct';
    netsuite.params.custscript_mlc_ue_relay_url = 'https://relay.example.com';
    netsuite.modules['N/https'].post = () => {
      throw Object.assign(new Error('timed out'), { name: 'SSS_REQUEST_TIME_EXCEEDED' });
    };
    const userEvent = loadCompiledEntry(outDir, netsuite.modules, 'entry/mlc_record_ue.js');
    const vendor = sampleVendor();
    (userEvent.afterSubmit as AfterSubmit)({ type: 'create', newRecord: vendor, oldRecord: null });
    expect(netsuite.outbox).toHaveLength(1);
    expect(netsuite.logs.map((log) => log.title)).toContain('mlc direct post failed, kept in outbox');
  });
});
