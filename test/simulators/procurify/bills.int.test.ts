import { describe, expect, it } from 'vitest';
import { startSim, type SimClient } from './sim-client';

/** The undocumented flow of docs/reference/procurify-api.md "Bill writes (undocumented)", with two lines coded to two accounts. */
async function writeBill(client: SimClient, submit = true) {
  const lines = [
    { description: 'Annual licence', account: 94, amount: 1000 },
    { description: 'Onsite support', account: 95, amount: 11 },
  ];
  const itemIds: number[] = [];
  for (const line of lines) {
    const item = await client.call('POST', '/api/v3/ap/items/', {
      bill_by_cost: false,
      cost_allocations: [{ amount: '0.00', budget: line.account, currency: 3 }],
      currency: 3,
      custom_fields: [],
      description: line.description,
      packing_slips: [],
      shipping_amount: null,
      sku: '',
      tax_is_inclusive: false,
      tax: null,
      unit: '',
      vendor: 6,
      quantity: '1',
      unit_cost: '0.00',
    });
    expect(item.status).toBe(201);
    itemIds.push(item.body.data.id);
  }
  const header = {
    vendor: 6,
    invoice_number: 'NS-INV-77',
    payment_method: 10,
    payment_terms: 'Net 30',
    invoice_date: '2026-03-01',
    due_date: '2026-03-31',
    gl_post_date: '2026-03-01',
    note: 'NetSuite bill 4711',
    costs: [],
    invoice_attachments: [],
    approval_chain: null,
    approver: null,
  };
  const draft = await client.call('POST', '/api/v2/ap/bills/', { items: [], ...header });
  expect(draft.status).toBe(201);
  const billId = draft.body.data.id as number;
  const added = await client.call('POST', `/api/v3/ap/bills/${billId}/add-items/`, {
    items: itemIds.map((id) => ({ id, quantity: '1.00000000', unit_cost: 0, bill_by_cost: false, total_cost: 0 })),
  });
  expect(added.status).toBe(200);
  const full = (status: number) => ({
    ...header,
    status,
    items: itemIds.map((id, index) => ({
      id,
      bill_by_cost: false,
      quantity: '1.00000000',
      tax: null,
      shipping_amount: null,
      tax_amount: 0,
      tax_is_inclusive: false,
      total_cost: lines[index]!.amount,
      total_cost_with_tax: lines[index]!.amount,
      unit_cost: lines[index]!.amount,
      packing_slips: [],
      cost_allocations: [
        { budget: lines[index]!.account, object_id: id, amount: lines[index]!.amount.toFixed(8), currency: 3 },
      ],
      custom_fields: [],
    })),
  });
  expect((await client.call('PUT', `/api/v2/ap/bills/${billId}/`, full(0))).status).toBe(200);
  if (submit) expect((await client.call('PUT', `/api/v2/ap/bills/${billId}/`, full(1))).status).toBe(200);
  return { billId, uuid: draft.body.data.uuid as string, full };
}

interface BillLine {
  description: string;
  cost_allocations: {
    amount: string;
    budget: { id: number; account_code: { code: string }; department: { id: number } };
  }[];
}

describe('Procurify simulator: bills', () => {
  it('writes a bill through the undocumented draft flow and reads it back through the documented GET', async () => {
    const sim = await startSim();
    const { uuid } = await writeBill(sim.client);
    const read = await sim.client.callValid('GET', `/api/v2/ap/bills/${uuid}/`);
    const bill = read.body.data;
    expect(bill).toMatchObject({
      uuid,
      vendor: { id: 6 },
      invoice_number: 'NS-INV-77',
      status: 1,
      total_cost: 1011,
      invoice_date: '2026-03-01T00:00:00Z',
      currency: { id: 3 },
    });
    expect(bill.submitted_date).not.toBeNull();
    expect(bill.bill_statuses.map((s: { status: number }) => s.status)).toEqual([0, 1]);
    const lines = bill.items.map((item: BillLine) => ({
      description: item.description,
      account: item.cost_allocations[0]!.budget.id,
      code: item.cost_allocations[0]!.budget.account_code.code,
      department: item.cost_allocations[0]!.budget.department.id,
      amount: item.cost_allocations[0]!.amount,
    }));
    expect(lines).toEqual([
      { description: 'Annual licence', account: 94, code: '6100', department: 11, amount: '1000.00000000' },
      { description: 'Onsite support', account: 95, code: '6200', department: 12, amount: '11.00000000' },
    ]);
  });

  it('lists AP items, billed or not, by vendor, account and bill, in the documented shape', async () => {
    const sim = await startSim();
    const { billId, uuid } = await writeBill(sim.client);
    const loose = await sim.client.call('POST', '/api/v3/ap/items/', {
      cost_allocations: [{ amount: '0.00', budget: 95, currency: 3 }],
      currency: 3,
      description: 'Left behind',
      vendor: 6,
    });
    expect(loose.status).toBe(201);
    const ids = async (query: string) =>
      (await sim.client.callValid('GET', `/api/v2/ap/items/${query}`)).body.data.map((item: { id: number }) => item.id);
    const written = await ids(`?bill=${billId}`);
    expect(written).toHaveLength(2);
    expect(await ids(`?bill_uuid=${uuid}&budget=94`)).toEqual([written[0]]);
    const forVendor = await ids('?vendor=6&page_size=100');
    expect(forVendor).toEqual(expect.arrayContaining([...written, loose.body.data.id]));
    expect(await ids('?billed=false&vendor=6')).toEqual([loose.body.data.id]);
    expect(await ids('?billed=true&vendor=6')).not.toContain(loose.body.data.id);
    const unbilled = await sim.client.callValid('GET', '/api/v2/ap/items/?billed=false');
    expect(unbilled.body.metadata.summary).toEqual({ total_items: 1, total_cost: 0 });
    expect(unbilled.body.data[0]).toMatchObject({ bill: null, description: 'Left behind', vendor: { id: 6 } });
  });

  it('leaves a bill as a draft when only the status-0 PUT is sent, and refuses edits once submitted', async () => {
    const sim = await startSim();
    const { billId, uuid, full } = await writeBill(sim.client, false);
    expect((await sim.client.callValid('GET', `/api/v2/ap/bills/${uuid}/`)).body.data.status).toBe(0);
    expect((await sim.client.call('PUT', `/api/v2/ap/bills/${billId}/`, full(1))).status).toBe(200);
    const again = await sim.client.call('PUT', `/api/v2/ap/bills/${billId}/`, full(1));
    expect([again.status, again.body]).toEqual([400, { non_field_errors: ['Only draft bills can be edited.'] }]);
  });

  it('rejects an item coded to an unknown or inactive account and allocations that do not add up', async () => {
    const sim = await startSim();
    const unknown = await sim.client.call('POST', '/api/v3/ap/items/', {
      vendor: 6,
      currency: 3,
      description: 'x',
      cost_allocations: [{ amount: '1.00', budget: 999 }],
    });
    expect([unknown.status, unknown.body]).toEqual([
      400,
      { cost_allocations: { '0': { budget: ['Invalid pk "999" - object does not exist.'] } } },
    ]);
    const inactive = await sim.client.call('POST', '/api/v3/ap/items/', {
      vendor: 6,
      currency: 3,
      description: 'x',
      cost_allocations: [{ amount: '1.00', budget: 96 }],
    });
    expect(inactive.status).toBe(400);
    const { billId, full } = await writeBill(sim.client, false);
    const body = full(0);
    body.items[0]!.cost_allocations[0]!.amount = '999.00';
    const mismatch = await sim.client.call('PUT', `/api/v2/ap/bills/${billId}/`, body);
    expect(mismatch.status).toBe(400);
    expect(JSON.stringify(mismatch.body)).toContain('must add up');
  });

  it('answers 405 for POST /api/v3/ap/bills/, and 405 or 403 for the draft flow when it is switched off', async () => {
    const sim = await startSim();
    expect((await sim.client.call('POST', '/api/v3/ap/bills/', {})).status).toBe(405);
    sim.control.updateSettings({ billWriteEnabled: false });
    const refused = await sim.client.call('POST', '/api/v2/ap/bills/', { vendor: 6 });
    expect([refused.status, refused.body]).toEqual([405, { detail: 'Method "POST" not allowed.' }]);
    sim.control.updateSettings({ billWriteRefusalStatus: 403 });
    expect((await sim.client.call('POST', '/api/v3/ap/items/', {})).status).toBe(403);
    expect(sim.control.state().bills).toHaveLength(1);
  });

  it('lists bills with the bill metadata and filters by last-modified time, vendor[] and search', async () => {
    const sim = await startSim({ clockStart: '2026-03-10T08:00:00Z' });
    sim.control.clock.advance(60_000);
    const { uuid } = await writeBill(sim.client);
    const list = async (query: string) => (await sim.client.callValid('GET', `/api/v3/ap/bills/${query}`)).body;
    const all = await list('');
    expect(all.metadata.summary).toEqual({ has_multiple_currency: false, total_cost: 2261.5 });
    expect(all.data.map((b: { uuid: string }) => b.uuid)).toEqual(['3cda5ef4ac1a401bb6619e4a5d87c10d', uuid]);
    const since = encodeURIComponent('2026-03-10T08:00:30Z');
    expect((await list(`?last_modified_datetime_0=${since}`)).data.map((b: { uuid: string }) => b.uuid)).toEqual([
      uuid,
    ]);
    expect((await list(`?last_modified_datetime_1=${since}`)).data).toHaveLength(1);
    expect((await list('?vendor[]=6&vendor[]=8')).data).toHaveLength(2);
    expect((await list('?vendor[]=8')).data).toHaveLength(0);
    expect((await list('?search=ns-inv-77')).data.map((b: { invoice_number: string }) => b.invoice_number)).toEqual([
      'NS-INV-77',
    ]);
    expect((await list('?invoice_date_0=2026-01-01')).data).toHaveLength(1);
  });

  it('answers 404 for an unknown uuid and for an integer id on the documented GET', async () => {
    const sim = await startSim();
    expect((await sim.client.call('GET', '/api/v2/ap/bills/0000aaaa0000aaaa0000aaaa0000aaaa/')).status).toBe(404);
    expect((await sim.client.call('GET', `/api/v2/ap/bills/${sim.control.state().bills[0]!.id}/`)).status).toBe(404);
  });

  it('marks approved bills without payment as paid, and refuses other bills', async () => {
    const sim = await startSim();
    const uuid = '3cda5ef4ac1a401bb6619e4a5d87c10d';
    const paid = await sim.client.callValid('POST', '/api/v3/ap/bills/mark-as-paid/', {
      bill_uuids: [uuid],
      payment_date: '2026-03-15',
    });
    expect(paid.body).toEqual({ bill_uuids: [uuid], bill_group_ids: [], payment_date: '2026-03-15' });
    expect((await sim.client.callValid('GET', `/api/v2/ap/bills/${uuid}/`)).body.data.status).toBe(4);
    expect(
      (
        await sim.client.call('POST', '/api/v3/ap/bills/mark-as-paid/', {
          bill_uuids: [uuid],
          payment_date: '2026-03-15',
        })
      ).status,
    ).toBe(400);
    expect((await sim.client.call('POST', '/api/v3/ap/bills/mark-as-paid/', { bill_uuids: [uuid] })).body).toEqual({
      payment_date: ['This field is required.'],
    });
  });

  it('approves each bill as it is submitted with approveSubmittedBills (the demo), never a draft', async () => {
    const sim = await startSim({ settings: { approveSubmittedBills: true } });
    const draft = await writeBill(sim.client, false);
    expect((await sim.client.callValid('GET', `/api/v2/ap/bills/${draft.uuid}/`)).body.data.status).toBe(0);
    const submitted = await sim.client.call('PUT', `/api/v2/ap/bills/${draft.billId}/`, draft.full(1));
    expect(submitted.body.data.status).toBe(2);
    const read = (await sim.client.callValid('GET', `/api/v2/ap/bills/${draft.uuid}/`)).body.data;
    expect(read.bill_statuses.map((s: { status: number }) => s.status)).toEqual([0, 1, 2]);
    const paid = await sim.client.call('POST', '/api/v3/ap/bills/mark-as-paid/', {
      bill_uuids: [draft.uuid],
      payment_date: '2026-03-15',
    });
    expect(paid.status).toBe(200);
    // Off by default: a submitted bill waits for an approver (or POST /__sim/bills/approve).
    const plain = await startSim();
    expect(plain.control.settings().approveSubmittedBills).toBe(false);
    const waiting = await writeBill(plain.client);
    expect((await plain.client.callValid('GET', `/api/v2/ap/bills/${waiting.uuid}/`)).body.data.status).toBe(1);
  });

  it('applies a v3 PATCH to header fields and treats an empty PATCH as a touch', async () => {
    const sim = await startSim();
    const { uuid } = await writeBill(sim.client, false);
    const before = (await sim.client.call('GET', `/api/v2/ap/bills/${uuid}/`)).body.data;
    const patched = await sim.client.call('PATCH', `/api/v3/ap/bills/${uuid}/`, { note: 'edited' });
    expect(patched.body.data.note).toBe('edited');
    const touched = await sim.client.call('PATCH', `/api/v3/ap/bills/${uuid}/`, {});
    expect(touched.body.data.last_modified_datetime > before.last_modified_datetime).toBe(true);
    expect(touched.body.metadata.permissions.can_edit).toBe(false);
  });
});
