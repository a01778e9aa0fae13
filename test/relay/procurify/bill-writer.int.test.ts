import { afterEach, describe, expect, it } from 'vitest';
import { Secret } from '../../../relay/src/config';
import {
  createProcurifyClient,
  findBillByVendorAndInvoice,
  freshProgress,
  getBill,
  resumeBillWrite,
  type BillWriteInput,
  type BillWriteProgress,
  type ProcurifyClient,
  type WriteBillOptions,
} from '../../../relay/src/procurify';
import { ConnectionError, HttpError, PermanentError, classifyFailure } from '../../../relay/src/transport';
import { startProcurifySimulator, type RunningProcurifySimulator } from '../../../simulators/procurify';
import type { ScenarioProcurify } from '../../../simulators/scenario/types';

const data: ScenarioProcurify = {
  currencies: [
    { id: 1, name: 'USD', description: 'US dollar', rate: '1.000000', base: true, active: true },
    { id: 2, name: 'CAD', description: 'Canadian dollar', rate: '1.350000', base: false, active: true },
  ],
  locations: [{ id: 1, name: 'HQ', currencyId: 1, headquarter: true }],
  departments: [
    { id: 10, name: 'Operations', locationId: 1, externalId: 'ns:1234567_SB1:3', active: true },
    { id: 11, name: 'Finance', locationId: 1, externalId: null, active: true },
  ],
  accountCodes: [
    { id: 100, code: '6100', description: 'Office supplies', accountType: 2, active: true },
    { id: 101, code: '6200', description: 'Software', accountType: 2, active: true },
  ],
  accounts: [
    { id: 94, accountCodeId: 100, departmentId: 10, active: true },
    { id: 95, accountCodeId: 101, departmentId: 11, active: true },
  ],
  vendors: [
    {
      id: 6,
      name: 'Acme Supplies',
      externalId: 'ns:1234567_SB1:55',
      active: true,
      currencyId: 1,
      emails: 'ap@acme.example',
    },
  ],
  bills: [
    {
      uuid: '0f0e0d0c0b0a09080706050403020100',
      vendorId: 6,
      invoiceNumber: ' INV-7 ',
      invoiceDate: '2026-01-05',
      dueDate: null,
      currencyId: 1,
      lines: [{ description: 'Old order', accountId: 94, amount: '5.00' }],
    },
  ],
};

const input: BillWriteInput = {
  vendorId: 6,
  invoiceNumber: 'INV-1001',
  invoiceDate: '2026-02-10',
  dueDate: '2026-03-12',
  currencyId: 2,
  paymentTerms: 'Net 30',
  note: 'NetSuite bill 4711; PO PO-88',
  lines: [
    { description: 'Printer paper', accountId: 94, amount: '11' },
    { description: 'Design tool licence', accountId: 95, amount: '120.50' },
  ],
};

let simulator: RunningProcurifySimulator;
let client: ProcurifyClient;

async function start(settings: Parameters<typeof startProcurifySimulator>[0] = {}) {
  simulator = await startProcurifySimulator({ scenario: { procurify: data }, ...settings });
  const { clientId, clientSecret } = simulator.control.credentials;
  client = createProcurifyClient({
    baseUrl: simulator.baseUrl,
    tokenUrl: `${simulator.baseUrl}/oauth/token`,
    clientId,
    clientSecret: new Secret(clientSecret),
    timeoutMs: 5_000,
  });
}

afterEach(async () => {
  await client?.close();
  await simulator?.close();
});

/** The progress store a sync record gives the writer, kept in memory: every saved step is visible. */
function progressStore(initial: BillWriteProgress = freshProgress(input.vendorId)) {
  const store = {
    progress: initial,
    saves: 0,
    save: async (next: BillWriteProgress) => {
      store.progress = next;
      store.saves += 1;
    },
  };
  return store;
}

function writeBill(client: ProcurifyClient, bill: BillWriteInput, options: WriteBillOptions, store = progressStore()) {
  return resumeBillWrite(client, bill, options, store);
}

const itemsInProcurify = () =>
  simulator.control
    .state()
    .items.filter((item) => item.vendorId === 6)
    .map((item) => ({ id: item.id, billId: item.billId, description: item.description }));

const apiCalls = () =>
  simulator.control
    .requests()
    .filter((request) => request.path.startsWith('/api/'))
    .map((request) => `${request.method} ${request.path} ${request.status}`);

describe('writeBill against the Procurify simulator', () => {
  it('makes the items, the draft, attaches them, updates and submits, in that order', async () => {
    await start();
    const written = await writeBill(client, input, { submit: true });
    const draftId = simulator.control.state().bills.find((bill) => bill.uuid === written.uuid)?.id;
    expect(apiCalls()).toEqual([
      'POST /api/v3/ap/items/ 201',
      'POST /api/v3/ap/items/ 201',
      'POST /api/v2/ap/bills/ 201',
      `POST /api/v3/ap/bills/${draftId}/add-items/ 200`,
      `PUT /api/v2/ap/bills/${draftId}/ 200`,
      `PUT /api/v2/ap/bills/${draftId}/ 200`,
    ]);
    const puts = simulator.control.requests().filter((request) => request.method === 'PUT');
    expect(puts.map((request) => (request.body as { status: number }).status)).toEqual([0, 1]);

    const bill = await getBill(client, written.uuid);
    expect(bill).toMatchObject({
      uuid: written.uuid,
      invoice_number: 'INV-1001',
      status: 1,
      vendor: { id: 6 },
      currency: { id: 2 },
    });
    expect(bill.note).toBe('NetSuite bill 4711; PO PO-88');
    expect(
      bill.items.map((item) => [item.description, item.cost_allocations.map((a) => [a.budget.id, a.amount])]),
    ).toEqual([
      ['Printer paper', [[94, '11.00000000']]],
      ['Design tool licence', [[95, '120.50000000']]],
    ]);
  });

  it('leaves the bill as a draft when submitting is off', async () => {
    await start();
    const written = await writeBill(client, input, { submit: false });
    expect((await getBill(client, written.uuid)).status).toBe(0);
    expect(apiCalls().filter((call) => call.startsWith('PUT'))).toHaveLength(1);
  });

  it.each([405, 403] as const)(
    'fails once with bill_write_unsupported when Procurify answers %i on the write path',
    async (status) => {
      await start({ settings: { billWriteEnabled: false, billWriteRefusalStatus: status } });
      const failure = await writeBill(client, input, { submit: true }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(PermanentError);
      expect(failure).toMatchObject({ code: 'bill_write_unsupported', details: { status, path: '/api/v3/ap/items/' } });
      expect((failure as Error).message).toMatch(/MLC_BILL_WRITE=off/);
      expect(classifyFailure(failure)).toEqual({ action: 'never', reason: 'bill_write_unsupported' });
      expect(apiCalls()).toEqual([`POST /api/v3/ap/items/ ${status}`]);
    },
  );

  it('refuses a bill without lines before sending anything', async () => {
    await start();
    await expect(writeBill(client, { ...input, lines: [] }, { submit: true })).rejects.toMatchObject({
      code: 'invalid_request_body',
    });
    expect(apiCalls()).toEqual([]);
  });
});

describe('a bill write resumed from its saved progress', () => {
  it('continues after a failed step with the same items and draft, never making them again', async () => {
    await start();
    simulator.control.addFault({
      kind: 'server_error',
      status: 503,
      method: 'POST',
      path: '/api/v3/ap/bills/*/add-items/',
      times: 1,
    });
    const store = progressStore();
    const failure = await writeBill(client, input, { submit: true }, store).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HttpError);
    expect(store.progress).toMatchObject({ attached: [], draft: { id: expect.any(Number) } });
    expect(store.progress.items).toHaveLength(2);

    simulator.control.clearRequests();
    const written = await writeBill(client, input, { submit: true }, store);
    expect(apiCalls()).toEqual([
      `POST /api/v3/ap/bills/${written.id}/add-items/ 200`,
      `PUT /api/v2/ap/bills/${written.id}/ 200`,
      `PUT /api/v2/ap/bills/${written.id}/ 200`,
    ]);
    expect(written.leftoverItems).toEqual([]);
    const items = itemsInProcurify().filter((item) => item.description !== 'Old order');
    expect(items.map((item) => [item.description, item.billId])).toEqual([
      ['Printer paper', written.id],
      ['Design tool licence', written.id],
    ]);
  });

  it('looks for the item a lost create answer left before creating another, and adopts it', async () => {
    await start();
    simulator.control.addFault({ kind: 'drop_after_commit', method: 'POST', path: '/api/v3/ap/items/', times: 1 });
    const store = progressStore();
    const failure = await writeBill(client, input, { submit: true }, store).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConnectionError);
    expect(classifyFailure(failure).action).toBe('lookup_first');
    expect(store.progress.pendingItem).toEqual({ description: 'Printer paper', accountId: 94 });

    simulator.control.clearRequests();
    const written = await writeBill(client, input, { submit: true }, store);
    expect(apiCalls()[0]).toBe('GET /api/v2/ap/items/ 200');
    expect(simulator.control.requests().find((request) => request.path === '/api/v2/ap/items/')?.query).toMatchObject({
      billed: 'false',
      vendor: '6',
      budget: '94',
    });
    expect(apiCalls().filter((call) => call.startsWith('POST /api/v3/ap/items/'))).toHaveLength(1);
    const ours = itemsInProcurify().filter((item) => item.description !== 'Old order');
    expect(ours).toHaveLength(2);
    expect(ours.every((item) => item.billId === written.id)).toBe(true);
  });

  it('reuses the items of lines that stayed when the bill changed mid-write, and reports the one it no longer needs', async () => {
    await start();
    simulator.control.addFault({
      kind: 'server_error',
      status: 503,
      method: 'PUT',
      path: '/api/v2/ap/bills/*/',
      times: 1,
    });
    const store = progressStore();
    await writeBill(client, input, { submit: true }, store).catch(() => undefined);
    const [paper, licence] = store.progress.items;

    const changed = { ...input, lines: [input.lines[0]!, { description: 'Toner', accountId: 95, amount: '40.00' }] };
    const written = await writeBill(client, changed, { submit: true }, store);
    expect(written.leftoverItems).toEqual([licence!.id]);
    const bill = await getBill(client, written.uuid);
    expect(bill.items.map((item) => [item.id === paper!.id, item.description])).toEqual([
      [true, 'Printer paper'],
      [false, 'Toner'],
    ]);
    expect(itemsInProcurify().find((item) => item.id === licence!.id)?.billId).toBeNull();
  });
});

describe('findBillByVendorAndInvoice against the Procurify simulator', () => {
  it('finds the vendor’s bill whose trimmed invoice number matches exactly', async () => {
    await start();
    expect((await findBillByVendorAndInvoice(client, 6, 'INV-7'))?.uuid).toBe('0f0e0d0c0b0a09080706050403020100');
    expect((await findBillByVendorAndInvoice(client, 6, '  INV-7'))?.uuid).toBe('0f0e0d0c0b0a09080706050403020100');
  });

  it('does not match a longer invoice number, another vendor or nothing', async () => {
    await start();
    expect(await findBillByVendorAndInvoice(client, 6, 'INV')).toBeUndefined();
    expect(await findBillByVendorAndInvoice(client, 7, 'INV-7')).toBeUndefined();
  });

  it('finds a bill written a moment ago', async () => {
    await start();
    const written = await writeBill(client, input, { submit: false });
    expect((await findBillByVendorAndInvoice(client, 6, 'INV-1001'))?.uuid).toBe(written.uuid);
  });
});
