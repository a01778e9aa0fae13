import { describe, expect, it } from 'vitest';
import { SCENARIO_CASES } from '../../../simulators/scenario/three-plants';
import { billSnapshot, envelope, vendorSnapshot } from '../../helpers/snapshots';
import { startStack, type Stack } from '../../helpers/stack';
import { signIn } from './admin-session';

// The reconciliation page over loopback HTTP: hostile strings from either system stay text, amounts
// read as money, bills skipped on purpose stand apart, subsidiaries are chosen by name, it opens on
// the latest month with bills, and its replay form is refused without the session's CSRF token.

const HOSTILE_INVOICE = '<script>alert("inv")</script>';
const HOSTILE_LINE = '<img src=x onerror=alert(1)>';

async function failBill(stack: Stack, billId: string) {
  const bill = billSnapshot(billId);
  stack.procurify.control.updateSettings({ billWriteEnabled: false });
  await stack.sendEvents([envelope('vendor', vendorSnapshot(bill.entity.id)), envelope('vendorbill', bill)]);
  await stack.waitFor('vendorbill', billId, ['failed']);
  stack.procurify.control.updateSettings({ billWriteEnabled: true });
}

/** The relay reads NetSuite's subsidiaries in its first reference refresh, which runs as it starts. */
async function subsidiariesRead(stack: Stack): Promise<void> {
  await expect
    .poll(
      async () =>
        (await stack.admin<{ subsidiaries: unknown[] }>('/v1/reconciliation/subsidiaries')).body.subsidiaries.length,
      { timeout: 20_000, interval: 100 },
    )
    .toBe(1);
}

async function replayAudits(stack: Stack, billId: string): Promise<number> {
  const audit = await stack.admin<{ items: { action: string }[] }>(
    `/v1/audit?recordType=vendorbill&recordId=${billId}&limit=500`,
  );
  return audit.body.items.filter((entry) => entry.action === 'replay_requested').length;
}

describe('reconciliation admin page', () => {
  it('renders markup from Procurify and NetSuite as inert text', async () => {
    const stack = await startStack();
    const state = stack.procurify.control.state();
    const code = state.accountCodes.find((candidate) => candidate.code === '5100')!;
    const account = state.accounts.find((candidate) => candidate.accountCodeId === code.id)!;
    stack.procurify.control.addBill({
      uuid: '7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      vendorId: 3,
      invoiceNumber: HOSTILE_INVOICE,
      invoiceDate: '2026-11-12',
      dueDate: '2026-12-12',
      currencyId: 3,
      lines: [{ description: HOSTILE_LINE, accountId: account.id, amount: '12.34' }],
    });
    await subsidiariesRead(stack);
    const session = await signIn(stack.baseUrl);
    const page = await session.get('/admin/reconciliation?period=2026-11');
    expect(page.status).toBe(200);
    expect(page.html).toContain('&lt;script&gt;alert(&quot;inv&quot;)&lt;/script&gt;');
    // The scenario's vendor 253 carries markup in its name and is missing in Procurify.
    expect(page.html).toContain('Acme &lt;script&gt;');
    expect(page.html).not.toMatch(/<script|<img/i);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");

    // Money with thousands separators, two decimals and the currency (bill 1002: 12,800.00 + 240.00).
    expect(page.html).toContain('13,040.00 CAD');
    expect(page.html).toContain('12.34 CAD');
    // Pending approval and rejected bills: their own group and count, out of the differences and totals.
    const skipped = page.html.slice(page.html.indexOf('id="bills-skipped"'));
    expect(skipped).toContain(`>${billSnapshot(SCENARIO_CASES.billPendingApproval).tranId}<`);
    expect(skipped).toContain('Pending approval in NetSuite');
    expect(skipped).toContain('Rejected in NetSuite');
    expect(page.html).toMatch(/<a href="#bills-skipped" data-classification="skipped"><span class="count">3<\/span>/);
    expect(page.html).toMatch(/Not in these totals: <a href="#bills-skipped">3 bills skipped on purpose<\/a>/);
    // Subsidiaries by name, from the NetSuite reference data.
    expect(page.html).toMatch(/<select id="subsidiary-month" name="subsidiary">/);
    expect(page.html).toContain('<option value="1">Northwind Fabrication Ltd.</option>');
  }, 120_000);

  it('refuses a replay without the CSRF token and replays with it, back to the same period', async () => {
    const stack = await startStack();
    const failed = SCENARIO_CASES.billTwoLines;
    await failBill(stack, failed);
    const session = await signIn(stack.baseUrl);
    const page = await session.get('/admin/reconciliation?period=2026-11&subsidiary=1');
    const form = new RegExp(
      `<form[^>]*action="/admin/reconciliation/replay"[^>]*>(?:(?!</form>).)*vendorbill:${failed}`,
      's',
    );
    expect(page.html).toMatch(form);

    const forged = await session.post('/admin/reconciliation/replay', {
      record: `vendorbill:${failed}`,
      period: '2026-11',
    });
    expect(forged.status).toBe(403);
    const wrong = await session.post('/admin/reconciliation/replay', {
      _csrf: 'x'.repeat(session.csrf.length),
      record: `vendorbill:${failed}`,
    });
    expect(wrong.status).toBe(403);
    expect(await replayAudits(stack, failed)).toBe(0);
    expect((await stack.admin<{ status: string }>(`/v1/records/vendorbill/${failed}`)).body.status).toBe('failed');

    const replayed = await session.post('/admin/reconciliation/replay', {
      _csrf: session.csrf,
      record: `vendorbill:${failed}`,
      period: '2026-11',
      subsidiary: '1',
    });
    expect(replayed.status).toBe(303);
    expect(replayed.headers.get('location')).toBe(
      '/admin/reconciliation?period=2026-11&subsidiary=1&notice=replayed&count=1',
    );
    await stack.waitFor('vendorbill', failed, ['synced']);
    expect(await replayAudits(stack, failed)).toBe(1);
  }, 120_000);

  it('says how to write a period it cannot read', async () => {
    const stack = await startStack();
    const session = await signIn(stack.baseUrl);
    const page = await session.get('/admin/reconciliation?from=2026-10-20&to=2026-10-01');
    expect(page.status).toBe(400);
    expect(page.html).toContain('starts (2026-10-20) after it ends (2026-10-01)');
    await subsidiariesRead(stack);
    const unknown = await session.get('/admin/reconciliation?period=2026-11&subsidiary=Canada');
    expect(unknown.status).toBe(400);
    expect(unknown.html).toContain(
      'No subsidiary &quot;Canada&quot;. Valid subsidiaries: &quot;Northwind Fabrication Ltd.&quot; (1).',
    );

    // No period: the latest month with bills up to this one (the scenario's last is November 2026).
    const opened = await session.get('/admin/reconciliation');
    expect(opened.status).toBe(302);
    if (new Date().toISOString().slice(0, 7) >= '2026-11') {
      expect(opened.headers.get('location')).toBe('/admin/reconciliation?period=2026-11');
    }
    const byName = await session.get('/admin/reconciliation?period=2026-11&subsidiary=northwind+fabrication+ltd.');
    expect(byName.status).toBe(200);
    expect(byName.html).toContain('<option value="1" selected="">Northwind Fabrication Ltd.</option>');
    expect(byName.html).toContain('Bills from 2026-11-01 to 2026-11-30, Northwind Fabrication Ltd.');
  }, 60_000);
});
