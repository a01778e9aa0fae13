import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir';
import { hasChromium, launchBrowser } from '../relay/pages/browser';
import { buildSuiteApp } from './compiled-suiteapp';
import { newVendor, twoLineBill, waitForSync } from './e2e-records';
import { startE2eWorld } from './e2e-world';

// What an accountant sees on a bill: the compiled SuiteApp's "Procurify sync" tab, rendered from the
// bill's sync-state record, opened in a real browser. With MLC_UPDATE_SCREENSHOTS=1 the picture goes
// to docs/screenshots/ for the install guide.

beforeAll(buildSuiteApp, 120_000);

describe.skipIf(!hasChromium)('the Procurify sync tab in a browser', () => {
  it('shows the state in words, the message and which line lacks a mapping, as an accountant reads it', async () => {
    const world = await startE2eWorld();
    const { runtime } = world;
    const vendorId = runtime.save('vendor', newVendor('Dundas Die Works'));
    const billId = runtime.save('vendorbill', twoLineBill(vendorId, 'DDW-118', ['5010', '5300']));
    runtime.runQueuedTasks();
    await waitForSync(world, 'vendorbill', billId, ['needs_mapping']);
    const html = runtime.loadForView('vendorbill', billId).tabHtml('Procurify sync');

    const page = path.join(tempDir('mlc-subtab-'), 'bill.html');
    writeFileSync(
      page,
      `<!doctype html><meta charset="utf-8"><body style="font:13px Arial;margin:16px">${html}</body>`,
    );
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      await tab.setViewportSize({ width: 900, height: 420 });
      await tab.goto(`file://${page}`);
      expect(await tab.locator('.mlc-badge').innerText()).toBe('Needs mapping');
      const body = await tab.locator('body').innerText();
      expect(body).toContain('5300 Tooling & Dies');
      expect(body).toMatch(/has no Procurify account code/);
      const missing = await tab.locator('text=missing').count();
      expect(missing).toBe(1);
      // Never synced: no last sync time, and no code where words belong.
      expect(body).not.toMatch(/Last synced|needs_mapping/);
      const target =
        process.env.MLC_UPDATE_SCREENSHOTS === '1'
          ? path.resolve(import.meta.dirname, '..', '..', 'docs', 'screenshots', 'netsuite-sync-tab.png')
          : path.join(tempDir('mlc-screenshots-'), 'netsuite-sync-tab.png');
      await tab.screenshot({ path: target, fullPage: true });
    } finally {
      await browser.close();
    }
  });
});
