import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CERTIFICATE_ID as CERTIFICATE, CLIENT_ID } from '../../../relay/src/demo/simulated-systems';
import type { DigestMessage } from '../../../relay/src/notify/digest';
import { envelope, vendorSnapshot } from '../../helpers/snapshots';
import { SECRETS, startStack, type Stack } from '../../helpers/stack';
import { tempDir } from '../../helpers/temp-dir';
import { runMlc } from '../cli/run-mlc';
import { webhookSink } from '../notify/sinks';
import { signIn } from '../pages/admin-session';

// A NetSuite certificate revoked while the relay runs (docs/architecture.md "Retries, time limits, the clock"): the 401 that survives
// the client's token refresh is `netsuite_auth_failed`. The record's sync-state write waits instead
// of being dropped or failed; readiness, `mlc doctor`, the dashboard and a notification say so; and
// everything catches up once the certificate works again. All through the real interfaces: the
// simulator's control API over HTTP, the relay's HTTP endpoints and pages, and the real CLI.

const SYNC_STATE = 'customrecord_mlc_sync_state';

interface Readiness {
  status: string;
  checks: Record<string, { ok: boolean; code?: string; reason?: string }>;
}

async function readiness(stack: Stack): Promise<{ status: number; body: Readiness }> {
  const response = await fetch(`${stack.baseUrl}/readyz`);
  return { status: response.status, body: (await response.json()) as Readiness };
}

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function simulatorControl(stack: Stack, method: 'GET' | 'POST', pathname: string) {
  return fetch(`${stack.netsuite.baseUrl}/__sim${pathname}`, { method });
}

async function pendingWriteback(stack: Stack, recordId: string) {
  const result = await stack.relay.database.client.execute({
    sql: "select attempts, last_error from writeback where record_type = 'vendor' and record_id = ?",
    args: [recordId],
  });
  const row = result.rows[0];
  return row ? { attempts: Number(row.attempts), lastError: String(row.last_error ?? '') } : undefined;
}

describe('a NetSuite certificate revoked while the relay runs', () => {
  it('makes records wait, is reported as netsuite_auth_failed everywhere, and recovers once the certificate works', async () => {
    const webhook = await webhookSink();
    const stack = await startStack({
      env: { MLC_RETRY_MAX_DELAY: '1s', MLC_NOTIFY_WEBHOOK_URL: webhook.url, MLC_NOTIFY_INTERVAL: '1s' },
    });
    await until('the relay to be ready', async () => (await readiness(stack)).status === 200);

    expect((await simulatorControl(stack, 'POST', `/certificates/${CERTIFICATE}/revoke`)).status).toBe(200);
    await stack.sendEvents([envelope('vendor', vendorSnapshot('201'))]);

    // The record reached Procurify; showing it in NetSuite waits and is retried, never dropped or failed.
    const waiting = await until('the write-back to be retried', async () => {
      const row = await pendingWriteback(stack, '201');
      return row && row.attempts >= 2 ? row : undefined;
    });
    expect(waiting.lastError).toContain('netsuite_auth_failed');
    const record = await stack.admin<{ status: string }>('/v1/records/vendor/201');
    expect(record.body.status).toBe('synced');
    expect((await simulatorControl(stack, 'GET', `/custom-records/${SYNC_STATE}/eid:vendor-201`)).status).toBe(404);

    const notReady = await readiness(stack);
    expect(notReady.status).toBe(503);
    expect(notReady.body.checks.netsuite).toMatchObject({ ok: false, code: 'netsuite_auth_failed' });
    expect(notReady.body.checks.netsuite?.reason).toMatch(/^netsuite_auth_failed: the credentials were refused/);
    expect(notReady.body.checks.netsuite?.reason).toContain('records wait');
    expect(notReady.body.checks.procurify).toEqual({ ok: true });

    const admin = await signIn(stack.baseUrl);
    const dashboard = await admin.get('/admin/');
    expect(dashboard.html).toContain('data-testid="refused-netsuite_auth_failed"');
    expect(dashboard.html).toContain('Records wait');

    const notice = await until('the notification', async () =>
      webhook.received.map((each) => each.body as DigestMessage).find((body) => body.credentials.length > 0),
    );
    expect(notice.credentials).toEqual([expect.objectContaining({ system: 'netsuite', code: 'netsuite_auth_failed' })]);
    expect(notice.summary).toContain('NetSuite credentials stopped working (netsuite_auth_failed; records wait)');

    const doctorDir = tempDir('mlc-doctor-auth-');
    const doctor = await runMlc(['doctor'], {
      cwd: doctorDir,
      env: {
        MLC_DATABASE_URL: `file:${path.join(doctorDir, 'mlc.db')}`,
        MLC_MASTER_KEY: SECRETS.masterKey,
        NETSUITE_ACCOUNT_ID: stack.scenario.accountId,
        NETSUITE_BASE_URL: stack.netsuite.baseUrl,
        NETSUITE_CLIENT_ID: CLIENT_ID,
        NETSUITE_CERTIFICATE_ID: CERTIFICATE,
        NETSUITE_PRIVATE_KEY: stack.relay.config.netsuite.privateKey!.reveal(),
        PROCURIFY_BASE_URL: stack.procurify.baseUrl,
        PROCURIFY_CLIENT_ID: 'sim-client-id',
        PROCURIFY_CLIENT_SECRET: SECRETS.procurifyClientSecret,
        MLC_REQUEST_TIMEOUT: '5s',
      },
    });
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toMatch(
      /FAIL {2}token: netsuite_auth_failed: NetSuite refused the token request \(invalid_client\): .* wrong, revoked or expired/,
    );
    expect(doctor.stdout + doctor.stderr).not.toContain('PRIVATE KEY');

    // Fixed in NetSuite: the waiting write goes out by itself and readiness turns green.
    expect((await simulatorControl(stack, 'POST', `/certificates/${CERTIFICATE}/restore`)).status).toBe(200);
    await stack.waitFor('vendor', '201', ['synced']);
    const shown = await simulatorControl(stack, 'GET', `/custom-records/${SYNC_STATE}/eid:vendor-201`);
    expect(shown.status).toBe(200);
    await until('readiness to recover', async () => (await readiness(stack)).status === 200);
    expect((await readiness(stack)).body.checks.netsuite).toEqual({ ok: true });
    expect((await admin.get('/admin/')).html).not.toContain('refused-netsuite_auth_failed');

    const logged = stack.log.text();
    expect(logged).not.toContain('PRIVATE KEY');
    expect(logged).not.toContain(SECRETS.procurifyClientSecret);
  });
});
