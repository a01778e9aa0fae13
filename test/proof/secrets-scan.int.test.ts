import { describe, expect, it } from 'vitest';
import { SECRETS, startStack, type Stack } from '../helpers/stack';
import { envelope, billSnapshot, vendorSnapshot } from '../helpers/snapshots';
import { signIn } from '../relay/pages/admin-session';
import { runMlc } from '../relay/cli/run-mlc';
import { tempDir } from '../helpers/temp-dir';
import { waitUntil } from '../helpers/wait-until';

// A demo-like run with known secret values: the whole three-plant scenario's vendors and bills with
// Procurify failures and retries, failure notifications to an unreachable webhook and SMTP server,
// the admin pages, refused requests and `mlc` commands as child processes. None of the secrets may
// appear in a log line, an error body, a page, CLI output or any column outside `credential`.

const NOTIFY = {
  webhook: 'https://hooks.example.invalid/services/T0001/B0002/webhook-token-9f3e7a',
  smtpPassword: 'smtp-password-4c7d2a61',
};
const FINAL = ['synced', 'linked', 'needs_mapping', 'failed', 'skipped'];

async function everyColumnOutsideCredential(stack: Stack): Promise<string[]> {
  const client = stack.relay.database.client;
  const tables = await client.execute("select name from sqlite_master where type = 'table' and name <> 'credential'");
  const dumps: string[] = [];
  for (const row of tables.rows) dumps.push(JSON.stringify((await client.execute(`select * from "${row.name}"`)).rows));
  return dumps;
}

const notDelivered = (stack: Stack) => stack.log.text().split('"msg":"notification not delivered"').length - 1;

describe('secrets in a whole demo-like run', () => {
  it('never appear in logs, audit rows, error bodies, admin pages, CLI output or any database column outside the sealed credentials', async () => {
    const stack = await startStack({
      env: {
        MLC_LOG_LEVEL: 'trace',
        MLC_NOTIFY_WEBHOOK_URL: NOTIFY.webhook,
        MLC_NOTIFY_INTERVAL: '1s',
        MLC_SMTP_HOST: '127.0.0.1',
        MLC_SMTP_PORT: '9',
        MLC_SMTP_FROM: 'mlc@example.invalid',
        MLC_SMTP_TO: 'ops@example.invalid',
        MLC_SMTP_USER: 'mlc',
        MLC_SMTP_PASSWORD: NOTIFY.smtpPassword,
      },
    });
    stack.procurify.control.addFault({ kind: 'server_error', status: 500, times: 6 });
    const { vendors, bills } = stack.scenario;
    await stack.sendEvents(vendors.map((vendor) => envelope('vendor', vendorSnapshot(vendor.id))));
    for (let at = 0; at < bills.length; at += 100) {
      await stack.sendEvents(bills.slice(at, at + 100).map((bill) => envelope('vendorbill', billSnapshot(bill.id))));
    }
    for (const bill of bills) await stack.waitFor('vendorbill', bill.id, FINAL, 60_000);
    // A notification round: the digest of the records to fix goes to the unreachable webhook and
    // SMTP server, and each refusal is logged (the log is scanned below).
    await stack.settled();
    await waitUntil('a notification round refused on both channels', () => notDelivered(stack) >= 2);

    const bodies: string[] = [];
    const answer = async (response: Response) => bodies.push(`${response.status} ${await response.text()}`);
    await answer(
      await fetch(`${stack.baseUrl}/v1/records`, { headers: { authorization: `Bearer ${SECRETS.adminToken}x` } }),
    );
    await answer(await stack.signed('POST', '/v1/netsuite/events', '{"events":[{}]}'));
    await answer(await fetch(`${stack.baseUrl}/v1/netsuite/events`, { method: 'POST', body: '{}' }));
    await answer(await fetch(`${stack.baseUrl}/readyz`));
    await answer(await fetch(`${stack.baseUrl}/metrics`));

    const session = await signIn(stack.baseUrl);
    for (const path of ['/admin/', '/admin/queue', '/admin/settings', '/admin/mappings', '/admin/audit']) {
      const page = await session.get(path);
      expect(page.status, path).toBe(200);
      bodies.push(page.html);
    }
    bodies.push((await session.get(`/admin/records/vendorbill/${bills[0]!.id}`)).html);

    const cliEnv = {
      NODE_ENV: 'test',
      MLC_DATABASE_URL: stack.relay.config.database.url,
      MLC_MASTER_KEY: SECRETS.masterKey,
      MLC_ADMIN_TOKEN: SECRETS.adminToken,
      MLC_EVENT_SECRET: SECRETS.eventSecret,
      MLC_NOTIFY_WEBHOOK_URL: NOTIFY.webhook,
      MLC_SMTP_PASSWORD: NOTIFY.smtpPassword,
    };
    const cwd = tempDir('mlc-secrets-cli-');
    for (const args of [
      ['records', '--status', 'failed', '--url', stack.baseUrl],
      ['audit', 'verify', '--url', stack.baseUrl],
    ]) {
      const run = await runMlc(args, { cwd, env: cliEnv });
      expect(run.code, `mlc ${args.join(' ')}: ${run.stderr}`).toBe(0);
      bodies.push(run.stdout, run.stderr);
    }

    const privateKey = stack.relay.secrets.find((value) => value.includes('PRIVATE KEY'))!;
    const keyLine = privateKey.split('\n').find((line) => line.length > 40)!;
    const secrets = [
      SECRETS.adminToken,
      SECRETS.eventSecret,
      SECRETS.masterKey,
      SECRETS.procurifyClientSecret,
      keyLine,
      NOTIFY.webhook,
      'webhook-token-9f3e7a',
      NOTIFY.smtpPassword,
    ];
    const texts = [stack.log.text(), ...bodies, ...(await everyColumnOutsideCredential(stack))];
    for (const secret of secrets) {
      const leaks = texts.filter((text) => text.includes(secret)).map((text) => text.slice(0, 120));
      expect(leaks, `leaked: ${secret.slice(0, 12)}…`).toEqual([]);
    }
    // The scan saw a real run: retries, a full log, and the sealed store does hold credentials.
    expect(stack.log.text()).toContain('"msg":"request"');
    const retries = await stack.relay.database.client.execute(
      "select count(*) as n from audit_entry where action = 'retry_scheduled'",
    );
    expect(Number(retries.rows[0]?.n)).toBeGreaterThan(0);
  }, 180_000);
});
