import { afterEach, describe, expect, it } from 'vitest';
import { Secret } from '../../../relay/src/config';
import {
  createProcurifyClient,
  createVendor,
  findVendorsByExternalId,
  getVendor,
  listAccounts,
  listCurrencies,
  listDepartments,
  listLocations,
  patchVendor,
  type ProcurifyClient,
  type RequestRecord,
} from '../../../relay/src/procurify';
import { ConnectionError, TimeoutError, classifyFailure } from '../../../relay/src/transport';
import { startProcurifySimulator, type RunningProcurifySimulator } from '../../../simulators/procurify';
import type { ScenarioProcurify } from '../../../simulators/scenario/types';

const data: ScenarioProcurify = {
  currencies: [{ id: 1, name: 'USD', description: 'US dollar', rate: '1.000000', base: true, active: true }],
  locations: [{ id: 1, name: 'HQ', currencyId: 1, headquarter: true }],
  departments: Array.from({ length: 23 }, (_, i) => ({
    id: 10 + i,
    name: `Dept ${i}`,
    locationId: 1,
    externalId: null,
    active: true,
  })),
  accountCodes: [{ id: 100, code: '6100', description: 'Office supplies', accountType: 2, active: true }],
  accounts: [{ id: 94, accountCodeId: 100, departmentId: 10, active: true }],
  vendors: [],
  bills: [],
};

let simulator: RunningProcurifySimulator;
let client: ProcurifyClient;
let records: RequestRecord[];

async function start(timeoutMs = 5_000) {
  simulator = await startProcurifySimulator({
    scenario: { procurify: data },
    settings: { defaultPageSize: 10, maxPageSize: 10 },
  });
  records = [];
  client = createProcurifyClient({
    baseUrl: simulator.baseUrl,
    tokenUrl: `${simulator.baseUrl}/oauth/token`,
    clientId: simulator.control.credentials.clientId,
    clientSecret: new Secret(simulator.control.credentials.clientSecret),
    timeoutMs,
    onRequest: (record) => records.push(record),
  });
}

afterEach(async () => {
  await client?.close();
  await simulator?.close();
});

const vendor = {
  name: 'Acme Supplies',
  email: ['ap@acme.example'],
  type: 4 as const,
  overall_score: null,
  external_id: 'ns:1234567_SB1:55',
  currency: 1,
};

describe('the Procurify client against the simulator', () => {
  it('reads every reference list through all pages, each request valid for the published spec', async () => {
    await start();
    const [departments, accounts, locations, currencies] = await Promise.all([
      listDepartments(client),
      listAccounts(client),
      listLocations(client),
      listCurrencies(client),
    ]);
    expect(new Set(departments.map((department) => department.id)).size).toBe(23);
    expect(simulator.control.requests().filter((request) => request.path === '/api/v3/departments/')).toHaveLength(3);
    expect(accounts.map((account) => [account.account_code.code, account.department.id])).toEqual([['6100', 10]]);
    expect(locations[0]?.currency.name).toBe('USD');
    expect(currencies.map((currency) => currency.name)).toEqual(['USD']);
    expect(simulator.control.requests().filter((request) => request.validationErrors !== undefined)).toEqual([]);
  });

  it('creates, finds by external_id, reads and patches a vendor with the per-verb answer shapes', async () => {
    await start();
    const created = await createVendor(client, vendor);
    expect(created).toMatchObject({ name: 'Acme Supplies', external_id: vendor.external_id });
    expect((await findVendorsByExternalId(client, vendor.external_id)).map((found) => found.id)).toEqual([created.id]);
    const patched = await patchVendor(client, created.id, { phoneOne: '+1 415 555 0100' });
    expect(patched.phoneOne).toBe('+1 415 555 0100');
    expect((await getVendor(client, created.id)).phoneOne).toBe('+1 415 555 0100');
  });

  it('gets a new token and repeats the call once when the simulator expires its tokens', async () => {
    await start();
    await listCurrencies(client);
    simulator.control.expireTokens();
    expect(await listCurrencies(client)).toHaveLength(1);
    expect(
      records.map((record) => `${record.method} ${record.path.split('?')[0]} ${record.status} #${record.attempt}`),
    ).toEqual([
      'POST /oauth/token 200 #1',
      'GET /api/v2/currencies/ 200 #1',
      'GET /api/v2/currencies/ 401 #1',
      'POST /oauth/token 200 #1',
      'GET /api/v2/currencies/ 200 #2',
    ]);
  });

  it('holds every request of the connection for the Retry-After of a simulated 429, and sends the refused one again', async () => {
    await start();
    await listCurrencies(client);
    simulator.control.addFault({ kind: 'rate_limit', retryAfterSeconds: 1, path: '/api/v2/currencies/', times: 1 });
    const started = Date.now();
    const first = listCurrencies(client);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const others = await Promise.all([listCurrencies(client), listDepartments(client), listCurrencies(client)]);
    expect((await first).length).toBeGreaterThan(0);
    expect(others.every((list) => list.length > 0)).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(simulator.control.requests().filter((request) => request.status === 429)).toHaveLength(1);
  });

  it('reports a hung vendor create as sent, so the write is looked up before any retry', async () => {
    await start(400);
    simulator.control.addFault({ kind: 'hang', method: 'POST', path: '/api/v3/vendors/' });
    const failure = await createVendor(client, vendor).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TimeoutError);
    expect((failure as TimeoutError).sent).toBe(true);
    expect(classifyFailure(failure)).toEqual({ action: 'lookup_first', reason: 'timeout_outcome_unknown' });
  });

  it('reports a connection dropped after the write committed as sent, and the lookup finds the vendor', async () => {
    await start();
    simulator.control.addFault({ kind: 'drop_after_commit', method: 'POST', path: '/api/v3/vendors/', times: 1 });
    const failure = await createVendor(client, vendor).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConnectionError);
    expect(classifyFailure(failure)).toEqual({ action: 'lookup_first', reason: 'connection_error_outcome_unknown' });
    expect(await findVendorsByExternalId(client, vendor.external_id)).toHaveLength(1);
  });

  it('lets a 5xx burst through as retryable HttpErrors', async () => {
    await start();
    simulator.control.addFault({ kind: 'server_error', status: 503, times: 1, path: '/api/v2/currencies/' });
    const failure = await listCurrencies(client).catch((error: unknown) => error);
    expect(classifyFailure(failure)).toMatchObject({ action: 'retry', reason: 'http_503' });
    expect(await listCurrencies(client)).toHaveLength(1);
  });
});
