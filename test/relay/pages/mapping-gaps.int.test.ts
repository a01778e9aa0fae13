import { describe, expect, it } from 'vitest';
import { SCENARIO_CASES } from '../../../simulators/scenario/three-plants';
import { billSnapshot, envelope, vendorSnapshot } from '../../helpers/snapshots';
import { startStack } from '../../helpers/stack';
import { signIn } from './admin-session';

// The Mappings page lists every gap that holds a record back, from the records waiting in
// needs_mapping, with the candidates Procurify offers; saving one sends the waiting record on.

const C = SCENARIO_CASES;

async function stackWithWaitingRecords() {
  const stack = await startStack();
  const bills = [C.billUnmappedAccount, C.billNoProcurifyAccount, C.billUnmappedDepartment, C.billItemWithoutAccount];
  const vendors = new Set<string>([C.vendorUnmappedCurrency, C.vendorUnmappedDefaultAccount]);
  for (const id of bills) vendors.add(billSnapshot(id).entity.id);
  await stack.sendEvents([
    ...[...vendors].map((id) => envelope('vendor', vendorSnapshot(id))),
    ...bills.map((id) => envelope('vendorbill', billSnapshot(id))),
  ]);
  for (const id of bills) await stack.waitFor('vendorbill', id, ['needs_mapping']);
  for (const id of [C.vendorUnmappedCurrency, C.vendorUnmappedDefaultAccount]) {
    await stack.waitFor('vendor', id, ['needs_mapping']);
  }
  return stack;
}

const rowOf = (html: string, id: string) => new RegExp(`<tr id="${id}">.*?</tr>`, 's').exec(html)?.[0] ?? '';

describe('the Mappings page', () => {
  it('lists each gap of the waiting records with the records and the candidates; saving a pair sends the bill', async () => {
    const stack = await stackWithWaitingRecords();
    const account = (number: string) => stack.scenario.accounts.find((each) => each.number === number)!;
    const item = billSnapshot(C.billItemWithoutAccount).items.find((line) => line.account === null)!.item;
    const session = await signIn(stack.baseUrl);
    const { html } = await session.get('/admin/mappings');
    expect(html).toContain('<strong>6 records</strong> wait for a mapping');
    expect(html).not.toContain('Everything maps');

    const expected: [string, string, string][] = [
      [`accounts-${account('5300').id}`, 'vendorbill', C.billUnmappedAccount],
      [`pairs-${account('6100').id}-4`, 'vendorbill', C.billNoProcurifyAccount],
      ['departments-8', 'vendorbill', C.billUnmappedDepartment],
      [`items-${item.id}`, 'vendorbill', C.billItemWithoutAccount],
      ['currencies-GBP', 'vendor', C.vendorUnmappedCurrency],
      [`accounts-${account('6420').id}`, 'vendor', C.vendorUnmappedDefaultAccount],
    ];
    for (const [key, recordType, recordId] of expected) {
      expect(rowOf(html, key), key).toContain(`href="/admin/records/${recordType}/${recordId}"`);
    }
    const pair = rowOf(html, `pairs-${account('6100').id}-4`);
    expect(pair).toContain('GL account 6100 Software Subscriptions × department Manufacturing : Windsor Plant');
    expect(pair).toContain('Procurify has no active account for account code 6100 × department');
    // The candidates: account codes Windsor has an account for; 6100 itself is not one of them.
    const candidates = [...pair.matchAll(/<option value="(\d+)"[^>]*>([^<]+)</g)].map((match) => match[2]!);
    expect(candidates.length).toBeGreaterThan(10);
    expect(candidates.some((label) => label.startsWith('6100 '))).toBe(false);
    expect(rowOf(html, 'currencies-GBP')).toMatch(/Procurify has [A-Z]{3}(, [A-Z]{3})*/);
    expect(rowOf(html, `items-${item.id}`)).toContain('Set the item&#39;s expense account');

    // The record page links to its gap.
    const record = await session.get(`/admin/records/vendorbill/${C.billNoProcurifyAccount}`);
    expect(record.html).toContain(`href="/admin/mappings#pairs-${account('6100').id}-4"`);

    // Choose, save: the waiting bill goes.
    const chosen = /<option value="(\d+)"/.exec(pair)![1]!;
    const saved = await session.post('/admin/mappings/accounts', {
      _csrf: session.csrf,
      netsuiteId: account('6100').id,
      procurifyId: chosen,
    });
    expect(saved.status).toBe(303);
    await stack.waitFor('vendorbill', C.billNoProcurifyAccount, ['synced']);
    const after = (await session.get('/admin/mappings')).html;
    expect(after).not.toContain(`id="pairs-${account('6100').id}-4"`);
    // The override shows beside its automatic neighbours, and can be changed like any of them.
    const overridden = rowOf(after, `mapping-accounts-${account('6100').id}`);
    expect(overridden).toContain('(by hand)');
    expect(rowOf(after, `mapping-accounts-${account('5010').id}`)).toContain('(automatic)');
  });

  it('refuses a NetSuite id the reference data does not have, with the reason, and stores nothing', async () => {
    const stack = await startStack();
    const session = await signIn(stack.baseUrl);
    const code = stack.scenario.procurify.accountCodes.find((each) => each.active)!;
    const response = await session.post('/admin/mappings/accounts', {
      _csrf: session.csrf,
      netsuiteId: '99999',
      procurifyId: String(code.id),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Not saved: NetSuite has no GL account with internal id 99999.');
    const put = await stack.admin('/v1/mappings/departments', {
      method: 'PUT',
      body: [{ netsuiteId: '99999', procurifyId: null }],
    });
    expect(put.status).toBe(400);
    expect(JSON.stringify(put.body)).toContain('[0].netsuiteId: NetSuite has no department with internal id 99999');
    expect((await stack.admin<{ overrides: unknown[] }>('/v1/mappings/accounts')).body.overrides).toEqual([]);
  });
});
