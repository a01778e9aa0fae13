import { describe, expect, it } from 'vitest';
import { SYNC_STATE_FIELDS as F, SYNC_STATE_RECORD } from '../../../suiteapp/src/lib/sync-state-record';
import { recordApi, SDF_FIXTURES, startSeededSimulator } from './helpers';

const STATE = SYNC_STATE_RECORD;

function billState(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'vendorbill 1002',
    [F.recordType]: 'vendorbill',
    [F.recordId]: '1002',
    [F.transaction]: { id: '1002' },
    [F.vendor]: null,
    [F.status]: 'synced',
    [F.procurifyId]: 'b-77',
    [F.syncedAt]: '2026-11-20T14:03:15Z',
    [F.message]: 'Written to Procurify',
    [F.detail]: JSON.stringify({ lines: 2 }),
    ...overrides,
  };
}

describe('custom records over the REST record API', () => {
  it('upserts by external id: the first PUT creates the record, the next one updates that same record', async () => {
    const sim = await startSeededSimulator({ sdfObjects: SDF_FIXTURES });
    const call = await recordApi(sim);
    const created = await call('PUT', `${STATE}/eid:vendorbill-1002`, billState());
    expect(created.status).toBe(204);
    expect(await created.text()).toBe('');
    const first = (await (await call('GET', `${STATE}/eid:vendorbill-1002`)).json()) as Record<string, unknown>;
    const href = (path: string) => [{ rel: 'self', href: `${sim.baseUrl}/services/rest/record/v1/${path}` }];
    expect(first).toEqual({
      links: href(`customrecord_mlc_sync_state/${String(first.id)}`),
      id: expect.stringMatching(/^\d+$/),
      externalId: 'vendorbill-1002',
      name: 'vendorbill 1002',
      isInactive: false,
      created: '2026-11-20T15:00:00Z',
      lastModified: '2026-11-20T15:00:00Z',
      [F.recordType]: 'vendorbill',
      [F.recordId]: '1002',
      [F.transaction]: { links: href('vendorbill/1002'), id: '1002', refName: 'Bill #INV-1002' },
      [F.status]: 'synced',
      [F.procurifyId]: 'b-77',
      [F.syncedAt]: '2026-11-20T14:03:15Z',
      [F.message]: 'Written to Procurify',
      [F.detail]: '{"lines":2}',
    });

    sim.clock.advance(30_000);
    const failed = billState({ [F.status]: 'failed', [F.procurifyId]: null, [F.message]: 'Procurify refused it' });
    expect((await call('PUT', `${STATE}/eid:vendorbill-1002`, failed)).status).toBe(204);
    const second = (await (await call('GET', `${STATE}/${String(first.id)}`)).json()) as Record<string, unknown>;
    expect(second).toMatchObject({
      id: first.id,
      created: '2026-11-20T15:00:00Z',
      lastModified: '2026-11-20T15:00:30Z',
      [F.status]: 'failed',
    });
    expect(second).not.toHaveProperty(F.procurifyId);
    expect(sim.control.customRecords(STATE)).toHaveLength(1);
  });

  it('refuses a PUT by internal id with 405, and an external id with other characters than letters, digits, _ and - with 400', async () => {
    const sim = await startSeededSimulator({ sdfObjects: SDF_FIXTURES });
    const call = await recordApi(sim);
    await call('PUT', `${STATE}/eid:vendorbill-1002`, billState());
    const id = String(sim.control.customRecord(STATE, 'eid:vendorbill-1002')?.id);
    const byId = await call('PUT', `${STATE}/${id}`, billState());
    expect(byId.status).toBe(405);
    expect(await byId.json()).toMatchObject({
      status: 405,
      'o:errorDetails': [{ 'o:errorCode': 'METHOD_NOT_ALLOWED' }],
    });
    for (const externalId of ['vendorbill 1002', 'vendorbill.1002', 'vendorbill%2F1002']) {
      const refused = await call('PUT', `${STATE}/eid:${externalId}`, billState());
      expect(refused.status, externalId).toBe(400);
      expect(await refused.json()).toMatchObject({ 'o:errorDetails': [{ 'o:errorCode': 'INVALID_CONTENT' }] });
    }
    expect(sim.control.customRecords(STATE)).toHaveLength(1);
  });

  it('reads, patches and deletes a custom record by internal id or external id, in any path case', async () => {
    const sim = await startSeededSimulator({ sdfObjects: SDF_FIXTURES });
    const call = await recordApi(sim);
    await call('PUT', `${STATE}/eid:vendorbill-1002`, billState());
    const id = String(sim.control.customRecord(STATE, 'eid:vendorbill-1002')?.id);
    expect((await call('PATCH', `CustomRecord_MLC_Sync_State/${id}`, { [F.status]: 'pending' })).status).toBe(204);
    expect((await call('PATCH', `${STATE}/eid:vendorbill-1002`, { isInactive: true })).status).toBe(204);
    const patched = (await (await call('GET', `CUSTOMRECORD_MLC_SYNC_STATE/${id}`)).json()) as Record<string, unknown>;
    expect(patched).toMatchObject({ [F.status]: 'pending', isInactive: true, [F.message]: 'Written to Procurify' });
    expect((await call('DELETE', `${STATE}/eid:vendorbill-1002`)).status).toBe(204);
    const gone = await call('GET', `${STATE}/${id}`);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toMatchObject({ 'o:errorDetails': [{ 'o:errorCode': 'NONEXISTENT_ID' }] });
    expect((await call('PATCH', `${STATE}/eid:vendorbill-1002`, { name: 'x' })).status).toBe(404);
  });

  it.each([
    ['an unknown field', { custrecord_mlc_ss_nope: 'x' }, 'custrecord_mlc_ss_nope'],
    ['a retired writeback field', { custbody_mlc_status: 'synced' }, 'custbody_mlc_status'],
    ['a 301-character message (TEXT holds 300)', { [F.message]: 'm'.repeat(301) }, F.message],
    ['a 4,001-character detail (TEXTAREA holds 4,000)', { [F.detail]: 'd'.repeat(4001) }, F.detail],
    ['a select given as a bare id', { [F.transaction]: '1002' }, F.transaction],
    ['a select naming no record', { [F.transaction]: { id: '424242' } }, F.transaction],
    ['a transaction select naming a vendor', { [F.transaction]: { id: '100' } }, F.transaction],
    ['a vendor select naming a bill', { [F.vendor]: { id: '1002' } }, F.vendor],
    ['text where text is expected as a string', { [F.status]: 42 }, F.status],
  ])('refuses %s with 400 INVALID_CONTENT and its path, storing nothing', async (_case, fields, path) => {
    const sim = await startSeededSimulator({ sdfObjects: SDF_FIXTURES });
    const call = await recordApi(sim);
    const response = await call('PUT', `${STATE}/eid:vendorbill-1002`, billState(fields));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      title: 'Bad Request',
      'o:errorDetails': [{ 'o:errorCode': 'INVALID_CONTENT', 'o:errorPath': path }],
    });
    expect(sim.control.customRecords(STATE)).toEqual([]);
  });

  it('takes values up to each field type length, a long text up to 1,000,000 characters', async () => {
    const sim = await startSeededSimulator({ sdfObjects: SDF_FIXTURES });
    const call = await recordApi(sim);
    const longest = billState({ [F.message]: 'm'.repeat(300), [F.detail]: 'd'.repeat(4000) });
    expect((await call('PUT', `${STATE}/eid:vendorbill-1002`, longest)).status).toBe(204);
    const pin = { name: 'pin', custrecord_sim_pin_notes: 'n'.repeat(1_000_000), custrecord_sim_pin_count: 3 };
    expect((await call('PUT', 'customrecord_sim_pin/eid:pin-1', pin)).status).toBe(204);
    const tooLong = { custrecord_sim_pin_notes: 'n'.repeat(1_000_001) };
    expect((await call('PATCH', 'customrecord_sim_pin/eid:pin-1', tooLong)).status).toBe(400);
    expect((await call('PATCH', 'customrecord_sim_pin/eid:pin-1', { custrecord_sim_pin_count: 1.5 })).status).toBe(400);
  });

  it('ignores an unknown field with a warning header when the request asks for warnings', async () => {
    const sim = await startSeededSimulator({ sdfObjects: SDF_FIXTURES });
    const call = await recordApi(sim);
    const response = await call('PUT', `${STATE}/eid:vendorbill-1002`, billState({ custrecord_mlc_ss_nope: 'x' }), {
      'X-NetSuite-PropertyNameValidation': 'Warning',
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('x-netsuite-warning')).toContain('custrecord_mlc_ss_nope');
    expect(sim.control.customRecord(STATE, 'eid:vendorbill-1002')?.fields).not.toHaveProperty('custrecord_mlc_ss_nope');
  });

  it("writes custom records without running the bill's save listeners or moving the bill's last-modified time", async () => {
    const sim = await startSeededSimulator({ sdfObjects: SDF_FIXTURES });
    const call = await recordApi(sim);
    const saves: string[] = [];
    sim.store.onBeforeSave((event) => saves.push(`${event.type} ${event.id}`));
    sim.store.onSave((event) => saves.push(`${event.type} ${event.id}`));
    const before = sim.control.record('vendorbill', '1002')?.lastModifiedAt;
    sim.clock.advance(60_000);
    expect((await call('PUT', `${STATE}/eid:vendorbill-1002`, billState())).status).toBe(204);
    expect((await call('PATCH', `${STATE}/eid:vendorbill-1002`, { [F.status]: 'failed' })).status).toBe(204);
    expect(saves).toEqual([]);
    expect(sim.control.record('vendorbill', '1002')?.lastModifiedAt).toBe(before);
  });

  it("knows the SuiteApp's own custom record types without the SuiteScript runtime, and none when told not to", async () => {
    const withSuiteApp = await startSeededSimulator();
    const call = await recordApi(withSuiteApp);
    const outbox = { name: 'event 1', custrecord_mlc_ob_event_id: 'evt-1', custrecord_mlc_ob_record_type: 'vendor' };
    expect((await call('PUT', 'customrecord_mlc_outbox/eid:evt-1', outbox)).status).toBe(204);
    expect(withSuiteApp.control.customRecord('customrecord_mlc_outbox', 'eid:evt-1')?.fields).toMatchObject({
      custrecord_mlc_ob_event_id: 'evt-1',
    });
    expect((await call('PUT', `${STATE}/eid:vendorbill-1002`, billState())).status).toBe(204);
    expect(withSuiteApp.control.customRecord(STATE, 'eid:vendorbill-1002')?.fields[F.transaction]).toBe('1002');

    const bare = await startSeededSimulator({ sdfObjects: false });
    const refused = await (await recordApi(bare))('PUT', 'customrecord_mlc_outbox/eid:evt-1', outbox);
    expect(refused.status).toBe(404);
    expect(await refused.json()).toMatchObject({ 'o:errorDetails': [{ 'o:errorCode': 'NONEXISTENT_ID' }] });
  });
});
