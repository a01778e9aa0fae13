import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { connect } from 'node:net';
import type { BareRelay } from '../../helpers/bare-relay';
import { envelope, vendorSnapshot } from '../../helpers/snapshots';

// Shared by the suites of test/proof/trust-round-two/ (issue #19, "Trust, round two").

export const fileMode = (file: string) => statSync(file).mode & 0o777;

export const strongSecrets = () => ({
  MLC_ADMIN_TOKEN: randomBytes(24).toString('base64url'),
  MLC_EVENT_SECRET: randomBytes(24).toString('base64url'),
  MLC_MASTER_KEY: randomBytes(32).toString('base64'),
});

/** The database's line of /readyz (the bare relay has no NetSuite or Procurify, so /readyz is 503 anyway). */
export async function databaseReadiness(relay: BareRelay): Promise<{ ok: boolean; reason?: string }> {
  const body = (await (await fetch(`${relay.baseUrl}/readyz`)).json()) as {
    checks: { database: { ok: boolean; reason?: string } };
  };
  return body.checks.database;
}

export const oneEvent = (id = '201') => JSON.stringify({ events: [envelope('vendor', vendorSnapshot(id))] });

/** A raw connection, to send a request piece by piece as a slow or hostile client would. */
export async function rawConnection(baseUrl: string) {
  const socket = connect(Number(new URL(baseUrl).port), '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  return { socket, closed, received: () => received };
}

/** The start of an upload that promises 100,000 bytes and sends a few. */
export const partialUpload =
  'POST /v1/netsuite/events HTTP/1.1\r\nHost: relay\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"events":[';
