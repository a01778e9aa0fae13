import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { SCENARIO_CASES } from '../../../simulators/scenario/three-plants';
import { moneyText } from '../../../relay/src/reconcile/money-text';
import { centsFromReadBack, parseCents } from '../../../relay/src/sync/mapping/money';
import { billSnapshot, envelope, vendorSnapshot } from '../../helpers/snapshots';
import { SECRETS, startStack, type Stack } from '../../helpers/stack';
import { tempDir } from '../../helpers/temp-dir';
import { hasChromium, launchBrowser } from './browser';

// The reconciliation page in headless Chromium: a November with synced, linked, held and failed
// bills, an amount edited in Procurify and a bill made in Procurify alone. The screenshot goes to
// docs/screenshots/ with MLC_UPDATE_SCREENSHOTS=1, else to a temp dir.

const FAILED_BILL = '1158';
const PROCURIFY_ONLY = { uuid: '3f6d2a1b-8c4e-4f5a-9b6c-7d8e9f0a1b2c', invoiceNumber: 'OD-770042' };

async function waitUntilNothingPending(stack: Stack): Promise<void> {
  await expect
    .poll(async () => (await stack.admin<{ items: unknown[] }>('/v1/records?status=pending')).body.items.length, {
      timeout: 90_000,
      interval: 200,
    })
    .toBe(0);
}

async function send(stack: Stack, type: 'vendor' | 'vendorbill', ids: string[]) {
  const snapshot = type === 'vendor' ? vendorSnapshot : billSnapshot;
  await stack.sendEvents(ids.map((id) => envelope(type, snapshot(id) as never)));
}

/** A month-end as it looks in practice: every vendor and November bill sent, one bill failed. */
async function buildNovember(stack: Stack) {
  await stack.sendEvents(stack.scenario.vendors.map((vendor) => envelope('vendor', vendorSnapshot(vendor.id))));
  await waitUntilNothingPending(stack);
  const november = stack.scenario.bills.filter(
    (bill) => bill.tranDate.startsWith('2026-11') && bill.id !== FAILED_BILL,
  );
  await stack.sendEvents(november.map((bill) => envelope('vendorbill', billSnapshot(bill.id))));
  await waitUntilNothingPending(stack);
  const synced = await stack.waitFor('vendorbill', SCENARIO_CASES.billTwoLines, ['synced']);

  stack.procurify.control.updateSettings({ billWriteEnabled: false });
  await send(stack, 'vendorbill', [FAILED_BILL]);
  await stack.waitFor('vendorbill', FAILED_BILL, ['failed']);
  stack.procurify.control.updateSettings({ billWriteEnabled: true });

  // Someone edits the synced bill's first line in Procurify: 4250.00 → 4200.00.
  const state = stack.procurify.control.state();
  const bill = state.bills.find((candidate) => candidate.uuid === synced.procurifyId)!;
  state.items.find((item) => item.billId === bill.id)!.allocations[0]!.amount = '4200.00000000';
  const code = state.accountCodes.find((candidate) => candidate.code === '5100')!;
  stack.procurify.control.addBill({
    uuid: PROCURIFY_ONLY.uuid,
    vendorId: 3,
    invoiceNumber: PROCURIFY_ONLY.invoiceNumber,
    invoiceDate: '2026-11-20',
    dueDate: '2026-12-20',
    currencyId: 3,
    lines: [
      { description: 'Toner', accountId: state.accounts.find((a) => a.accountCodeId === code.id)!.id, amount: '88.10' },
    ],
  });
}

/** Both systems' November CAD totals, straight from the simulators' data (bills not approved are apart). */
function novemberTotals(stack: Stack) {
  const netsuite = stack.scenario.bills
    .filter((bill) => bill.tranDate.startsWith('2026-11') && bill.currencyId === '3')
    .filter((bill) => !['pending', 'rejected'].includes(bill.approvalStatus ?? ''))
    .flatMap((bill) => bill.lines)
    .reduce((sum, line) => sum + parseCents(line.amount), 0);
  const procurify = stack.procurify.control
    .snapshot()
    .bills.filter((bill) => bill.invoice_date?.startsWith('2026-11') && bill.currency.name === 'CAD')
    .flatMap((bill) => bill.items.flatMap((item) => item.cost_allocations))
    .reduce((sum, allocation) => sum + centsFromReadBack(allocation.amount), 0);
  return { netsuite: moneyText(netsuite, 'CAD'), procurify: moneyText(procurify, 'CAD') };
}

if (!hasChromium) console.warn('reconciliation browser test skipped: /usr/bin/chromium is not installed');

describe.skipIf(!hasChromium)('reconciliation page in a browser', () => {
  it('shows each bill under its classification with totals of both systems, drills down to a record and previews its requests', async () => {
    const stack = await startStack();
    await buildNovember(stack);
    const expected = novemberTotals(stack);
    const context = await launchBrowser();
    onTestFinished(() => context.close());
    const page = await context.newPage();
    const screenshots = screenshotDir();

    await page.goto(`${stack.baseUrl}/admin/sign-in`);
    await page.getByLabel('Admin token').fill(SECRETS.adminToken);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Dashboard');

    // The navigation leads to the page; the month picker asks for November.
    await page.getByRole('link', { name: 'Reconciliation', exact: true }).click();
    await page.getByLabel('Month').fill('2026-11');
    await page.getByRole('button', { name: 'Show month' }).click();
    await expect.poll(() => page.locator('table.totals').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('period')).toBe('2026-11');

    const count = (classification: string) =>
      page.locator(`.counts a[data-classification="${classification}"] .count`).textContent();
    expect(await count('amount_differs')).toBe('1');
    expect(await count('only_procurify')).toBe('1');
    expect(await count('skipped')).toBe('3');
    expect(Number(await count('matched'))).toBeGreaterThan(10);
    const matched = await page.locator('#bills-matched').textContent();
    expect(matched).toContain(`Bill ${SCENARIO_CASES.billExpenseAndItems}`);
    expect(matched).toContain(`Bill ${SCENARIO_CASES.billAlreadyInProcurify}`);
    const cad = page.locator('table.totals[data-currency="CAD"]');
    expect(await cad.locator('[data-total="netsuite"]').textContent()).toBe(expected.netsuite);
    expect(await cad.locator('[data-total="procurify"]').textContent()).toBe(expected.procurify);

    const differs = page.locator('#bills-amount_differs tbody tr');
    expect(await differs.textContent()).toContain('-50.00 CAD');
    expect(await page.locator('tr.differs', { hasText: '5010' }).count()).toBeGreaterThan(0);
    const procurifyOnly = page.locator('#bills-only_procurify tbody tr');
    expect(await procurifyOnly.textContent()).toContain(PROCURIFY_ONLY.invoiceNumber);
    expect(await procurifyOnly.textContent()).toContain('created in Procurify directly');
    const held = page.locator('#bills-only_netsuite tr', { hasText: `Bill ${SCENARIO_CASES.billUnmappedAccount}` });
    expect(await held.locator('.state').textContent()).toBe('needs mapping');
    await expect.poll(() => held.getByRole('button', { name: 'Replay' }).count()).toBe(1);
    await page.screenshot({ path: path.join(screenshots, 'reconciliation.png'), fullPage: true });

    // Drill down to the failed bill, then preview what a replay would send: requests, nothing written.
    stack.procurify.control.clearRequests();
    await page
      .locator('#bills-only_netsuite')
      .getByRole('link', { name: `Bill ${FAILED_BILL}`, exact: true })
      .click();
    await expect.poll(() => page.locator('.headline .state').textContent()).toBe('failed');
    await page.getByRole('link', { name: 'Preview what would be sent' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(`Preview: Bill ${FAILED_BILL}`);
    const requests = await page.locator('.requests .request-line').allTextContents();
    expect(requests).toContain('POST /api/v2/ap/bills/');
    expect(await page.locator('.requests pre.json').first().textContent()).toContain('"amount"');
    expect(await page.locator('.headline').textContent()).toContain('would write to Procurify');
    const writes = stack.procurify.control
      .requests()
      .filter((request) => request.method !== 'GET' && request.path.startsWith('/api/'));
    expect(writes).toEqual([]);
    await page.screenshot({ path: path.join(screenshots, 'preview.png'), fullPage: true });
  }, 180_000);
});

function screenshotDir(): string {
  if (process.env.MLC_UPDATE_SCREENSHOTS !== '1') return tempDir('mlc-screenshots-');
  const dir = path.resolve('docs/screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}
