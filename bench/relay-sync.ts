// Relay benchmark: ingest rate and latency; bills written against a Procurify simulator whose rate
// limit is announced to the relay or left for it to learn (2 and 20 requests/s, 429s with and
// without Retry-After); calls per record. Prints its figures; run with `npm run bench:relay`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Pool } from 'undici';
import { Secret } from '../relay/src/config';
import { signedHeaders } from '../relay/src/crypto/signature';
import { startRelayChild } from '../relay/src/demo/relay-child';
import { createLogger } from '../relay/src/log/logger';
import { LOCAL_SECRETS, startLocalStack, type LocalStack } from '../test/helpers/local-stack';
import { ACCOUNT_ID } from '../simulators/scenario/three-plants';
import type { EventEnvelope, TransactionSnapshot, VendorSnapshot } from '../suiteapp/src/lib/snapshot-types';
import { billSnapshot, envelope, vendorSnapshot } from '../test/helpers/snapshots';

const RATE = Number(process.env.BENCH_PROCURIFY_RATE ?? 20);
// Long enough that the figures are the warm relay's, not its first seconds of JIT compilation.
const INGEST_EVENTS = Number(process.env.BENCH_INGEST_EVENTS ?? 20_000);
const CONCURRENCY = 16;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const logger = createLogger({ level: 'silent' });
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

async function withStack<T>(env: Record<string, string>, run: (stack: LocalStack) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mlc-bench-'));
  const stack = await startLocalStack({ dataDir, logger, env, relay: { idleMs: 10 } });
  try {
    return await run(stack);
  } finally {
    await stack.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Ingest alone: the real relay (relay/src/main.ts) in its own process with no Procurify connection,
 * so no worker competes; this process only signs and sends, over keep-alive connections.
 */
async function benchIngest() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mlc-bench-ingest-'));
  const relay = await startRelayChild({
    root: ROOT,
    logFile: path.join(dataDir, 'relay.log'),
    env: {
      MLC_PORT: '0',
      MLC_LOG_LEVEL: 'info',
      MLC_DATABASE_URL: `file:${path.join(dataDir, 'mlc.db')}`,
      MLC_EVENT_SECRET: LOCAL_SECRETS.eventSecret,
      MLC_ADMIN_TOKEN: LOCAL_SECRETS.adminToken,
      MLC_MASTER_KEY: LOCAL_SECRETS.masterKey,
      NETSUITE_ACCOUNT_ID: ACCOUNT_ID,
    },
  });
  const pool = new Pool(relay.baseUrl, { connections: CONCURRENCY });
  const secret = new Secret(LOCAL_SECRETS.eventSecret);
  const post = async (body: string) => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const answer = await pool.request({
      method: 'POST',
      path: '/v1/netsuite/events',
      body,
      headers: {
        'content-type': 'application/json',
        ...signedHeaders(secret, {
          timestamp,
          account: ACCOUNT_ID,
          method: 'POST',
          pathWithQuery: '/v1/netsuite/events',
          body,
        }),
      },
    });
    await answer.body.arrayBuffer();
    if (answer.statusCode !== 202) throw new Error(`ingest answered ${answer.statusCode}`);
  };
  try {
    const base = vendorSnapshot('201');
    const bodyFor = (id: string) =>
      JSON.stringify(envelope('vendor', { ...base, id } satisfies VendorSnapshot, { recordId: id }));
    const bodies = Array.from({ length: INGEST_EVENTS }, (_, index) => bodyFor(String(100_000 + index)));
    for (let index = 0; index < 500; index += 1) await post(bodyFor(String(900_000 + index))); // warm-up
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < bodies.length) {
          const body = bodies[next++]!;
          const sent = performance.now();
          await post(body);
          latencies.push(performance.now() - sent);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    // One save at a time: the latency a lone SuiteApp request sees on an idle relay.
    const alone: number[] = [];
    for (let index = 0; index < 1000; index += 1) {
      const sent = performance.now();
      await post(bodyFor(String(700_000 + index)));
      alone.push(performance.now() - sent);
    }
    alone.sort((a, b) => a - b);
    const batches = 20;
    const batchStarted = performance.now();
    for (let b = 0; b < batches; b += 1) {
      const events = Array.from({ length: 100 }, (_, index) => {
        const id = String(500_000 + b * 100 + index);
        return envelope('vendor', { ...base, id }, { recordId: id });
      });
      await post(JSON.stringify({ events }));
    }
    const batchSeconds = (performance.now() - batchStarted) / 1000;
    return {
      'single events/s': round(bodies.length / seconds, 0),
      'p50 ms': round(percentile(latencies, 50), 2),
      'p90 ms': round(percentile(latencies, 90), 2),
      'p99 ms': round(percentile(latencies, 99), 2),
      'one at a time: p50 ms': round(percentile(alone, 50), 2),
      'one at a time: p99 ms': round(percentile(alone, 99), 2),
      'batched events/s (100 per request)': round((batches * 100) / batchSeconds, 0),
    };
  } finally {
    await pool.close();
    await relay.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function waitUntilSettled(stack: LocalStack, timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await stack.relay.database.client.execute(
      'select (select count(*) from sync_record where dirty = 1) + (select count(*) from writeback) as n',
    );
    if (Number(rows.rows[0]?.n) === 0) return;
    if (Date.now() > deadline) throw new Error('the relay did not settle');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function apiCalls(stack: LocalStack) {
  const requests = stack.procurify.control.requests().filter((request) => request.path.startsWith('/api/'));
  return { total: requests.length, throttled: requests.filter((request) => request.status === 429).length };
}

function netsuiteWrites(stack: LocalStack): number {
  return stack.netsuite.control
    .requests()
    .filter((request) => ['PUT', 'PATCH', 'POST'].includes(request.method) && request.path.includes('/record/')).length;
}

const approvedBills = (stack: LocalStack) =>
  stack.scenario.bills
    .map((bill) => billSnapshot(bill.id))
    .filter((bill) => bill.approvalStatus !== 'pending' && bill.approvalStatus !== 'rejected');

async function send(stack: LocalStack, list: EventEnvelope[]): Promise<void> {
  for (let start = 0; start < list.length; start += 100) await stack.sendEvents(list.slice(start, start + 100));
}

/** Every active vendor of the scenario synced, then the request logs cleared; the Procurify calls it took. */
async function vendorsSynced(stack: LocalStack) {
  const vendors = stack.scenario.vendors
    .filter((vendor) => !vendor.isInactive)
    .map((vendor) => vendorSnapshot(vendor.id));
  await send(
    stack,
    vendors.map((snapshot) => envelope('vendor', snapshot)),
  );
  await waitUntilSettled(stack);
  const calls = apiCalls(stack);
  stack.procurify.control.clearRequests();
  stack.netsuite.control.clearRequests();
  return { vendors, calls };
}

/**
 * Bills against a Procurify that allows `rate` requests per second: announced (PROCURIFY_RATE_LIMIT
 * set to it) or not (the relay learns it from the 429s, with or without Retry-After).
 */
async function benchBills(options: { rate: number; announced: boolean; retryAfter: boolean; bills?: number }) {
  const env: Record<string, string> = options.announced ? { PROCURIFY_RATE_LIMIT: String(options.rate) } : {};
  return withStack(env, async (stack) => {
    // The limit is there from the start, as in a real account: the relay meets it first while it
    // syncs the vendors (and refreshes reference data); the bills are timed after that.
    stack.procurify.control.updateSettings({
      rateLimitPerSecond: options.rate,
      rateLimitRetryAfter: options.retryAfter,
    });
    const start = await vendorsSynced(stack);
    const bills = approvedBills(stack).slice(0, options.bills);
    const started = performance.now();
    await send(
      stack,
      bills.map((snapshot) => envelope('vendorbill', snapshot)),
    );
    await waitUntilSettled(stack);
    const seconds = (performance.now() - started) / 1000;
    const calls = apiCalls(stack);
    const counts = await stack.admin<{ items: { status: string }[] }>('/v1/records?recordType=vendorbill&limit=500');
    const written = counts.body.items.filter((item) => item.status === 'synced').length;
    return {
      '429 answers while learning (vendors)': start.calls.throttled,
      'bills processed': bills.length,
      'bills written': written,
      'bills written/s': round(written / seconds, 2),
      'share of the limit used (%)': round((100 * (calls.total - calls.throttled)) / seconds / options.rate, 0),
      '429 answers per bill': round(calls.throttled / bills.length, 2),
      'Procurify calls per written bill': round(calls.total / Math.max(1, written), 2),
      '  of which not 429': round((calls.total - calls.throttled) / Math.max(1, written), 2),
      'NetSuite writes per processed bill': round(netsuiteWrites(stack) / bills.length, 2),
      'learnt pace (requests/s)': stack.relay.clients.procurify?.pace().ratePerSecond ?? 0,
    };
  });
}

/** Steady state: every vendor changes once more; reference data is cached. */
async function benchVendorChanges() {
  return withStack({}, async (stack) => {
    const { vendors } = await vendorsSynced(stack);
    const changed = vendors.map((snapshot: VendorSnapshot) =>
      envelope('vendor', { ...snapshot, phone: '+1 905 555 0000', lastModified: '2026-11-21T10:00:00Z' }),
    );
    await send(stack, changed);
    await waitUntilSettled(stack);
    return {
      'Procurify calls per changed vendor': round(apiCalls(stack).total / changed.length, 2),
      'NetSuite writes per changed vendor': round(netsuiteWrites(stack) / changed.length, 2),
    };
  });
}

function print(title: string, figures: Record<string, number>): void {
  process.stdout.write(`\n${title}\n`);
  for (const [name, value] of Object.entries(figures)) process.stdout.write(`  ${name.padEnd(40)} ${value}\n`);
}

if (!process.argv.includes('--sync-only'))
  print(`Ingest (${INGEST_EVENTS} signed single-event requests, ${CONCURRENCY} at a time)`, await benchIngest());
if (!process.argv.includes('--ingest-only')) {
  // At 2 requests/s a subset keeps the run short; at 20 every approved bill of the scenario.
  for (const rate of [2, RATE]) {
    const bills = rate === 2 ? 30 : undefined;
    const each = bills === undefined ? 'every approved bill' : `${bills} bills`;
    print(
      `${each}, Procurify limit ${rate}/s announced (PROCURIFY_RATE_LIMIT=${rate})`,
      await benchBills({ rate, announced: true, retryAfter: true, bills }),
    );
    for (const retryAfter of [true, false]) {
      print(
        `${each}, Procurify limit ${rate}/s unannounced, 429s ${retryAfter ? 'with' : 'without'} Retry-After`,
        await benchBills({ rate, announced: false, retryAfter, bills }),
      );
    }
  }
  print('Vendor changes, no rate limit', await benchVendorChanges());
}
export type { TransactionSnapshot };
