// A tiny stand-in for the relay's signed NetSuite routes (docs/architecture.md "SuiteApp → relay: events"), run as a
// child process so synchronous N/https calls from the runtime (which block the test's thread) can
// be answered. It verifies the v2 signature, timestamp and account exactly as the relay must, and
// remembers what it accepted. Control: GET /__received, GET /__deliveries (how often each event id
// was posted, duplicates included), POST /__offset {"ms": n} (the simulated clock's lead over real
// time, so timestamps are judged against the scripts' clock).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { serve } from '@hono/node-server';
import { Hono, type Context } from 'hono';

const secret = process.env.STAND_IN_SECRET ?? '';
const accountId = (process.env.STAND_IN_ACCOUNT ?? '').toLowerCase();
const received: {
  eventId: string;
  action: string;
  recordType: string;
  recordId: string;
  source: string;
  snapshot: unknown;
}[] = [];
const deliveries: Record<string, number> = {};
let offsetMs = 0;

function verify(c: Context, rawBody: string): Response | null {
  const timestamp = c.req.header('x-mlc-timestamp') ?? '';
  const signature = c.req.header('x-mlc-signature') ?? '';
  const account = c.req.header('x-mlc-account') ?? '';
  const url = new URL(c.req.url);
  const input = `${timestamp}.${account}.${c.req.method.toUpperCase()}.${url.pathname}${url.search}.${rawBody}`;
  const expected = `v2=${createHmac('sha256', secret).update(input, 'utf8').digest('hex')}`;
  const nowSeconds = (Date.now() + offsetMs) / 1000;
  if (!/^\d+$/.test(timestamp) || Math.abs(nowSeconds - Number(timestamp)) > 300) {
    return c.json({ error: { code: 'stale_timestamp', message: 'timestamp too far from now' } }, 401);
  }
  const same = expected.length === signature.length && timingSafeEqual(Buffer.from(expected), Buffer.from(signature));
  if (!same) return c.json({ error: { code: 'bad_signature', message: 'signature does not match' } }, 401);
  if (account.toLowerCase() !== accountId) {
    return c.json({ error: { code: 'wrong_account', message: 'unknown account' } }, 403);
  }
  return null;
}

const app = new Hono();
app.post('/v1/netsuite/events', async (c) => {
  const raw = await c.req.text();
  const refused = verify(c, raw);
  if (refused) return refused;
  const body = JSON.parse(raw) as { events?: (typeof received)[number][] } & (typeof received)[number];
  const events = body.events ?? [body];
  if (events.length > 100) return c.json({ error: { code: 'invalid_body', message: 'more than 100 events' } }, 400);
  const accepted: string[] = [];
  const duplicates: string[] = [];
  for (const event of events) {
    deliveries[event.eventId] = (deliveries[event.eventId] ?? 0) + 1;
    if (received.some((seen) => seen.eventId === event.eventId)) duplicates.push(event.eventId);
    else {
      received.push(event);
      accepted.push(event.eventId);
    }
  }
  return c.json({ accepted, duplicates }, 202);
});
app.get('/__received', (c) => c.json(received));
app.get('/__deliveries', (c) => c.json(deliveries));
app.post('/__offset', async (c) => {
  offsetMs = ((await c.req.json()) as { ms: number }).ms;
  return c.json({ offsetMs });
});

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(`${JSON.stringify({ listening: info.port })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
