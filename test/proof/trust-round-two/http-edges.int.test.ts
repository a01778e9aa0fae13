import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout } from 'node:timers/promises';
import path from 'node:path';
import { Agent, fetch as undiciFetch } from 'undici';
import { describe, expect, it, onTestFinished } from 'vitest';
import { Secret } from '../../../relay/src/config';
import { signedHeaders } from '../../../relay/src/crypto/signature';
import type { DigestMessage } from '../../../relay/src/notify/digest';
import { postWebhook } from '../../../relay/src/notify/webhook';
import { openDatabase } from '../../../relay/src/store/database';
import { toolAudit } from '../../../relay/src/store/audit-scope';
import { BARE_ACCOUNT, startBareRelay } from '../../helpers/bare-relay';
import { startRelay } from '../../helpers/relay-process';
import { envelope, vendorSnapshot } from '../../helpers/snapshots';
import { tempDir } from '../../helpers/temp-dir';
import { waitUntil } from '../../helpers/wait-until';
import { webhookSink } from '../../relay/notify/sinks';
import { oneEvent, partialUpload, rawConnection } from '../support/trust';

// The HTTP edges: a drain on SIGTERM that loses nothing, slow and hostile clients cut off, and
// a webhook that follows no redirect.
// Issue #19, "Trust, round two"; the table of attacks and results is in docs/reliability.md.
// Each attack is tried against the real relay (a child process, or served in this process over
// loopback) on a real database file.

/** The status of an answer, its body discarded. */
async function status(answer: Promise<Response>): Promise<number> {
  const response = await answer;
  await response.body?.cancel();
  return response.status;
}

describe('drain on SIGTERM, slow and hostile clients (gaps 3 and 8)', () => {
  it('SIGTERM drains: readiness fails, answers close their connections, nothing acknowledged is lost, exit 0 despite a slow upload', async () => {
    const cwd = tempDir();
    const eventSecret = randomBytes(24).toString('base64url');
    const relay = await startRelay({
      cwd,
      env: { MLC_EVENT_SECRET: eventSecret, NETSUITE_ACCOUNT_ID: BARE_ACCOUNT, MLC_DRAIN_TIMEOUT: '2s' },
    });
    const slow = await rawConnection(relay.baseUrl);
    slow.socket.write(partialUpload);
    // A readiness probe whose request is on the wire when SIGTERM comes (headers not yet complete).
    const probe = await rawConnection(relay.baseUrl);
    probe.socket.write('GET /readyz HTTP/1.1\r\nHost: relay\r\n');

    const acknowledged: string[] = [];
    const afterTerm: { status: number; connection: string | null }[] = [];
    let terminatedAt = 0;
    const agent = new Agent({ connections: 1 });
    for (let sent = 0; sent < 400; sent += 1) {
      if (sent === 20) {
        relay.child.kill('SIGTERM');
        terminatedAt = Date.now();
      }
      const event = envelope('vendor', vendorSnapshot('201'), { eventId: `drain-${sent}` });
      const body = JSON.stringify({ events: [event] });
      const timestamp = String(Math.floor(Date.now() / 1000));
      const headers = signedHeaders(new Secret(eventSecret), {
        timestamp,
        account: BARE_ACCOUNT,
        method: 'POST',
        pathWithQuery: '/v1/netsuite/events',
        body,
      });
      const answer = await undiciFetch(`${relay.baseUrl}/v1/netsuite/events`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', ...headers },
        dispatcher: agent,
      }).catch(() => undefined);
      if (!answer) break;
      await answer.arrayBuffer();
      if (answer.status === 202) acknowledged.push(event.eventId);
      if (terminatedAt) afterTerm.push({ status: answer.status, connection: answer.headers.get('connection') });
    }
    probe.socket.write('\r\n');
    await probe.closed;
    await agent.close();

    expect(await relay.stop()).toBe(0);
    const drainedInMs = Date.now() - terminatedAt;
    expect(drainedInMs).toBeLessThan(8_000);
    // The keep-alive client was told to go at once: one answer at most after SIGTERM, marked `Connection: close`.
    expect(afterTerm.length).toBeLessThanOrEqual(1);
    for (const answer of afterTerm) expect(answer.connection).toBe('close');
    expect(probe.received()).toMatch(/^HTTP\/1.1 503/);
    expect(probe.received()).toContain('"relay":{"ok":false,"reason":"the relay is stopping"}');
    expect(probe.received()).toMatch(/connection: close/i);
    await slow.closed;

    const log = relay.output.join('\n');
    expect(log).toContain('drain deadline reached: cutting the connections still open');
    expect(log).toContain('"msg":"stopped"');
    expect(log).not.toContain('unhandled error');
    const database = await openDatabase({ url: `file:${path.join(cwd, 'data', 'mlc.db')}`, audit: toolAudit() });
    const stored = await database.client.execute("select event_id from inbound_event where event_id like 'drain-%'");
    database.close();
    expect(stored.rows.map((row) => row.event_id).sort()).toEqual([...acknowledged].sort());
    expect(acknowledged.length).toBeGreaterThanOrEqual(20);
  });

  it('a client that sends less body than its Content-Length is cut off at the request timeout, logged quietly', async () => {
    const relay = await startBareRelay({ env: { MLC_HTTP_REQUEST_TIMEOUT: '1s' } });
    const slow = await rawConnection(relay.baseUrl);
    const started = Date.now();
    slow.socket.write(partialUpload);
    await slow.closed;
    expect(Date.now() - started).toBeLessThan(3_500);
    expect(slow.received()).toMatch(/^HTTP\/1.1 408/);
    // An upload the client abandons is no error of ours either.
    const abandoned = await rawConnection(relay.baseUrl);
    abandoned.socket.write(partialUpload);
    // Kept: this sleep sets when the fault lands (the client goes once the relay is reading its
    // body), and the relay shows no sign of having started to read that could be waited on instead.
    await setTimeout(100);
    abandoned.socket.destroy();
    await waitUntil('the abandoned upload to be logged', () =>
      relay.log.text().includes('client closed the connection before its request was read'),
    );
    expect(relay.log.text()).not.toContain('unhandled error');
  });

  it('unauthenticated bodies in flight are capped: beyond the cap the answer is 503 with Retry-After', async () => {
    const relay = await startBareRelay({ env: { MLC_HTTP_MAX_BODIES_IN_FLIGHT: '4' } });
    const held = await Promise.all(Array.from({ length: 4 }, () => rawConnection(relay.baseUrl)));
    for (const each of held) each.socket.write(partialUpload);
    // The relay counts an upload once it reads its headers, which shows nowhere but in its answers:
    // wait until an answer says the cap is full, then check a fresh one.
    await waitUntil(
      'the four uploads to hold every slot',
      async () => (await status(relay.postEvents(oneEvent()))) === 503,
    );
    const refused = await relay.postEvents(oneEvent());
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('busy');
    for (const each of held) each.socket.destroy();
    // The slots come free as the relay sees the connections close: accepted again once it has.
    await waitUntil('an event to be accepted again', async () => (await status(relay.postEvents(oneEvent()))) === 202);
  });
});

describe('outbound addresses (gap 9)', () => {
  it('the notification webhook does not follow a redirect: a 307 elsewhere is refused and nothing reaches the other address', async () => {
    const elsewhere = await webhookSink();
    const redirecting = createServer((request, response) => {
      request.resume();
      response.writeHead(307, { location: elsewhere.url }).end();
    });
    await new Promise<void>((resolve) => redirecting.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => new Promise<void>((resolve) => redirecting.close(() => resolve())));
    const url = `http://127.0.0.1:${(redirecting.address() as AddressInfo).port}/hook`;
    const message: DigestMessage = {
      source: 'ml-connector relay',
      sentAt: new Date().toISOString(),
      summary: 'one record failed',
      records: [],
      credentials: [],
    };
    await expect(postWebhook(url, message)).rejects.toThrow(
      'the notification webhook answered with a redirect (HTTP 307), which is not followed',
    );
    // No wait needed: with redirects followed, fetch would settle only after the other address had
    // answered, and that sink keeps a request before it answers.
    expect(elsewhere.received).toEqual([]);
  });
});
