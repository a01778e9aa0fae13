import { describe, expect, it } from 'vitest';
import { Secret } from '../../../relay/src/config';
import type { DigestMessage } from '../../../relay/src/notify/digest';
import { createNotifier } from '../../../relay/src/notify/notifier';
import { capturedLogger } from '../../helpers/captured-logger';
import { tempDatabase } from '../../helpers/temp-database';
import { waitUntil } from '../../helpers/wait-until';
import { seedRecord } from '../http/seed-record';
import { webhookSink } from './sinks';

// A synced bill whose paid status differs between NetSuite and Procurify (`payment_status_drift`)
// is something to act on: the notifier sends it like a failure, and only once per change.

const record = (database: Parameters<typeof seedRecord>[0], id: string, issues: unknown[], at: string) =>
  seedRecord(database, { recordType: 'vendorbill', recordId: id, status: 'synced', message: `bill ${id}`, issues, at });

describe('payment status drift in notifications', () => {
  it('sends the bills that carry it, named, and not the synced bills that do not', async () => {
    const database = await tempDatabase();
    const webhook = await webhookSink();
    let now = Date.parse('2026-12-07T10:00:00Z');
    const notifier = createNotifier({
      config: { webhookUrl: new Secret(webhook.url), intervalMs: 1_000, smtp: undefined },
      database,
      logger: capturedLogger().logger,
      health: { get: () => ({ credentialsRefused: false }) as never },
      secrets: [],
      now: () => now,
    })!;
    now += 1_000;
    const at = new Date(now).toISOString();
    await record(database, '1001', [{ code: 'payment_status_drift', message: 'Partly paid in NetSuite' }], at);
    await record(database, '1002', [], at);
    now += 1_000;
    await notifier.check();
    // The check hands both bills to the digest, which sends them in one message on its next tick.
    // Nothing else is offered to it (no timer runs: the notifier was not started), so once that
    // message arrives there is nothing left to send.
    await waitUntil('the digest to arrive', () => webhook.received.length > 0);
    await notifier.stop();
    expect(webhook.received).toHaveLength(1);
    const message = webhook.received[0]!.body as DigestMessage;
    expect(message.summary).toBe('1 bill(s) paid in one system and not the other');
    expect(message.records).toEqual([
      {
        kind: 'record',
        recordType: 'vendorbill',
        recordId: '1001',
        status: 'payment_status_drift',
        message: 'bill 1001',
      },
    ]);
  });
});
