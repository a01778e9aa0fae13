import { describe, expect, it } from 'vitest';
import { SCENARIO_CASES } from '../../../simulators/scenario/three-plants';
import { billSnapshot, envelope, vendorSnapshot } from '../../helpers/snapshots';
import { shownState } from '../../helpers/sync-state';
import { startStack, type Stack } from '../../helpers/stack';

const HAMILTON = 1;

function procurifyAccountId(stack: Stack, code: string, departmentId: number): number {
  const state = stack.procurify.control.state();
  const codeId = state.accountCodes.find((candidate) => candidate.code === code)!.id;
  return state.accounts.find((account) => account.accountCodeId === codeId && account.departmentId === departmentId)!
    .id;
}

function itemWrites(stack: Stack) {
  return stack.procurify.control
    .requests()
    .filter((request) => request.method === 'POST' && request.path === '/api/v3/ap/items/');
}

async function syncBill(stack: Stack, billId: string, states: string[]) {
  const bill = billSnapshot(billId);
  await stack.sendEvents([envelope('vendor', vendorSnapshot(bill.entity.id))]);
  await stack.waitFor('vendor', bill.entity.id, ['synced']);
  await stack.sendEvents([envelope('vendorbill', bill)]);
  return stack.waitFor('vendorbill', billId, states);
}

describe('bill sync against the simulators', () => {
  it('syncs the vendor first when a bill arrives with it in one batch', async () => {
    const stack = await startStack();
    const bill = billSnapshot(SCENARIO_CASES.billTwoLines);
    await stack.sendEvents([envelope('vendorbill', bill), envelope('vendor', vendorSnapshot(bill.entity.id))]);
    const record = await stack.waitFor('vendorbill', bill.id, ['synced']);
    const vendor = await stack.waitFor('vendor', bill.entity.id, ['synced']);
    const written = stack.procurify.control.state().bills.find((candidate) => candidate.uuid === record.procurifyId)!;
    expect(String(written.vendorId)).toBe(vendor.procurifyId);
  });

  it('holds a bill whose vendor Procurify does not have and the relay has not seen, then writes it once the vendor is synced', async () => {
    const stack = await startStack();
    const bill = billSnapshot(SCENARIO_CASES.billTwoLines);
    await stack.sendEvents([envelope('vendorbill', bill)]);
    const held = await stack.waitFor('vendorbill', bill.id, ['needs_mapping']);
    expect(held.issues.map((issue) => issue.code)).toEqual(['vendor_not_synced']);
    await stack.sendEvents([envelope('vendor', vendorSnapshot(bill.entity.id))]);
    await stack.waitFor('vendorbill', bill.id, ['synced']);
  });

  it('writes a two-line bill coded to the right Procurify accounts, verified by read-back', async () => {
    const stack = await startStack();
    const record = await syncBill(stack, SCENARIO_CASES.billTwoLines, ['synced']);
    const bill = stack.procurify.control.state().bills.find((candidate) => candidate.uuid === record.procurifyId)!;
    expect(bill).toMatchObject({ invoice_number: 'GLS-88213', status: 1 });
    expect(bill.note).toContain('NetSuite vendor bill 1001');
    const items = stack.procurify.control.state().items.filter((item) => item.billId === bill.id);
    expect(
      items.map((item) =>
        item.allocations.map((allocation) => [allocation.accountId, Number(allocation.amount).toFixed(2)]),
      ),
    ).toEqual([
      [[procurifyAccountId(stack, '5010', HAMILTON), '4250.00']],
      [[procurifyAccountId(stack, '5100', HAMILTON), '380.50']],
    ]);
    expect(record.history.map((entry) => entry.action)).toContain('procurify_request');

    const shown = shownState(stack.netsuite.store, 'vendorbill', SCENARIO_CASES.billTwoLines)!;
    expect(shown).toMatchObject({
      status: 'synced',
      procurifyId: record.procurifyId,
      transaction: SCENARIO_CASES.billTwoLines,
      vendor: null,
    });
    expect(shown.syncedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(shown.detail.lines).toEqual([
      {
        line: 1,
        glAccount: '5010 Steel Stock',
        accountCode: '5010',
        department: 'Manufacturing : Hamilton Plant',
        procurifyDepartment: 'Hamilton Plant',
      },
      {
        line: 2,
        glAccount: '5100 Freight In',
        accountCode: '5100',
        department: 'Manufacturing : Hamilton Plant',
        procurifyDepartment: 'Hamilton Plant',
      },
    ]);
  });

  it('links the synced bill and its vendor to their Procurify pages when link templates are configured', async () => {
    const stack = await startStack({
      env: {
        PROCURIFY_BILL_LINK: 'https://acme.procurify.com/ap/bills/{id}',
        PROCURIFY_VENDOR_LINK: 'https://acme.procurify.com/vendors/{id}?tab=details',
      },
    });
    const record = await syncBill(stack, SCENARIO_CASES.billTwoLines, ['synced']);
    const bill = shownState(stack.netsuite.store, 'vendorbill', SCENARIO_CASES.billTwoLines)!;
    expect(bill.detail.link).toBe(`https://acme.procurify.com/ap/bills/${record.procurifyId}`);
    const vendor = shownState(stack.netsuite.store, 'vendor', billSnapshot(SCENARIO_CASES.billTwoLines).entity.id)!;
    expect(vendor.detail.link).toBe(`https://acme.procurify.com/vendors/${vendor.procurifyId}?tab=details`);
  });

  it('holds a bill with an unmapped GL account, writes nothing, and writes it once the account code exists', async () => {
    const stack = await startStack();
    const held = await syncBill(stack, SCENARIO_CASES.billUnmappedAccount, ['needs_mapping']);
    expect(held.issues.map((issue) => issue.code)).toEqual(['unmapped_gl_account']);
    expect(held.message).toContain('5300');
    expect(itemWrites(stack)).toEqual([]);
    const detail = shownState(stack.netsuite.store, 'vendorbill', '1002')!.detail;
    expect(detail.lines[0]).toMatchObject({ glAccount: '5300 Tooling & Dies', accountCode: null });

    const code = stack.procurify.control.addAccountCode({
      code: '5300',
      description: 'Tooling & Dies',
      accountType: 2,
      active: true,
    });
    stack.procurify.control.addAccount({ accountCodeId: code.id, departmentId: HAMILTON, active: true });
    const refreshed = await stack.admin('/v1/reference/refresh', { method: 'POST' });
    expect(refreshed.status).toBe(200);
    const synced = await stack.waitFor('vendorbill', SCENARIO_CASES.billUnmappedAccount, ['synced']);
    expect(synced.procurifyId).toBeTruthy();
    expect(itemWrites(stack)).toHaveLength(2);
  });

  it('writes a held bill after a manual mapping to an account code that exists', async () => {
    const stack = await startStack();
    await syncBill(stack, SCENARIO_CASES.billUnmappedAccount, ['needs_mapping']);
    const tooling = stack.scenario.accounts.find((account) => account.number === '5300')!;
    const repairs = stack.procurify.control.state().accountCodes.find((code) => code.code === '5500')!;
    const put = await stack.admin('/v1/mappings/accounts', {
      method: 'PUT',
      body: [{ netsuiteId: tooling.id, procurifyId: repairs.id }],
    });
    expect(put).toEqual({
      status: 200,
      body: { kind: 'accounts', overrides: [{ netsuiteId: tooling.id, procurifyId: String(repairs.id) }] },
    });
    await stack.waitFor('vendorbill', SCENARIO_CASES.billUnmappedAccount, ['synced']);
  });

  it('reports a department that exists but not as an account with that code as no_procurify_account', async () => {
    const stack = await startStack();
    const record = await syncBill(stack, SCENARIO_CASES.billNoProcurifyAccount, ['needs_mapping']);
    expect(record.issues.map((issue) => issue.code)).toEqual(['no_procurify_account']);
    expect(itemWrites(stack)).toEqual([]);
  });

  it('reports a department Procurify does not have as unmapped_department', async () => {
    const stack = await startStack();
    const record = await syncBill(stack, SCENARIO_CASES.billUnmappedDepartment, ['needs_mapping']);
    expect(record.issues.map((issue) => issue.code)).toEqual(['unmapped_department']);
  });

  it('skips a bill pending approval, saying why', async () => {
    const stack = await startStack();
    const record = await syncBill(stack, SCENARIO_CASES.billPendingApproval, ['skipped']);
    expect(record.message).toMatch(/approv/i);
    expect(itemWrites(stack)).toEqual([]);
  });

  it('links to the bill Procurify already has for the same vendor and invoice number instead of duplicating it', async () => {
    const stack = await startStack();
    const before = stack.procurify.control.state().bills.length;
    const record = await syncBill(stack, SCENARIO_CASES.billAlreadyInProcurify, ['linked']);
    expect(record.procurifyId).toBe('5b0c8f5e-1f7a-4c1e-9f51-6a8a2d1e0a01');
    expect(stack.procurify.control.state().bills).toHaveLength(before);
    expect(itemWrites(stack)).toEqual([]);
  });

  it('keeps a linked bill linked, and never changes it, when a new version of the NetSuite bill arrives', async () => {
    const stack = await startStack();
    await syncBill(stack, SCENARIO_CASES.billAlreadyInProcurify, ['linked']);
    const before = structuredClone(
      stack.procurify.control.state().bills.find((bill) => bill.invoice_number === 'OFC-44120')!,
    );
    const bill = billSnapshot(SCENARIO_CASES.billAlreadyInProcurify);
    await stack.sendEvents([
      envelope('vendorbill', { ...bill, memo: 'changed in NetSuite', lastModified: '2026-11-25T10:00:00Z' }),
    ]);
    const record = await stack.waitFor('vendorbill', bill.id, ['linked', 'synced', 'failed']);
    expect(record).toMatchObject({ status: 'linked', procurifyId: before.uuid });
    const after = stack.procurify.control.state().bills.find((candidate) => candidate.uuid === before.uuid)!;
    expect({ note: after.note, terms: after.payment_terms, version: after.version }).toEqual({
      note: before.note,
      terms: before.payment_terms,
      version: before.version,
    });
  });

  it('fails once with bill_write_unsupported when Procurify refuses the write path, without retrying', async () => {
    const stack = await startStack();
    stack.procurify.control.updateSettings({ billWriteEnabled: false, billWriteRefusalStatus: 405 });
    const record = await syncBill(stack, SCENARIO_CASES.billTwoLines, ['failed']);
    expect(record.issues.map((issue) => issue.code)).toEqual(['bill_write_unsupported']);
    expect(record.attempts).toBe(1);
    await stack.settled();
    expect(itemWrites(stack)).toHaveLength(1);
    const again = await stack.admin<{ status: string; attempts: number }>(
      `/v1/records/vendorbill/${SCENARIO_CASES.billTwoLines}`,
    );
    expect(again.body).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('verifies the audit chain after a run, and every request is in it', async () => {
    const stack = await startStack();
    await syncBill(stack, SCENARIO_CASES.billTwoLines, ['synced']);
    const verify = await stack.admin<{ ok: boolean; entries: number }>('/v1/audit/verify');
    expect(verify.body.ok).toBe(true);
    const audit = await stack.admin<{ items: { action: string }[] }>('/v1/audit?recordType=vendorbill&recordId=1001');
    const actions = audit.body.items.map((entry) => entry.action);
    expect(actions).toEqual(
      expect.arrayContaining(['event_received', 'procurify_request', 'state_changed', 'writeback_sent']),
    );
  });
});
