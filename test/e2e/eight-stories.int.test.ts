import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../relay/src/cli/csv';
import { startDemo, type RunningDemo } from '../../relay/src/demo/run-demo';
import { SCENARIO_CASES } from '../../simulators/scenario/three-plants';
import { runMlc } from '../relay/cli/run-mlc';
import { hasChromium, launchBrowser } from '../relay/pages/browser';

// The eight recovery stories of a new user, walked against the demo's own stack (both simulators
// with the compiled SuiteApp, the relay as a child process, the dispatcher running), in Chromium
// and with the CLI as a user runs it. Each ends synced, or explained, on the first Replay. The
// stories run in order on one demo, as one person would meet them in an afternoon.

const C = SCENARIO_CASES;
const ROOT = path.resolve(import.meta.dirname, '..', '..');

let demo: RunningDemo;
let browser: BrowserContext;
let page: Page;
let dataDir: string;
let relay: string;

if (!hasChromium) console.warn('story walks skipped: /usr/bin/chromium is not installed (CI installs it)');

describe.skipIf(!hasChromium)('the eight recovery stories, against the demo', () => {
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'mlc-stories-'));
    demo = await startDemo({
      root: ROOT,
      dataDir,
      relayPort: 0,
      procurifyPort: 0,
      netsuitePort: 0,
      say: () => {},
    });
    expect(demo.settled).toBe(true);
    relay = demo.relay.baseUrl;
    browser = await launchBrowser(path.join(dataDir, 'chromium'));
    page = await browser.newPage();
    await page.goto(`${relay}/admin/sign-in`);
    await page.getByLabel('Admin token').fill(demo.adminToken);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('h1', { hasText: 'Dashboard' }).waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('1. an account added in Procurify: Replay on the bill page syncs it at once', async () => {
    await openRecord('vendorbill', C.billNoProcurifyAccount);
    expect(await state()).toBe('needs mapping');
    const issue = await page.locator('.issues li').first().textContent();
    expect(issue).toContain('Procurify has no active account for account code 6100 × department "Windsor Plant"');

    // In Procurify, someone adds the account the message names.
    const procurify = demo.systems.procurify.control;
    const code = procurify.state().accountCodes.find((each) => each.code === '6100')!;
    const windsor = procurify.state().departments.find((each) => each.name.includes('Windsor'))!;
    procurify.addAccount({ accountCodeId: code.id, departmentId: windsor.id, active: true });

    const before = await attempts();
    await page.getByRole('button', { name: 'Replay this record' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('1 record queued for replay, as NetSuite holds it now.');
    await untilState('synced');
    expect(await attempts()).toBe(before + 1);
    expect(await page.locator('table.sent-lines').textContent()).toContain('6100');
  });

  it('2. a name shortened by a mass update (no save event): Replay reads it again from NetSuite', async () => {
    const vendorId = demo.driven.failingVendorId;
    await openRecord('vendor', vendorId);
    expect(await state()).toBe('failed');
    expect(await page.locator('.issues li').first().textContent()).toMatch(
      /has 161 characters; Procurify allows 150\. Shorten it in NetSuite\./,
    );

    demo.systems.netsuite.control.editRecord('vendor', vendorId, {
      fields: { companyname: 'Northwind Precision Machining Cooperative' },
    });
    await page.getByRole('button', { name: 'Replay this record' }).click();
    await untilState('synced');
    const written = demo.systems.procurify.control
      .state()
      .vendors.find((vendor) => vendor.name === 'Northwind Precision Machining Cooperative');
    expect(written).toBeDefined();
    expect(await page.locator('.headline .what').textContent()).toContain('Northwind Precision Machining Cooperative');
  });

  it('3. the gaps exported as CSV, filled in with an account code, imported: the waiting bill goes', async () => {
    const cwd = mkdtempSync(path.join(dataDir, 'csv-'));
    const exported = await mlc(['mappings', 'export', '--gaps', '--out', 'gaps.csv'], cwd);
    expect(exported.code).toBe(0);
    const [header, ...rows] = parseCsv(readFileSync(path.join(cwd, 'gaps.csv'), 'utf8'));
    const tooling = rows.find((row) => row[1] === '5300 Tooling & Dies')!;
    expect(tooling[5]).toContain(`Waiting: vendorbill ${C.billUnmappedAccount}.`);
    expect(tooling[6]).toContain('5500 Equipment Repairs');

    // A row with a mistyped NetSuite id is refused with its row and reason; nothing is applied.
    const mistyped = toCsv([header!, ['accounts', '', '99999', '5500', '', '', '']]);
    writeFileSync(path.join(cwd, 'mistyped.csv'), mistyped);
    const refused = await mlc(['mappings', 'import', 'mistyped.csv'], cwd);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/row 2.*99999/);

    writeFileSync(
      path.join(cwd, 'filled.csv'),
      toCsv([header!, ['accounts', '5300 Tooling & Dies', '', '5500', '', '', '']]),
    );
    const imported = await mlc(['mappings', 'import', 'filled.csv'], cwd);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    await openRecord('vendorbill', C.billUnmappedAccount);
    await untilState('synced');
    await page.goto(`${relay}/admin/mappings`);
    const override = page.locator('tr', { hasText: '5300 Tooling & Dies' }).filter({ hasText: '(by hand)' });
    expect(await override.textContent()).toContain('5500 Equipment Repairs');
  });

  it('4. the Mappings page lists each gap with its waiting records; choosing one sends them, and any mapping can be overridden', async () => {
    await page.goto(`${relay}/admin/mappings`);
    expect(await page.locator('main').textContent()).not.toContain('Everything maps');
    const department = page.locator('tr[id^="departments-"]', { hasText: 'Research' });
    expect(await department.textContent()).toContain(`Bill ${C.billUnmappedDepartment}`);
    const choice = await department.locator('select option').nth(1).textContent();
    await department.locator('select').selectOption({ index: 1 });
    await department.getByRole('button', { name: 'Map' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Mapping saved');
    // Gaps no mapping fixes are explained where they are fixed.
    expect(await page.locator('tr[id="currencies-GBP"]').textContent()).toMatch(/Procurify has [A-Z]{3}(, [A-Z]{3})*/);
    const item = page.locator('tr[id^="items-"]');
    expect(await item.textContent()).toContain('fixed in NetSuite');
    expect(await item.textContent()).toContain(`Bill ${C.billItemWithoutAccount}`);
    await openRecord('vendorbill', C.billUnmappedDepartment);
    await untilState('synced');
    expect(await page.locator('table.sent-lines').textContent()).toContain(choice!.trim());

    // The record page of a held record links to its gap on the Mappings page.
    await openRecord('vendorbill', C.billItemWithoutAccount);
    await page.locator('a[href^="/admin/mappings#items-"]').first().click();
    expect(new URL(page.url()).hash).toMatch(/^#items-/);

    // An automatic mapping is overridden like any other: here a GL account no bill uses yet.
    await page.goto(`${relay}/admin/mappings`);
    const used = new Set(demo.systems.scenario.bills.flatMap((bill) => bill.lines.map((line) => line.accountId)));
    const unused = demo.systems.scenario.accounts.find((account) => account.number && !used.has(account.id))!;
    await page.locator('summary', { hasText: /active NetSuite GL accounts/ }).click();
    const row = page.locator(`tr[id="mapping-accounts-${unused.id}"]`);
    expect(await row.textContent()).toContain('(automatic)');
    await row.locator('select').selectOption({ index: 3 });
    const chosen = await row.locator('select option:checked').textContent();
    await row.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Mapping saved');
    await page.locator('summary', { hasText: /active NetSuite GL accounts/ }).click();
    expect(await row.locator('td').nth(1).textContent()).toBe(`${chosen} (by hand)`);
  });

  it('5. the NetSuite subtab: states in words, times in the user’s format, Resync only where it applies', async () => {
    const runtime = demo.systems.netsuite.suitescript!;
    const synced = runtime.loadForView('vendorbill', C.billTwoLines);
    const syncedTab = await renderTab(synced.tabHtml('Procurify sync'));
    expect(syncedTab).toMatch(/Synced/);
    expect(syncedTab).not.toMatch(/\d{4}-\d{2}-\d{2}T|synced\b.*_/);
    // The simulated user's preferences: M/D/YYYY, 12-hour clock, their own time zone.
    expect(syncedTab).toMatch(/Last synced\s+\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}(:\d{2})? [ap]m/);

    const pending = runtime.loadForView('vendorbill', C.billPendingApproval);
    const pendingTab = await renderTab(pending.tabHtml('Procurify sync'));
    expect(pendingTab).not.toMatch(/Last synced|skipped\b/);
    expect(pending.form.buttons.map((button) => button.label)).not.toContain('Resync to Procurify');

    const held = runtime.loadForView('vendorbill', C.billItemWithoutAccount);
    expect(held.form.buttons.map((button) => button.label)).toContain('Resync to Procurify');
    const heldTab = await renderTab(held.tabHtml('Procurify sync'));
    expect(heldTab).toContain('Needs mapping');
    expect(heldTab).not.toContain('needs_mapping');

    // The item's gap is fixed where the Mappings page says, in NetSuite; Resync on the bill sends it.
    const { scenario } = demo.systems;
    const bill = scenario.bills.find((each) => each.id === C.billItemWithoutAccount)!;
    const noAccount = scenario.items.find(
      (item) => item.expenseAccountId === null && bill.lines.some((line) => line.itemId === item.id),
    )!;
    const supplies = scenario.accounts.find((account) => account.number === '5010')!;
    demo.systems.netsuite.control.editRecord('item', noAccount.id, { fields: { expenseaccount: supplies.id } });
    const alerts = await held.click('custpage_mlc_resync');
    expect(alerts).toEqual([expect.stringContaining('Queued for Procurify')]);
    await openRecord('vendorbill', C.billItemWithoutAccount);
    await untilState('synced');
    const after = await renderTab(
      runtime.loadForView('vendorbill', C.billItemWithoutAccount).tabHtml('Procurify sync'),
    );
    expect(after).toMatch(/Status\s+Synced/);
  });

  it('6. reconciliation opens on a month with bills, keeps skipped bills apart and compares hand mappings through them', async () => {
    await page.goto(`${relay}/admin/reconciliation`);
    await expect.poll(() => page.locator('table.totals').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    const count = (classification: string) =>
      page.locator(`.counts a[data-classification="${classification}"] .count`).textContent();
    expect(Number(await count('matched'))).toBeGreaterThan(5);
    expect(await page.locator('#bills-only_netsuite').textContent()).not.toContain(`Bill ${C.billPendingApproval}`);
    expect(await page.locator('#bills-skipped').textContent()).toContain(`Bill ${C.billPendingApproval}`);
    // The hand-mapped 5300 (story 3) compares through its mapping: no difference by GL account.
    expect(await page.locator('tr.differs', { hasText: '5300' }).count()).toBe(0);
    // Subsidiaries by name; amounts with separators.
    expect(await page.locator('#subsidiary-month').textContent()).toContain('Northwind Fabrication Ltd.');
    expect(await page.locator('table.totals [data-total="netsuite"]').first().textContent()).toMatch(
      /^\d{1,3}(,\d{3})+\.\d{2} [A-Z]{3}$/,
    );
  });

  it('7. record and audit pages in words: what was sent as values, the audit paged and filtered', async () => {
    await openRecord('vendorbill', C.billNoProcurifyAccount);
    const timeline = await page.locator('.timeline').textContent();
    expect(timeline).toMatch(/Replay requested by admin/);
    expect(timeline).toMatch(/needs mapping → synced|pending → synced/);
    await openRecord('vendor', C.vendorUnmappedCurrency);
    // Words first (the issue's code follows only as a reference for support), no JSON, no action names.
    expect(await page.locator('.issues li').first().textContent()).toMatch(
      /^The currency GBP .*Add or activate it in Procurify\./,
    );
    expect(await page.locator('main').textContent()).not.toMatch(/\{"|replay_requested|state_changed/);

    await page.goto(`${relay}/admin/audit`);
    await page.getByRole('navigation', { name: 'Audit pages' }).getByRole('link', { name: /Older/ }).first().click();
    expect(new URL(page.url()).searchParams.get('before')).toBeTruthy();
    await page.goto(`${relay}/admin/audit`);
    await page.getByLabel('Record id').fill(C.billNoProcurifyAccount);
    await page.getByRole('button', { name: 'Filter' }).click();
    const rows = await page.locator('ol.timeline > li').allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toContain(C.billNoProcurifyAccount);
  });

  it('8. the CLI against the demo: exit codes as the README says', async () => {
    const cwd = mkdtempSync(path.join(dataDir, 'cli-'));
    const usage = await mlc(['replay', 'bill', C.billNoProcurifyAccount], cwd);
    expect(usage.code).toBe(2);
    const failed = await mlc(['records', '--status', 'failed'], cwd);
    expect(failed.code).toBe(0);
    // A record waiting for a mapping is not a failure; predicting that it stays held is.
    const held = await mlc(['records', '--status', 'needs_mapping'], cwd);
    expect(held.code).toBe(0);
    expect(held.stdout).toContain(C.vendorUnmappedCurrency);
    const predicted = await mlc(['replay', 'vendor', C.vendorUnmappedCurrency, '--dry-run'], cwd);
    expect(predicted.code).toBe(1);
  });
});

async function openRecord(recordType: string, recordId: string): Promise<void> {
  await page.goto(`${relay}/admin/records/${recordType}/${recordId}`);
}

async function state(): Promise<string | null> {
  return page.locator('.headline .state').textContent();
}

async function attempts(): Promise<number> {
  const facts = page.locator('dl.facts').first();
  return Number(await facts.locator('dt:text-is("Attempts") + dd').textContent());
}

/** Reloads the record page until its state badge says `wanted`. */
async function untilState(wanted: string): Promise<void> {
  const url = page.url().split('?')[0]!;
  await expect
    .poll(
      async () => {
        await page.goto(url);
        return state();
      },
      { timeout: 30_000, interval: 300 },
    )
    .toBe(wanted);
}

/** The subtab's HTML as NetSuite shows it inside the record, read back as the text a person sees. */
async function renderTab(html: string): Promise<string> {
  const file = path.join(dataDir, `tab-${Date.now()}.html`);
  writeFileSync(file, `<!doctype html><meta charset="utf-8"><body style="font:13px Arial">${html}</body>`);
  const tab = await browser.newPage();
  try {
    await tab.goto(`file://${file}`);
    return await tab.locator('body').innerText();
  } finally {
    await tab.close();
  }
}

function mlc(args: string[], cwd: string) {
  const { hostname, port } = new URL(relay);
  return runMlc(args, { cwd, env: { MLC_HOST: hostname, MLC_PORT: port, MLC_ADMIN_TOKEN: demo.adminToken } });
}
