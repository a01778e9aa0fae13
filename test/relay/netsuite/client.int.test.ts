import { generateKeyPairSync } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { Secret } from '../../../relay/src/config';
import {
  createNetSuiteClient,
  generateNetSuiteKeyPair,
  quoteLiteral,
  type NetSuiteClient,
} from '../../../relay/src/netsuite';
import { HttpError, TimeoutError, classifyFailure, type RequestRecord } from '../../../relay/src/transport';
import { startNetSuiteSimulator, type RunningNetSuiteSimulator } from '../../../simulators/netsuite/server';
import { SYNC_STATE_FIELDS, SYNC_STATE_RECORD } from '../../../suiteapp/src/lib/sync-state-record';
import { threePlants } from '../../../simulators/scenario/three-plants';

let simulator: RunningNetSuiteSimulator;
let client: NetSuiteClient;
let records: RequestRecord[];

async function start(options: { concurrency?: number; limit?: number; rsa?: boolean; timeoutMs?: number } = {}) {
  simulator = await startNetSuiteSimulator({
    scenario: threePlants(),
    settings: { concurrencyLimit: options.limit ?? 5 },
  });
  let privateKeyPem: string;
  let publicPem: string;
  if (options.rsa) {
    const pair = generateKeyPairSync('rsa', { modulusLength: 3072 });
    privateKeyPem = pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    publicPem = pair.publicKey.export({ format: 'pem', type: 'spki' }).toString();
  } else {
    const generated = await generateNetSuiteKeyPair();
    privateKeyPem = generated.privateKeyPem;
    publicPem = generated.certificatePem;
  }
  simulator.control.registerCertificate({ certificateId: 'cert-1', clientId: 'client-1', pem: publicPem });
  records = [];
  client = createNetSuiteClient({
    baseUrl: simulator.baseUrl,
    accountId: '1234567_SB1',
    clientId: 'client-1',
    certificateId: 'cert-1',
    privateKey: new Secret(privateKeyPem),
    concurrency: options.concurrency ?? 2,
    timeoutMs: options.timeoutMs ?? 5_000,
    now: () => simulator.control.now(),
    onRequest: (record) => records.push(record),
  });
}

afterEach(async () => {
  await client?.close();
  await simulator?.close();
});

const tokenCalls = () => simulator.control.requests().filter((request) => request.path.endsWith('/oauth2/v1/token'));

describe('the NetSuite client against the simulator', () => {
  it.each([
    ['an EC key (ES256)', false],
    ['an RSA key (PS256)', true],
  ])('gets an M2M token with %s and runs SuiteQL with the documented envelope', async (_name, rsa) => {
    await start({ rsa });
    const page = await client.suiteql(
      `SELECT id, companyname FROM vendor WHERE companyname <> ${quoteLiteral("O'Hara")} ORDER BY id`,
      { limit: 2 },
    );
    expect(page.items).toHaveLength(2);
    expect(page.items[0]).toEqual({ id: expect.any(String), companyname: expect.any(String) });
    expect(page).toMatchObject({ hasMore: true, count: 2, offset: 0 });
    expect(simulator.control.loginAudit().map((entry) => entry.status)).toEqual(['Success']);
  });

  it('reads the next page with offset and reports each request without its token', async () => {
    await start();
    const first = await client.suiteql('SELECT id FROM vendor ORDER BY id', { limit: 2 });
    const second = await client.suiteql('SELECT id FROM vendor ORDER BY id', { limit: 2, offset: 2 });
    expect(second.offset).toBe(2);
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
    expect(records.map((record) => `${record.method} ${record.path.split('?')[0]} ${record.status}`)).toEqual([
      'POST /services/rest/auth/oauth2/v1/token 200',
      'POST /services/rest/query/v1/suiteql 200',
      'POST /services/rest/query/v1/suiteql 200',
    ]);
    expect(JSON.stringify(records)).not.toMatch(/eyJ|Bearer/);
  });

  it('gets a record with its sublists expanded, and upserts a sync-state record by external id with a 204', async () => {
    await start();
    const { items } = await client.suiteql('SELECT id FROM vendor ORDER BY id', { limit: 1 });
    const id = String(items[0]?.id);
    const vendor = await client.getRecord('vendor', id, { expandSubResources: true });
    expect(vendor.id).toBe(id);
    const before = vendor.lastModifiedDate;
    for (const status of ['synced', 'failed']) {
      await client.upsertRecord(SYNC_STATE_RECORD, `vendor-${id}`, {
        name: `vendor ${id}`,
        [SYNC_STATE_FIELDS.vendor]: { id },
        [SYNC_STATE_FIELDS.status]: status,
      });
    }
    const state = await client.getRecord(SYNC_STATE_RECORD, `eid:vendor-${id}`);
    expect(state).toMatchObject({ externalId: `vendor-${id}`, [SYNC_STATE_FIELDS.status]: 'failed' });
    const { items: states } = await client.suiteql(`SELECT id FROM ${SYNC_STATE_RECORD}`);
    expect(states).toHaveLength(1);
    // The vendor itself was not touched.
    expect((await client.getRecord('vendor', id)).lastModifiedDate).toBe(before);
  });

  it('throws an HttpError with NetSuite’s error body for a record that does not exist', async () => {
    await start();
    const failure = await client.getRecord('vendor', '999999').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HttpError);
    expect(failure).toMatchObject({ status: 404, body: { 'o:errorDetails': [{ 'o:errorCode': 'NONEXISTENT_ID' }] } });
    expect(classifyFailure(failure)).toEqual({ action: 'never', reason: 'http_404' });
  });

  it('shares one token among concurrent calls, and after expiry refreshes once and retries', async () => {
    await start();
    await Promise.all(Array.from({ length: 6 }, () => client.suiteql('SELECT id FROM vendor', { limit: 1 })));
    expect(tokenCalls()).toHaveLength(1);
    simulator.control.expireTokens();
    await Promise.all(Array.from({ length: 4 }, () => client.suiteql('SELECT id FROM vendor', { limit: 1 })));
    expect(tokenCalls()).toHaveLength(2);
  });

  it('refreshes the token proactively after 50 minutes', async () => {
    await start();
    await client.suiteql('SELECT id FROM vendor', { limit: 1 });
    simulator.control.advanceClock(49 * 60_000);
    await client.suiteql('SELECT id FROM vendor', { limit: 1 });
    expect(tokenCalls()).toHaveLength(1);
    simulator.control.advanceClock(60_000);
    await client.suiteql('SELECT id FROM vendor', { limit: 1 });
    expect(tokenCalls()).toHaveLength(2);
    expect(records.filter((record) => record.status === 401)).toEqual([]);
  });

  it('keeps within its concurrency budget, so the account limit is never hit', async () => {
    await start({ concurrency: 2, limit: 2 });
    simulator.control.setLatency({ suiteql: 60 });
    await Promise.all(Array.from({ length: 10 }, () => client.suiteql('SELECT id FROM vendor', { limit: 1 })));
    expect(records.filter((record) => record.status === 429)).toEqual([]);
  });

  it('meets the account limit as a retryable 429 when its budget is set above it', async () => {
    await start({ concurrency: 6, limit: 2 });
    simulator.control.setLatency({ suiteql: 60 });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 6 }, () => client.suiteql('SELECT id FROM vendor', { limit: 1 })),
    );
    const rejected = outcomes
      .filter((outcome) => outcome.status === 'rejected')
      .map((outcome) => outcome.reason as unknown);
    expect(rejected.length).toBeGreaterThan(0);
    for (const reason of rejected)
      expect(classifyFailure(reason)).toMatchObject({ action: 'retry', reason: 'http_429' });
  });

  it('reports an upsert with no answer in time as sent, so it is looked up before it is repeated', async () => {
    await start({ timeoutMs: 300 });
    simulator.control.setLatency({ record: 1_000 });
    const failure = await client
      .upsertRecord(SYNC_STATE_RECORD, 'vendor-1', { [SYNC_STATE_FIELDS.status]: 'synced' })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TimeoutError);
    expect(classifyFailure(failure)).toEqual({ action: 'lookup_first', reason: 'timeout_outcome_unknown' });
  });

  it('refuses a SuiteQL limit outside 1 to 1000 before sending', async () => {
    await start();
    await expect(client.suiteql('SELECT id FROM vendor', { limit: 1001 })).rejects.toThrow(/limit must be 1 to 1000/);
  });
});
