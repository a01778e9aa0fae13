import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { Secret } from '../../../relay/src/config';
import {
  createProcurifyClient,
  createVendor,
  findVendorsByExternalId,
  getVendor,
  listAccountCodes,
  type ProcurifyClientOptions,
  type RequestRecord,
} from '../../../relay/src/procurify';
import { HttpError, PermanentError, ResponseShapeError, TimeoutError } from '../../../relay/src/transport';
import { serveOnLoopback } from './loopback-server';

const SECRET = 'procurify-client-secret-value';

interface Seen {
  tokenBodies: unknown[];
  apiHeaders: Array<{ path: string; authorization?: string; client?: string }>;
}

/** A stand-in for the Procurify simulator covering auth and envelopes; behaviour per test via `routes`. */
function fakeProcurify(routes: (app: Hono, seen: Seen) => void, issue: (n: number) => string = (n) => `token-${n}`) {
  const app = new Hono();
  const seen: Seen = { tokenBodies: [], apiHeaders: [] };
  app.post('/oauth/token', async (c) => {
    seen.tokenBodies.push(await c.req.json());
    await new Promise((resolve) => setTimeout(resolve, 20));
    return c.json({
      access_token: issue(seen.tokenBodies.length),
      scope: 'x',
      expires_in: 86400,
      token_type: 'Bearer',
    });
  });
  app.use('/api/*', async (c, next) => {
    seen.apiHeaders.push({
      path: c.req.path,
      authorization: c.req.header('authorization'),
      client: c.req.header('x-procurify-client'),
    });
    await next();
  });
  routes(app, seen);
  return { app, seen };
}

async function clientFor(app: Hono, extra: Partial<ProcurifyClientOptions> = {}) {
  const baseUrl = await serveOnLoopback(app);
  const records: RequestRecord[] = [];
  const client = createProcurifyClient({
    baseUrl,
    tokenUrl: `${baseUrl}/oauth/token`,
    clientId: 'client-1',
    clientSecret: new Secret(SECRET),
    timeoutMs: 2_000,
    onRequest: (record) => records.push(record),
    ...extra,
  });
  return { client, records };
}

const page = (data: unknown[], next: string | null = null) => ({
  metadata: { pagination: { count: data.length, next, previous: null, page_size: 100, num_pages: 1, current_page: 1 } },
  data,
});
const accountCode = (id: number) => ({
  id,
  code: String(5000 + id),
  description: `Code ${id}`,
  account_type: 2,
  active: true,
  parent: null,
});

describe('the Procurify client', () => {
  it('gets a client-credentials token with a JSON body and sends the bearer and X-Procurify-Client on every call', async () => {
    const { app, seen } = fakeProcurify((app) =>
      app.get('/api/v3/account-codes/', (c) => c.json(page([accountCode(1)]))),
    );
    const { client, records } = await clientFor(app);
    expect(await listAccountCodes(client)).toHaveLength(1);
    expect(seen.tokenBodies).toEqual([
      {
        client_id: 'client-1',
        client_secret: SECRET,
        audience: 'https://api.procurify.com/',
        grant_type: 'client_credentials',
      },
    ]);
    expect(seen.apiHeaders).toEqual([
      { path: '/api/v3/account-codes/', authorization: 'Bearer token-1', client: 'api' },
    ]);
    expect(records.map((r) => [r.method, r.path.split('?')[0], r.status])).toEqual([
      ['POST', '/oauth/token', 200],
      ['GET', '/api/v3/account-codes/', 200],
    ]);
    expect(JSON.stringify(records)).not.toMatch(/token-1|procurify-client-secret/);
    await client.close();
  });

  it('fetches one token for many concurrent calls and a new one after 20 hours', async () => {
    let clock = Date.parse('2026-03-01T00:00:00Z');
    const { app, seen } = fakeProcurify((app) => app.get('/api/v3/account-codes/', (c) => c.json(page([]))));
    // The pace waits on the same clock as the token lifetime: a wait moves it on.
    const sleep = async (ms: number) => {
      clock += ms;
    };
    const { client } = await clientFor(app, { now: () => clock, sleep });
    await Promise.all(Array.from({ length: 8 }, () => listAccountCodes(client)));
    expect(seen.tokenBodies).toHaveLength(1);
    // The eight calls took a second or two of pacing; the token is 20 hours old after these.
    clock += 20 * 3_600_000 - 5_000;
    await listAccountCodes(client);
    expect(seen.tokenBodies).toHaveLength(1);
    clock += 5_000;
    await Promise.all([listAccountCodes(client), listAccountCodes(client)]);
    expect(seen.tokenBodies).toHaveLength(2);
    expect(seen.apiHeaders.at(-1)?.authorization).toBe('Bearer token-2');
    await client.close();
  });

  it('refreshes the token once after a 401 and retries the call once', async () => {
    const { app, seen } = fakeProcurify((app) =>
      app.get('/api/v3/account-codes/', (c) =>
        c.req.header('authorization') === 'Bearer token-1'
          ? c.json({ detail: 'expired' }, 401)
          : c.json(page([accountCode(2)])),
      ),
    );
    const { client, records } = await clientFor(app);
    const [a, b] = await Promise.all([listAccountCodes(client), listAccountCodes(client)]);
    expect([a, b].map((codes) => codes[0]?.id)).toEqual([2, 2]);
    expect(seen.tokenBodies).toHaveLength(2);
    expect(records.filter((r) => r.path.startsWith('/api')).map((r) => [r.status, r.attempt])).toEqual([
      [401, 1],
      [401, 1],
      [200, 2],
      [200, 2],
    ]);
    await client.close();
  });

  it('gives up with a 401 HttpError when the fresh token is refused too', async () => {
    const { app, seen } = fakeProcurify((app) =>
      app.get('/api/v3/account-codes/', (c) => c.json({ detail: 'no' }, 401)),
    );
    const { client } = await clientFor(app);
    const failure = await listAccountCodes(client).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HttpError);
    expect((failure as HttpError).status).toBe(401);
    expect(seen.apiHeaders).toHaveLength(2);
    await client.close();
  });

  it('pauses every request of the connection until Retry-After has passed after a 429, then sends it again', async () => {
    let limitedAt = 0;
    const hits: number[] = [];
    const { app } = fakeProcurify((app) =>
      app.get('/api/v3/account-codes/', (c) => {
        hits.push(Date.now());
        if (limitedAt === 0) {
          limitedAt = Date.now();
          return c.json({ detail: 'Request was throttled.' }, 429, { 'retry-after': '1' });
        }
        return c.json(page([accountCode(3)]));
      }),
    );
    const { client, records } = await clientFor(app);
    const first = listAccountCodes(client);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const others = await Promise.all(Array.from({ length: 5 }, () => listAccountCodes(client)));
    expect([await first, ...others].every((codes) => codes.length === 1)).toBe(true);
    expect(hits).toHaveLength(7);
    for (const hit of hits.slice(1)) expect(hit - limitedAt).toBeGreaterThanOrEqual(950);
    expect(records.filter((record) => record.status === 429)).toHaveLength(1);
    expect(client.pace()).toMatchObject({ throttled: 1 });
    await client.close();
  });

  it('hands a 429 that persists through its tries to the caller as a retryable HttpError', async () => {
    const { app, seen } = fakeProcurify((app) =>
      app.get('/api/v3/account-codes/', (c) =>
        c.json({ detail: 'Request was throttled.' }, 429, { 'retry-after': '0' }),
      ),
    );
    const { client } = await clientFor(app);
    const failure = await listAccountCodes(client).catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'HttpError', status: 429, retryAfterMs: 0 });
    expect(seen.apiHeaders).toHaveLength(4);
    await client.close();
  });

  it('spaces requests to the configured rate', async () => {
    const hits: number[] = [];
    const { app } = fakeProcurify((app) =>
      app.get('/api/v3/account-codes/', (c) => {
        hits.push(Date.now());
        return c.json(page([]));
      }),
    );
    const { client } = await clientFor(app, { maxRequestsPerSecond: 10 });
    await Promise.all(Array.from({ length: 6 }, () => listAccountCodes(client)));
    expect(hits.at(-1)! - hits[0]!).toBeGreaterThanOrEqual(450);
    await client.close();
  });

  it('reports a request with no answer in time as a TimeoutError whose request was sent', async () => {
    const { app } = fakeProcurify((app) => app.post('/api/v3/vendors/', () => new Promise<Response>(() => {})));
    const { client } = await clientFor(app, { timeoutMs: 300 });
    const vendor = {
      name: 'Acme',
      email: ['ap@acme.example'],
      type: 4 as const,
      overall_score: null,
      external_id: 'ns:1:2',
    };
    const failure = await createVendor(client, vendor).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TimeoutError);
    expect(failure).toMatchObject({ sent: true, timeoutMs: 300, target: { method: 'POST', path: '/api/v3/vendors/' } });
    await client.close();
  });

  it('follows absolute next links page by page, sending them to its own base URL', async () => {
    const { app, seen } = fakeProcurify((app) =>
      app.get('/api/v3/vendors/all/', (c) => {
        const pageNo = Number(c.req.query('page') ?? '1');
        const vendor = (id: number) => ({
          id,
          name: `V${id}`,
          email: [],
          type: 4,
          overall_score: null,
          external_id: id === 3 ? 'ns:1:9' : `other-${id}`,
        });
        const next =
          pageNo < 3
            ? `https://elsewhere.procurify.com/api/v3/vendors/all/?external_id=ns%3A1%3A9&page=${pageNo + 1}`
            : null;
        return c.json(page([vendor(pageNo)], next));
      }),
    );
    const { client } = await clientFor(app);
    const found = await findVendorsByExternalId(client, 'ns:1:9');
    expect(found.map((vendor) => vendor.id)).toEqual([3]);
    // The `all` group: deactivated vendors must be found again, not created twice.
    expect(seen.apiHeaders.map((h) => h.path)).toEqual([
      '/api/v3/vendors/all/',
      '/api/v3/vendors/all/',
      '/api/v3/vendors/all/',
    ]);
    await client.close();
  });

  it('names the model and the fields when an answer does not match the spec', async () => {
    const { app } = fakeProcurify((app) =>
      app.get('/api/v3/vendors/12/', (c) => c.json({ metadata: {}, data: { id: '12', type: 4 } })),
    );
    const { client } = await clientFor(app);
    const failure = await getVendor(client, 12).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ResponseShapeError);
    expect((failure as Error).message).toMatch(
      /GET \/api\/v3\/vendors\/12\/: response is not a valid VendorDetail: data\.id: .*; data\.name: /,
    );
    await client.close();
  });

  it('refuses to send a vendor body the spec would reject, naming the fields', async () => {
    const { app, seen } = fakeProcurify(() => {});
    const { client } = await clientFor(app);
    const bad = { name: 'x'.repeat(151), email: ['not-an-email'], type: 4 as const, overall_score: null };
    const failure = await createVendor(client, bad).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PermanentError);
    expect((failure as Error).message).toMatch(/Not a valid OptimizedVendorRequest: name: .*; email\.0: /);
    expect(seen.apiHeaders).toHaveLength(0);
    await client.close();
  });
});
