import { describe, expect, it } from 'vitest';
import { SCENARIO_CASES } from '../../../simulators/scenario/three-plants';
import type { TransactionSnapshot, VendorSnapshot } from '../../../suiteapp/src/lib/snapshot-types';
import { billSnapshot, envelope, vendorSnapshot } from '../../helpers/snapshots';
import { SECRETS, startStack, type Stack } from '../../helpers/stack';
import { signIn, type AdminSession } from './admin-session';

// The record and audit pages in words (issue #15, story 7): no JSON, each message once, "What was
// sent" as values, and the audit trail paged by id with its filter kept from page to page.

const LONG_NAME = `Northwind Precision Machining ${'and Tool '.repeat(15)}Cooperative`;

/** The visible text of a page's <main>, entities decoded. */
function mainText(html: string): string {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return main
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

function expectNoJson(text: string, what: string): void {
  expect(text, what).not.toMatch(/[{[]\s*"/);
  expect(text, what).not.toMatch(/"\w+"\s*:/);
}

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

/** The entry ids a rendered audit timeline shows, in order. */
function entryIds(html: string): number[] {
  return [...html.matchAll(/ · #(\d+) · /g)].map((match) => Number(match[1]));
}

async function settle(stack: Stack, keys: [string, string][]): Promise<void> {
  for (const [type, id] of keys) await stack.waitFor(type, id, ['synced', 'linked', 'needs_mapping', 'failed']);
}

describe('record and audit pages in words', () => {
  // One stack for both parts: the records of the first make the trail the second pages through.
  it('shows failed and needs_mapping records without JSON, each message once, what was sent as values, and pages the audit', async () => {
    const stack = await startStack();
    const synced = billSnapshot(SCENARIO_CASES.billTwoLines);
    const unmapped = billSnapshot(SCENARIO_CASES.billUnmappedAccount);
    const failing = { ...vendorSnapshot(SCENARIO_CASES.vendorAlreadySynced), companyName: LONG_NAME };
    const billVendors = new Set([synced.entity.id, unmapped.entity.id]);
    const others = stack.scenario.vendors
      .map((vendor) => vendor.id)
      .filter((id) => !billVendors.has(id) && id !== failing.id)
      .slice(0, 10);
    const vendors = [...billVendors, ...others].map((id) => vendorSnapshot(id));
    await stack.sendEvents([...vendors, failing].map((vendor) => envelope('vendor', vendor)));
    await settle(
      stack,
      [...billVendors].map((id) => ['vendor', id]),
    );
    await stack.sendEvents([envelope('vendorbill', synced), envelope('vendorbill', unmapped)]);
    await settle(stack, [
      ['vendorbill', synced.id],
      ['vendorbill', unmapped.id],
      ...[...vendors, failing].map((vendor): [string, string] => ['vendor', vendor.id]),
    ]);
    const session = await signIn(stack.baseUrl);
    await recordPagesInWords(stack, session, { synced, unmapped, failing });
    await auditPagedAndFiltered(stack, session, [...vendors, failing].length);
  });
});

async function recordPagesInWords(
  stack: Stack,
  session: AdminSession,
  records: { synced: TransactionSnapshot; unmapped: TransactionSnapshot; failing: VendorSnapshot },
): Promise<void> {
  const { synced, unmapped, failing } = records;
  // The failed vendor: the reason in words, once; its code small beside it; the name it would send.
  const failedRecord = await stack.admin<{ status: string; issues: { code: string; message: string }[] }>(
    `/v1/records/vendor/${failing.id}`,
  );
  expect(failedRecord.body.status).toBe('failed');
  const vendorPage = await session.get(`/admin/records/vendor/${failing.id}`);
  const vendorText = mainText(vendorPage.html);
  expectNoJson(vendorText, 'failed vendor');
  const reason = failedRecord.body.issues[0]!;
  expect(count(vendorText, reason.message)).toBe(1);
  expect(vendorPage.html).toContain(`<code class="issue-code">${reason.code}</code>`);
  expect(vendorText).toContain('Nothing was sent to Procurify for this record yet');
  expect(vendorText).toContain(`Vendor name ${LONG_NAME}`);
  expect(vendorText).toContain('Changed in NetSuite (sent when the record was saved)');

  // The bill waiting for a mapping: its issue once, the missing account code shown as missing.
  const unmappedRecord = await stack.admin<{ status: string; issues: { message: string }[] }>(
    `/v1/records/vendorbill/${unmapped.id}`,
  );
  expect(unmappedRecord.body.status).toBe('needs_mapping');
  const billPage = await session.get(`/admin/records/vendorbill/${unmapped.id}`);
  const billText = mainText(billPage.html);
  expectNoJson(billText, 'needs_mapping bill');
  for (const issue of unmappedRecord.body.issues) expect(count(billText, issue.message)).toBe(1);
  expect(billText).toContain(`Invoice number ${unmapped.tranId}`);
  expect(billText).toContain('It sends these values once it maps');

  // The synced bill: the values sent (invoice number, vendor, amounts, account codes), requests folded below.
  const syncedPage = await session.get(`/admin/records/vendorbill/${synced.id}`);
  const syncedText = mainText(syncedPage.html);
  expectNoJson(syncedText, 'synced bill');
  expect(syncedText).toMatch(/What was sent Sent to Procurify, last/);
  expect(syncedText).toContain(`Vendor ${synced.entity.name}`);
  expect(syncedText).toContain(`Invoice number ${synced.tranId}`);
  const sent = syncedPage.html.slice(syncedPage.html.indexOf('<table class="sent-lines">'));
  for (const line of synced.expenses) {
    expect(sent).toContain(`<td>${line.account.number}</td>`);
    expect(sent).toContain(Number(line.amount).toLocaleString('en-US', { minimumFractionDigits: 2 }));
  }
  expect(syncedPage.html).toMatch(/<details class="requests-made"><summary>\d+ requests to Procurify/);
  for (const page of [vendorPage, billPage, syncedPage]) {
    for (const secret of [SECRETS.adminToken, SECRETS.eventSecret, SECRETS.procurifyClientSecret]) {
      expect(page.html).not.toContain(secret);
    }
  }
}

async function auditPagedAndFiltered(stack: Stack, session: AdminSession, vendorCount: number): Promise<void> {
  const all = await stack.admin<{ items: { id: number }[] }>('/v1/audit?recordType=vendor&limit=500');
  const ids = all.body.items.map((entry) => entry.id);
  expect(ids.length).toBeGreaterThan(50);

  // Page 1 of the filtered trail: the newest 50, and an "Older" link that keeps the filter.
  const first = await session.get('/admin/audit?recordType=vendor');
  expect(entryIds(first.html)).toEqual(ids.slice(0, 50));
  expectNoJson(mainText(first.html), 'audit page');
  const older = /<a href="([^"]+)">Older →<\/a>/.exec(first.html)?.[1]?.replaceAll('&amp;', '&');
  expect(older).toBe(`/admin/audit?recordType=vendor&before=${ids[49]}`);
  const second = await session.get(older!);
  expect(entryIds(second.html)).toEqual(ids.slice(50, 100));
  expect(second.html).toContain('<option value="vendor" selected="">Vendor</option>');
  const newer = /<a href="([^"]+)">← Newer<\/a>/.exec(second.html)?.[1]?.replaceAll('&amp;', '&');
  expect(newer).toBe(`/admin/audit?recordType=vendor&after=${ids[50]}`);
  expect(entryIds((await session.get(newer!)).html)).toEqual(ids.slice(0, 50));

  // Filters by record, action and actor, alone and together; the admin API takes the same.
  const byRecord = await session.get('/admin/audit?recordType=vendor&recordId=' + SCENARIO_CASES.vendorAlreadySynced);
  const recordIds = await stack.admin<{ items: { id: number }[] }>(
    `/v1/audit?recordType=vendor&recordId=${SCENARIO_CASES.vendorAlreadySynced}`,
  );
  expect(entryIds(byRecord.html)).toEqual(recordIds.body.items.map((entry) => entry.id));
  const changes = await session.get('/admin/audit?recordType=vendor&action=state_changed&actor=worker');
  const changeIds = entryIds(changes.html);
  expect(changeIds).toHaveLength(vendorCount);
  expect(count(changes.html, '<strong>State changed</strong>')).toBe(vendorCount);
  expect(changes.html).toContain('<option value="state_changed" selected="">State changed</option>');
  const query = '/v1/audit?recordType=vendor&action=state_changed&actor=worker&limit=5';
  const api = await stack.admin<{ items: { id: number }[]; nextBefore: number | null }>(query);
  expect(api.body.items.map((entry) => entry.id)).toEqual(changeIds.slice(0, 5));
  expect(api.body.nextBefore).toBe(changeIds[4]);
  const next = await stack.admin<{ items: { id: number }[] }>(`${query}&before=${api.body.nextBefore}`);
  expect(next.body.items.map((entry) => entry.id)).toEqual(changeIds.slice(5, 10));
  expect((await stack.admin('/v1/audit?action=no_such_action')).status).toBe(400);
  expect(entryIds((await session.get('/admin/audit?actor=nobody')).html)).toEqual([]);
}
