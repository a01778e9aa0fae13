import { describe, expect, it } from 'vitest';
import { SCENARIO_CASES } from '../../../simulators/scenario/three-plants';
import type { DigestMessage } from '../../../relay/src/notify/digest';
import { billSnapshot, envelope, vendorSnapshot } from '../../helpers/snapshots';
import { SECRETS, startStack, type Stack } from '../../helpers/stack';
import { smtpSink, webhookSink } from './sinks';

// Notifications against the simulators: a webhook and an SMTP server on loopback receive at most
// one digest per interval, naming the records to fix and a credential that stopped working, and
// never a secret.

const INTERVAL_MS = 3_000;

async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function sendBill(stack: Stack, id: string) {
  const bill = billSnapshot(id);
  await stack.sendEvents([envelope('vendor', vendorSnapshot(bill.entity.id)), envelope('vendorbill', bill)]);
  await stack.waitFor('vendorbill', id, ['needs_mapping']);
}

describe('notifications', () => {
  it('send one digest per window by webhook and email, then report refused credentials, never a secret', async () => {
    const webhook = await webhookSink();
    const smtp = await smtpSink();
    const stack = await startStack({
      env: {
        MLC_NOTIFY_WEBHOOK_URL: webhook.url,
        MLC_NOTIFY_INTERVAL: `${INTERVAL_MS / 1000}s`,
        MLC_SMTP_HOST: '127.0.0.1',
        MLC_SMTP_PORT: String(smtp.port),
        // A loopback sink without TLS: auto would refuse to send the login in clear.
        MLC_SMTP_TLS: 'off',
        MLC_SMTP_TO: 'ap@example.com',
        MLC_SMTP_USER: 'relay',
        MLC_SMTP_PASSWORD: 'smtp-password-9f3',
      },
    });
    const c = SCENARIO_CASES;
    await sendBill(stack, c.billUnmappedAccount);
    const first = await until('the first digest', () => webhook.received[0]);
    expect((first.body as DigestMessage).records).toEqual([
      expect.objectContaining({ recordType: 'vendorbill', recordId: c.billUnmappedAccount, status: 'needs_mapping' }),
    ]);

    // Two more within the window: they wait for it to end; no window carries two messages.
    await sendBill(stack, c.billUnmappedDepartment);
    await sendBill(stack, c.billNoProcurifyAccount);
    const notified = () =>
      new Set(webhook.received.flatMap((entry) => (entry.body as DigestMessage).records.map((r) => r.recordId)));
    await until('every record in a digest', () =>
      [c.billUnmappedDepartment, c.billNoProcurifyAccount].every((id) => notified().has(id)) ? true : undefined,
    );
    const times = webhook.received.map((entry) => entry.at);
    for (let index = 1; index < times.length; index += 1) {
      expect(times[index]! - times[index - 1]!).toBeGreaterThanOrEqual(INTERVAL_MS - 100);
    }
    expect(webhook.received.length).toBeLessThanOrEqual(3);
    const sent = webhook.received.length;
    await until('an email per digest', () => (smtp.messages.length >= sent ? true : undefined));
    expect(smtp.messages[0]).toMatchObject({ from: 'mlc-relay@127.0.0.1', to: ['ap@example.com'] });
    expect(smtp.messages[0]!.text).toContain(`vendorbill ${c.billUnmappedAccount}: needs_mapping`);

    // Procurify stops accepting the relay's client secret.
    stack.procurify.control.updateSettings({ clientSecret: 'rotated-elsewhere-77' });
    stack.procurify.control.expireTokens();
    await stack.admin('/v1/reference/refresh', { method: 'POST' });
    const third = await until('the credentials digest', () => webhook.received[sent]);
    expect((third.body as DigestMessage).credentials).toEqual([expect.objectContaining({ system: 'procurify' })]);

    const everything = [
      ...webhook.received.map((entry) => entry.raw),
      ...smtp.messages.flatMap((message) => [message.data, message.text]),
    ];
    for (const secret of [...Object.values(SECRETS), 'smtp-password-9f3', 'abc123secret']) {
      for (const text of everything) expect(text).not.toContain(secret);
    }
  }, 90_000);
});
