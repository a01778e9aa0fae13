import { describe, expect, it } from 'vitest';
import { SCENARIO_CASES } from '../../../simulators/scenario/three-plants';
import { envelope, vendorSnapshot } from '../../helpers/snapshots';
import { shownState } from '../../helpers/sync-state';
import { startStack } from '../../helpers/stack';

const later = (iso: string, seconds: number) =>
  new Date(Date.parse(iso) + seconds * 1000).toISOString().replace('.000Z', 'Z');

describe('vendor sync against the simulators', () => {
  it('creates, edits and deactivates a vendor keyed by external_id, and writes the outcome back', async () => {
    const stack = await startStack();
    const snapshot = vendorSnapshot('201');
    await stack.sendEvents([envelope('vendor', snapshot, { action: 'create' })]);
    const created = await stack.waitFor('vendor', '201', ['synced']);
    const vendors = () => stack.procurify.control.state().vendors.filter((v) => v.external_id === 'ns:1234567_SB1:201');
    expect(vendors()).toHaveLength(1);
    expect(vendors()[0]).toMatchObject({ name: 'Great Lakes Steel Supply', active: true });
    expect(created.procurifyId).toBe(String(vendors()[0]!.id));

    // NetSuite shows the outcome in the vendor's sync-state record; the vendor itself is not edited.
    const shown = shownState(stack.netsuite.store, 'vendor', '201')!;
    expect(shown).toMatchObject({
      status: 'synced',
      procurifyId: created.procurifyId,
      vendor: '201',
      transaction: null,
    });
    expect(shown.message).toContain('created in Procurify');
    expect(shown.detail).toMatchObject({ history: [{ status: 'synced' }] });
    expect(stack.netsuite.store.peek('vendor', '201')!.lastModifiedAt).toBe(Date.parse(snapshot.lastModified));

    const renamed = {
      ...snapshot,
      companyName: 'Great Lakes Steel Supply Co.',
      lastModified: later(snapshot.lastModified, 60),
    };
    await stack.sendEvents([envelope('vendor', renamed)]);
    await stack.waitFor('vendor', '201', ['synced']);
    expect(vendors()).toHaveLength(1);
    expect(vendors()[0]!.name).toBe('Great Lakes Steel Supply Co.');

    const inactive = { ...renamed, isInactive: true, lastModified: later(snapshot.lastModified, 120) };
    await stack.sendEvents([envelope('vendor', inactive)]);
    await stack.waitFor('vendor', '201', ['synced']);
    expect(vendors()[0]!.active).toBe(false);

    await stack.sendEvents([
      envelope('vendor', null, { recordId: '201', action: 'delete', occurredAt: later(snapshot.lastModified, 180) }),
    ]);
    const deleted = await stack.waitFor('vendor', '201', ['deleted']);
    expect(deleted.message).toContain('deactivated');
    expect(vendors()).toHaveLength(1);
  });

  it('patches the vendor Procurify already has by external_id instead of creating another', async () => {
    const stack = await startStack();
    await stack.sendEvents([envelope('vendor', vendorSnapshot(SCENARIO_CASES.vendorAlreadySynced))]);
    const record = await stack.waitFor('vendor', SCENARIO_CASES.vendorAlreadySynced, ['synced']);
    expect(record.procurifyId).toBe('1');
    const matching = stack.procurify.control.state().vendors.filter((v) => v.external_id === 'ns:1234567_SB1:203');
    expect(matching).toHaveLength(1);
  });

  it('never matches on the name alone: a same-named vendor typed in by hand stays apart', async () => {
    const stack = await startStack();
    await stack.sendEvents([envelope('vendor', vendorSnapshot(SCENARIO_CASES.vendorSameNameByHand))]);
    const record = await stack.waitFor('vendor', SCENARIO_CASES.vendorSameNameByHand, ['synced']);
    expect(record.procurifyId).not.toBe('2');
    const byHand = stack.procurify.control.state().vendors.find((v) => v.id === 2)!;
    expect(byHand.external_id).toBeNull();
  });

  it('holds a vendor whose currency or default account does not map, writing nothing', async () => {
    const stack = await startStack();
    await stack.sendEvents([
      envelope('vendor', vendorSnapshot(SCENARIO_CASES.vendorUnmappedCurrency)),
      envelope('vendor', vendorSnapshot(SCENARIO_CASES.vendorUnmappedDefaultAccount)),
    ]);
    const currency = await stack.waitFor('vendor', SCENARIO_CASES.vendorUnmappedCurrency, ['needs_mapping']);
    expect(currency.issues.map((issue) => issue.code)).toEqual(['unmapped_currency']);
    const account = await stack.waitFor('vendor', SCENARIO_CASES.vendorUnmappedDefaultAccount, ['needs_mapping']);
    expect(account.issues.map((issue) => issue.code)).toEqual(['unmapped_gl_account']);
    const writes = stack.procurify.control
      .requests()
      .filter((request) => request.method !== 'GET' && request.path.includes('vendors'));
    expect(writes).toEqual([]);
  });

  it('costs no Procurify call when an unchanged vendor comes again', async () => {
    const stack = await startStack();
    const snapshot = vendorSnapshot('206');
    await stack.sendEvents([envelope('vendor', snapshot)]);
    await stack.waitFor('vendor', '206', ['synced']);
    stack.procurify.control.clearRequests();
    await stack.sendEvents([envelope('vendor', { ...snapshot, lastModified: later(snapshot.lastModified, 30) })]);
    await stack.waitFor('vendor', '206', ['synced']);
    expect(stack.procurify.control.requests().filter((request) => request.path.startsWith('/api/'))).toEqual([]);
  });
});
