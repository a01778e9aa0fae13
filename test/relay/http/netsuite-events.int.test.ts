import { describe, expect, it } from 'vitest';
import { Secret } from '../../../relay/src/config';
import { sign, signedHeaders, signingInput } from '../../../relay/src/crypto/signature';
import { startBareRelay, type BareRelay } from '../../helpers/bare-relay';
import { envelope, vendorSnapshot } from '../../helpers/snapshots';
import { seedRecord } from './seed-record';

// The signed ingest endpoint and the admin API's edge, against the bare relay: served in this
// process over loopback with a temp database and no NetSuite or Procurify, so nothing here waits
// for simulators. Where a test reads records back, they are stored as the worker leaves them
// (./seed-record.ts); syncing them is tested elsewhere.

const PATH = '/v1/netsuite/events';
/** An account id with letters (a sandbox's), so that a match in another case can be shown. */
const ACCOUNT = '1234567_SB1';

function startEdge(env: Record<string, string> = {}): Promise<BareRelay> {
  return startBareRelay({ env: { NETSUITE_ACCOUNT_ID: ACCOUNT, ...env } });
}

/** A GET signed as the SuiteApp signs it (the subtab's status lookup). */
function signedGet(relay: BareRelay, pathWithQuery: string): Promise<Response> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const headers = signedHeaders(new Secret(relay.secrets.eventSecret), {
    timestamp,
    account: ACCOUNT,
    method: 'GET',
    pathWithQuery,
    body: '',
  });
  return fetch(`${relay.baseUrl}${pathWithQuery}`, { headers });
}

interface SignOptions {
  secret?: string;
  skewSeconds?: number;
  account?: string;
  signature?: string | null;
  method?: string;
  path?: string;
}

async function post(relay: BareRelay, body: string, options: SignOptions = {}) {
  const timestamp = String(Math.floor(Date.now() / 1000) + (options.skewSeconds ?? 0));
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-mlc-account': options.account ?? ACCOUNT,
    'x-mlc-timestamp': timestamp,
  };
  const signature =
    options.signature === undefined
      ? sign(
          new Secret(options.secret ?? relay.secrets.eventSecret),
          signingInput({
            timestamp,
            account: headers['x-mlc-account']!,
            method: options.method ?? 'POST',
            pathWithQuery: options.path ?? PATH,
            body,
          }),
        )
      : options.signature;
  if (signature !== null) headers['x-mlc-signature'] = signature;
  const response = await fetch(`${relay.baseUrl}${PATH}`, { method: 'POST', body, headers });
  return { status: response.status, body: (await response.json()) as { error?: { code: string; message: string } } };
}

async function storedCount(relay: BareRelay): Promise<{ events: number; audit: number; records: number }> {
  const count = async (table: string) =>
    Number((await relay.served.relay.database.client.execute(`select count(*) as n from ${table}`)).rows[0]?.n);
  return {
    events: await count('inbound_event'),
    audit: await count('audit_entry'),
    records: await count('sync_record'),
  };
}

const oneEvent = () => JSON.stringify({ events: [envelope('vendor', vendorSnapshot('201'))] });

describe('POST /v1/netsuite/events', () => {
  it('accepts a signed batch with 202, stores it, and reports repeated event ids as duplicates', async () => {
    const relay = await startEdge();
    const first = envelope('vendor', vendorSnapshot('201'));
    const second = envelope('vendor', vendorSnapshot('202'));
    const answer = await post(relay, JSON.stringify({ events: [first, second] }));
    expect(answer).toEqual({ status: 202, body: { accepted: [first.eventId, second.eventId], duplicates: [] } });
    const again = await post(relay, JSON.stringify(first));
    expect(again).toEqual({ status: 202, body: { accepted: [], duplicates: [first.eventId] } });
    expect((await storedCount(relay)).events).toBe(2);
  });

  it('accepts a signature made with the previous secret during a rotation', async () => {
    const relay = await startEdge({ MLC_EVENT_SECRET_PREVIOUS: 'previous-secret-0123456789' });
    expect((await post(relay, oneEvent(), { secret: 'previous-secret-0123456789' })).status).toBe(202);
  });

  it('accepts a timestamp exactly 300 s away and an account id in another case', async () => {
    const relay = await startEdge();
    expect((await post(relay, oneEvent(), { skewSeconds: -299, account: '1234567_sb1' })).status).toBe(202);
  });

  it.each([
    ['no signature', { signature: null }, 401, 'invalid_signature'],
    ['a wrong secret', { secret: 'not-the-event-secret-000' }, 401, 'invalid_signature'],
    ['a signature over another path', { path: '/v1/netsuite/other' }, 401, 'invalid_signature'],
    ['a signature over another method', { method: 'PUT' }, 401, 'invalid_signature'],
    ['a timestamp 301 s old', { skewSeconds: -301 }, 401, 'stale_timestamp'],
    ['a timestamp 301 s in the future', { skewSeconds: 301 }, 401, 'stale_timestamp'],
    ['another NetSuite account', { account: '7654321' }, 403, 'account_mismatch'],
  ] as const)('refuses %s and stores nothing', async (_name, options, status, code) => {
    const relay = await startEdge();
    const before = await storedCount(relay);
    const answer = await post(relay, oneEvent(), options);
    expect(answer.status).toBe(status);
    expect(answer.body.error?.code).toBe(code);
    expect(await storedCount(relay)).toEqual(before);
  });

  it('refuses a body over 1 MiB with 413 before anything else', async () => {
    const relay = await startEdge();
    const huge = JSON.stringify({
      events: [{ ...envelope('vendor', vendorSnapshot('201')), pad: 'x'.repeat(1024 * 1024) }],
    });
    const answer = await post(relay, huge, { signature: null });
    expect(answer.status).toBe(413);
    expect(answer.body.error?.code).toBe('payload_too_large');
    expect((await storedCount(relay)).events).toBe(0);
  });

  it('reads a body streamed without a declared length, and cuts one over 1 MiB with 413', async () => {
    const relay = await startEdge();
    const streamed = (text: string) => {
      const timestamp = String(Math.floor(Date.now() / 1000));
      const chunks = text.match(/[^]{1,65536}/g) ?? [];
      return fetch(`${relay.baseUrl}${PATH}`, {
        method: 'POST',
        // A stream has no length to declare: it goes out chunked.
        body: new ReadableStream({
          pull(controller) {
            const chunk = chunks.shift();
            if (chunk === undefined) controller.close();
            else controller.enqueue(new TextEncoder().encode(chunk));
          },
        }),
        duplex: 'half',
        headers: {
          'content-type': 'application/json',
          ...signedHeaders(new Secret(relay.secrets.eventSecret), {
            timestamp,
            account: ACCOUNT,
            method: 'POST',
            pathWithQuery: PATH,
            body: text,
          }),
        },
      } as RequestInit);
    };
    const small = await streamed(oneEvent());
    expect(small.status).toBe(202);
    expect((await storedCount(relay)).events).toBe(1);

    const huge = JSON.stringify({
      events: [{ ...envelope('vendor', vendorSnapshot('202')), pad: 'x'.repeat(1024 * 1024) }],
    });
    const refused = await streamed(huge);
    expect(refused.status).toBe(413);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
    expect((await storedCount(relay)).events).toBe(1);
  });

  it.each([
    ['invalid JSON', '{"events": [', 'invalid_json', 'not valid JSON'],
    [
      'a bad field, named with its index',
      JSON.stringify({
        events: [
          envelope('vendor', vendorSnapshot('201')),
          { ...envelope('vendorbill', null, { recordId: '5', action: 'delete' }), occurredAt: 'yesterday' },
        ],
      }),
      'validation_failed',
      'events[1].occurredAt',
    ],
    [
      'a snapshot whose id is not the recordId',
      JSON.stringify(envelope('vendor', vendorSnapshot('201'), { recordId: '202' })),
      'validation_failed',
      'recordId: must equal snapshot.id',
    ],
    [
      'an unknown record type',
      JSON.stringify({ ...envelope('vendor', vendorSnapshot('201')), recordType: 'invoice' }),
      'validation_failed',
      'recordType',
    ],
    [
      'a delete that carries a snapshot',
      JSON.stringify(envelope('vendor', vendorSnapshot('201'), { action: 'delete' })),
      'validation_failed',
      'snapshot: must be null for a delete',
    ],
    [
      'more than 100 events',
      JSON.stringify({ events: Array.from({ length: 101 }, () => envelope('vendor', vendorSnapshot('201'))) }),
      'validation_failed',
      'at most 100',
    ],
    [
      'a flag that is not a boolean',
      JSON.stringify({
        events: [
          { ...envelope('vendor', vendorSnapshot('201')), snapshot: { ...vendorSnapshot('201'), isInactive: 'no' } },
        ],
      }),
      'validation_failed',
      'events[0].snapshot.isInactive',
    ],
  ])('refuses %s with 400 naming the problem, storing nothing of the batch', async (_name, body, code, text) => {
    const relay = await startEdge();
    const before = await storedCount(relay);
    const answer = await post(relay, body);
    expect(answer.status).toBe(400);
    expect(answer.body.error?.code).toBe(code);
    expect(answer.body.error?.message).toContain(text);
    expect(await storedCount(relay)).toEqual(before);
    expect(before.events).toBe(0);
  });
});

describe('GET /v1/netsuite/records/:type/:id', () => {
  it('answers the state the subtab shows, signed like the events, and 404 for an unknown record', async () => {
    const relay = await startEdge();
    await seedRecord(relay.served.relay.database, { recordType: 'vendor', recordId: '201', status: 'synced' });
    const known = await signedGet(relay, '/v1/netsuite/records/vendor/201');
    expect(known.status).toBe(200);
    expect(await known.json()).toMatchObject({ recordType: 'vendor', recordId: '201', status: 'synced' });
    const unknown = await signedGet(relay, '/v1/netsuite/records/vendor/999');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('record_not_found');
    const unsigned = await fetch(`${relay.baseUrl}/v1/netsuite/records/vendor/201`);
    expect(unsigned.status).toBe(401);
  });
});

describe('the admin API', () => {
  it('refuses missing and wrong tokens with 401 in the error format', async () => {
    const relay = await startEdge();
    for (const authorization of [undefined, 'Bearer wrong-token', `Basic ${relay.secrets.adminToken}`]) {
      const response = await fetch(`${relay.baseUrl}/v1/records`, { headers: authorization ? { authorization } : {} });
      expect(response.status).toBe(401);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    }
  });

  it('lists records by state with a cursor, and names a bad query parameter', async () => {
    const relay = await startEdge();
    for (const recordId of ['201', '202', '204']) {
      await seedRecord(relay.served.relay.database, { recordType: 'vendor', recordId, status: 'synced' });
    }
    const admin = async <T>(pathWithQuery: string) => {
      const response = await relay.admin(pathWithQuery);
      return { status: response.status, body: (await response.json()) as T };
    };
    const first = await admin<{ items: { recordId: string }[]; nextCursor: string }>(
      '/v1/records?status=synced&limit=2',
    );
    expect(first.body.items.map((item) => item.recordId)).toEqual(['201', '202']);
    const second = await admin<{ items: { recordId: string }[]; nextCursor: string | null }>(
      `/v1/records?status=synced&limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(second.body).toMatchObject({ items: [{ recordId: '204' }], nextCursor: null });
    const bad = await admin<{ error: { code: string; message: string } }>('/v1/records?status=lost');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^status:/);
    const missing = await admin<{ error: { code: string } }>('/v1/records/vendor/999');
    expect(missing).toMatchObject({ status: 404, body: { error: { code: 'record_not_found' } } });
  });
});
