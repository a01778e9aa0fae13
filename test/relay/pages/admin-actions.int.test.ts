import { describe, expect, it } from 'vitest';
import { SCENARIO_CASES } from '../../../simulators/scenario/three-plants';
import { billSnapshot, envelope, vendorSnapshot } from '../../helpers/snapshots';
import { startStack, type Stack } from '../../helpers/stack';
import { signIn } from './admin-session';

// Page actions over loopback HTTP: they run the same code as the JSON admin API.

async function holdBill(stack: Stack, billId: string, states: string[]) {
  const bill = billSnapshot(billId);
  await stack.sendEvents([envelope('vendor', vendorSnapshot(bill.entity.id)), envelope('vendorbill', bill)]);
  return stack.waitFor('vendorbill', billId, states);
}

describe('admin page actions', () => {
  it('lists the same gaps and blocked bills on the mapping page as GET /v1/mappings/coverage', async () => {
    const stack = await startStack();
    await holdBill(stack, SCENARIO_CASES.billUnmappedAccount, ['needs_mapping']);
    const tooling = stack.scenario.accounts.find((account) => account.number === '5300')!;
    const coverage = await stack.admin<{
      accounts: { netsuiteId: string; blocked: unknown[] }[];
      needsMapping: number;
    }>('/v1/mappings/coverage');
    expect(coverage.body.needsMapping).toBe(1);
    expect(coverage.body.accounts.find((gap) => gap.netsuiteId === tooling.id)?.blocked).toEqual([
      { recordType: 'vendorbill', recordId: SCENARIO_CASES.billUnmappedAccount },
    ]);
    const session = await signIn(stack.baseUrl);
    const page = await session.get('/admin/mappings');
    const row = new RegExp(`id="accounts-${tooling.id}".*?</tr>`, 's').exec(page.html)?.[0] ?? '';
    expect(row).toContain(`href="/admin/records/vendorbill/${SCENARIO_CASES.billUnmappedAccount}"`);
    expect(page.html).toContain(`${coverage.body.accounts.length}</strong> accounts`);
  });

  it('refuses a mapping to a Procurify account code that does not exist, saying so, and stores nothing', async () => {
    const stack = await startStack();
    const session = await signIn(stack.baseUrl);
    const tooling = stack.scenario.accounts.find((account) => account.number === '5300')!;
    const response = await session.post('/admin/mappings/accounts', {
      _csrf: session.csrf,
      netsuiteId: tooling.id,
      procurifyId: '987654',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Not saved: Procurify has no account code with internal id 987654.');
    const overrides = await stack.admin<{ overrides: unknown[] }>('/v1/mappings/accounts');
    expect(overrides.body.overrides).toEqual([]);
  });

  it('saves a mapping through the editor, audited with the admin as actor, and removes it again', async () => {
    const stack = await startStack();
    await holdBill(stack, SCENARIO_CASES.billUnmappedAccount, ['needs_mapping']);
    const session = await signIn(stack.baseUrl);
    const tooling = stack.scenario.accounts.find((account) => account.number === '5300')!;
    const repairs = stack.procurify.control.state().accountCodes.find((code) => code.code === '5500')!;
    const saved = await session.post('/admin/mappings/accounts', {
      _csrf: session.csrf,
      netsuiteId: tooling.id,
      procurifyId: String(repairs.id),
    });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/admin/mappings?notice=mapped&count=1');
    await stack.waitFor('vendorbill', SCENARIO_CASES.billUnmappedAccount, ['synced']);
    const audit = await stack.admin<{ items: { action: string; actor: string }[] }>('/v1/audit?limit=500');
    expect(audit.body.items).toContainEqual(expect.objectContaining({ action: 'mapping_changed', actor: 'admin' }));

    const removed = await session.post('/admin/mappings/accounts', {
      _csrf: session.csrf,
      netsuiteId: tooling.id,
      procurifyId: '',
    });
    expect(removed.headers.get('location')).toBe('/admin/mappings?notice=unmapped&count=0');
    expect((await stack.admin<{ overrides: unknown[] }>('/v1/mappings/accounts')).body.overrides).toEqual([]);
  });

  it('replays the selected records, or all records in a state, from the queue', async () => {
    const stack = await startStack();
    await holdBill(stack, SCENARIO_CASES.billUnmappedAccount, ['needs_mapping']);
    await holdBill(stack, SCENARIO_CASES.billUnmappedDepartment, ['needs_mapping']);
    const session = await signIn(stack.baseUrl);
    const selected = await session.post('/admin/queue/replay', {
      _csrf: session.csrf,
      record: [`vendorbill:${SCENARIO_CASES.billUnmappedAccount}`, 'nonsense:<b>', 'vendorbill:999999'],
    });
    expect(selected.headers.get('location')).toBe('/admin/queue?notice=replayed&count=1');
    await stack.waitFor('vendorbill', SCENARIO_CASES.billUnmappedAccount, ['needs_mapping']);
    const all = await session.post('/admin/queue/replay', {
      _csrf: session.csrf,
      all: 'needs_mapping',
      back: 'needs_mapping',
    });
    expect(all.headers.get('location')).toBe('/admin/queue?status=needs_mapping&notice=replayed&count=2');
    const none = await session.post('/admin/queue/replay', { _csrf: session.csrf });
    expect(none.headers.get('location')).toBe('/admin/queue?notice=nothing_selected&count=0');
    const page = await session.get(none.headers.get('location')!);
    expect(page.html).toContain('Select at least one record to replay.');
  });

  it('reports an intact audit chain, and names the entry when one was altered', async () => {
    const stack = await startStack();
    await holdBill(stack, SCENARIO_CASES.billUnmappedAccount, ['needs_mapping']);
    const session = await signIn(stack.baseUrl);
    expect((await session.get('/admin/audit/verify')).html).toMatch(/The audit chain is intact: \d+ entries verified/);
    await stack.relay.database.client.execute(`update audit_entry set detail = '{"edited":true}' where id = 2`);
    expect((await session.get('/admin/audit/verify')).html).toContain(
      'The audit chain is broken: entry 2 was altered. 1 entry before it is intact; the first bad entry is #2.',
    );
  });
});
