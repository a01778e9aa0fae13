import { describe, expect, it } from 'vitest';
import { Secret } from '../../../relay/src/config';
import type { DigestMessage } from '../../../relay/src/notify/digest';
import { createNotifier } from '../../../relay/src/notify/notifier';
import { capturedLogger } from '../../helpers/captured-logger';
import { tempDatabase } from '../../helpers/temp-database';
import { webhookSink } from './sinks';

// A synced bill whose paid status differs between NetSuite and Procurify (`payment_status_drift`)
// is something to act on: the notifier sends it like a failure, and only once per change.

async function record(database: Awaited<ReturnType<typeof tempDatabase>>, id: string, issues: unknown[], at: string) {
  await database.client.execute({
    sql: `insert into sync_record (record_type, record_id, status, message, issues, action, version_occurred_at,
      dirty, next_attempt_at_ms, created_at, updated_at) values ('vendorbill', ?, 'synced', ?, ?, 'edit', ?, 0, 0, ?, ?)`,
    args: [id, `bill ${id}`, JSON.stringify(issues), at, at, at],
  });
}

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
    await new Promise((resolve) => setTimeout(resolve, 200));
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
