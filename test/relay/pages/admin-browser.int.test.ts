import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { SCENARIO_CASES } from '../../../simulators/scenario/three-plants';
import { billSnapshot, envelope, vendorSnapshot } from '../../helpers/snapshots';
import { SECRETS, startStack, type Stack } from '../../helpers/stack';
import { tempDir } from '../../helpers/temp-dir';
import { hasChromium, launchBrowser } from './browser';

// The admin pages in headless Chromium against the whole relay and both simulators. Screenshots go
// to docs/screenshots/ with MLC_UPDATE_SCREENSHOTS=1 (npm run screenshots:admin), else to a temp dir.

const HOSTILE_VENDOR_NAME = 'Acme <script>alert("x")</script> Supply';
const HOSTILE_ACCOUNT_NAME = '<img src=x onerror=alert("gl")> Tooling';

if (!hasChromium) console.warn('admin browser tests skipped: /usr/bin/chromium is not installed (CI installs it)');

describe.skipIf(!hasChromium)('admin pages in a browser', () => {
  it('signs in, maps a needs_mapping bill in the editor until it syncs, replays a failed bill, verifies the audit chain, and keeps hostile strings inert', async () => {
    const stack = await startStack();
    const screenshots = screenshotDir();
    const failing = billSnapshot(SCENARIO_CASES.billTwoLines);
    const unmapped = billSnapshot(SCENARIO_CASES.billUnmappedAccount);
    const hostileBill = await seedRecords(stack);

    const context = await launchBrowser();
    onTestFinished(() => context.close());
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    // Sign in: the dashboard sends us to the sign-in form first.
    await page.goto(`${stack.baseUrl}/admin/`);
    expect(new URL(page.url()).pathname).toBe('/admin/sign-in');
    await page.getByLabel('Admin token').fill('wrong-token-0000000');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain("not this relay's admin token");
    await page.getByLabel('Admin token').fill(SECRETS.adminToken);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Dashboard');
    expect(await countOnDashboard(page, 'needs mapping')).toBeGreaterThanOrEqual(2);
    expect(await countOnDashboard(page, 'failed')).toBe(1);
    await page.screenshot({ path: path.join(screenshots, 'dashboard.png'), fullPage: true });

    // The work queue shows the held bill with its state in words.
    await page.getByRole('link', { name: 'Work queue', exact: true }).click();
    const heldRow = page.locator('tr', { has: page.getByRole('link', { name: `Bill ${unmapped.id}`, exact: true }) });
    await expect.poll(() => heldRow.locator('.state').textContent()).toBe('needs mapping');
    await page.screenshot({ path: path.join(screenshots, 'queue.png'), fullPage: true });

    // The mapping editor: map 5300 Tooling & Dies to the 5500 account code; the bill is retried and syncs.
    await page.getByRole('link', { name: 'Mappings', exact: true }).click();
    const tooling = stack.scenario.accounts.find((account) => account.number === '5300')!;
    const gap = page.locator(`#accounts-${tooling.id}`);
    await page.screenshot({ path: path.join(screenshots, 'mappings.png'), fullPage: true });
    expect(await gap.textContent()).toContain(`Bill ${unmapped.id}`);
    const repairs = stack.procurify.control.state().accountCodes.find((code) => code.code === '5500')!;
    await gap.locator('select').selectOption(String(repairs.id));
    await gap.getByRole('button', { name: 'Map' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Mapping saved');
    await waitForState(page, `${stack.baseUrl}/admin/records/vendorbill/${unmapped.id}`, 'synced');
    expect(await page.locator('table').first().textContent()).toContain('5500');
    await page.screenshot({ path: path.join(screenshots, 'record.png'), fullPage: true });

    // Replay the failed bill from the queue once Procurify accepts bill writes again.
    stack.procurify.control.updateSettings({ billWriteEnabled: true });
    await page.goto(`${stack.baseUrl}/admin/queue?status=failed`);
    const failedRow = page.locator('tr', { has: page.getByRole('link', { name: `Bill ${failing.id}`, exact: true }) });
    await failedRow.getByRole('button', { name: 'Replay' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('1 record queued for replay');
    await waitForState(page, page.url(), 'synced');

    // A form post without the CSRF token is refused, even with the session cookie.
    const forged = await context.request.post(`${stack.baseUrl}/admin/queue/replay`, {
      form: { all: 'needs_mapping' },
    });
    expect(forged.status()).toBe(403);

    // Audit verification.
    await page.getByRole('link', { name: 'Audit', exact: true }).click();
    await page.getByRole('button', { name: 'Verify the audit chain' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toMatch(/The audit chain is intact: \d+ entries verified/);

    // Hostile strings render as text and run nothing.
    await page.goto(`${stack.baseUrl}/admin/records/vendor/${SCENARIO_CASES.vendorHostileName}`);
    expect(await page.locator('.headline .what').textContent()).toBe(HOSTILE_VENDOR_NAME);
    await page.goto(`${stack.baseUrl}/admin/records/vendorbill/${hostileBill}`);
    expect(await page.locator('.headline .what').textContent()).toContain(HOSTILE_VENDOR_NAME);
    expect(await page.locator('.issues').first().textContent()).toContain(HOSTILE_ACCOUNT_NAME);
    await page.goto(`${stack.baseUrl}/admin/queue`);
    expect(await page.locator('main').textContent()).toContain(HOSTILE_ACCOUNT_NAME);
    await page.goto(`${stack.baseUrl}/admin/mappings`);
    await page.goto(`${stack.baseUrl}/admin/audit`);
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});

/** One failed bill, held bills, synced, linked and skipped ones, and a bill full of markup. */
async function seedRecords(stack: Stack): Promise<string> {
  const failing = billSnapshot(SCENARIO_CASES.billTwoLines);
  stack.procurify.control.updateSettings({ billWriteEnabled: false, billWriteRefusalStatus: 405 });
  await stack.sendEvents([envelope('vendor', vendorSnapshot(failing.entity.id)), envelope('vendorbill', failing)]);
  await stack.waitFor('vendorbill', failing.id, ['failed']);
  stack.procurify.control.updateSettings({ billWriteEnabled: true });

  const caseBills = [
    SCENARIO_CASES.billUnmappedAccount,
    SCENARIO_CASES.billNoProcurifyAccount,
    SCENARIO_CASES.billUnmappedDepartment,
    SCENARIO_CASES.billPendingApproval,
    SCENARIO_CASES.billAlreadyInProcurify,
    SCENARIO_CASES.billExpenseAndItems,
  ];
  const caseIds = new Set<string>(Object.values(SCENARIO_CASES));
  const others = stack.scenario.bills.filter((bill) => !caseIds.has(bill.id)).slice(0, 16);
  const hostileId = others.pop()!.id;
  const bills = [...caseBills, ...others.map((bill) => bill.id)].map((id) => billSnapshot(id));
  const hostile = billSnapshot(hostileId);
  const hostileVendor = vendorSnapshot(SCENARIO_CASES.vendorHostileName);
  Object.assign(hostile, {
    entity: { id: hostileVendor.id, name: hostileVendor.companyName },
    memo: '</td><script>alert("memo")</script>',
  });
  hostile.expenses[0]!.account = { id: '99999', number: '9999', name: HOSTILE_ACCOUNT_NAME };
  const vendorIds = new Set([...bills.map((bill) => bill.entity.id), hostileVendor.id]);
  await stack.sendEvents([...vendorIds].map((id) => envelope('vendor', vendorSnapshot(id))));
  await stack.sendEvents([...bills, hostile].map((bill) => envelope('vendorbill', bill)));
  await waitUntilNothingPending(stack);
  return hostileId;
}

async function waitUntilNothingPending(stack: Stack): Promise<void> {
  await expect
    .poll(async () => (await stack.admin<{ items: unknown[] }>('/v1/records?status=pending')).body.items.length, {
      timeout: 30_000,
      interval: 100,
    })
    .toBe(0);
}

async function countOnDashboard(page: Page, state: string): Promise<number> {
  const tile = page.locator('.counts a', { has: page.locator('.state', { hasText: new RegExp(`^${state}$`) }) });
  return Number(await tile.locator('.count').textContent());
}

/** Reloads a record page until its state badge says `state`. */
async function waitForState(page: Page, url: string, state: string): Promise<void> {
  await expect
    .poll(
      async () => {
        await page.goto(url);
        return page.locator('.headline .state').textContent();
      },
      { timeout: 20_000, interval: 200 },
    )
    .toBe(state);
}

function screenshotDir(): string {
  if (process.env.MLC_UPDATE_SCREENSHOTS !== '1') return tempDir('mlc-screenshots-');
  const dir = path.resolve('docs/screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}
