import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSyncDetail } from '../../suiteapp/src/lib/sync-detail';
import { renderSyncPanel } from '../../suiteapp/src/lib/sync-panel-html';
import type { EventEnvelope } from '../../suiteapp/src/lib/snapshot-types';
import { billSnapshot, envelope, vendorSnapshot } from '../helpers/snapshots';
import { startStack, type Stack } from '../helpers/stack';
import { signIn } from '../relay/pages/admin-session';
import { escaped, HOSTILE_TEXTS, hostileBill, hostileVendor } from './support/hostile-text';
import { shownState } from '../helpers/sync-state';
import { proofScale } from './support/proof-scale';

// Injection strings and unicode edge cases in every text field travel the whole way: ingest, sync to
// the Procurify simulator, writeback to NetSuite, the NetSuite subtab (rendered by the SuiteApp's
// own renderer from the written-back _mlc_ fields) and the admin pages. They stay data.

const FINAL = ['synced', 'linked', 'needs_mapping', 'failed', 'skipped'];
const { propertyRuns } = proofScale();

async function tableCounts(stack: Stack): Promise<Record<string, number>> {
  const client = stack.relay.database.client;
  const tables = await client.execute("select name from sqlite_master where type = 'table' order by name");
  const counts: Record<string, number> = {};
  for (const row of tables.rows) {
    const name = String(row.name);
    counts[name] = Number((await client.execute(`select count(*) as n from "${name}"`)).rows[0]?.n);
  }
  return counts;
}

/** The subtab exactly as the SuiteApp renders it from the sync-state record the relay wrote. */
function subtabHtml(stack: Stack, type: 'vendor' | 'vendorbill', id: string): string {
  const shown = shownState(stack.netsuite.store, type, id);
  return renderSyncPanel({
    status: shown?.status ?? null,
    procurifyId: shown?.procurifyId ?? null,
    syncedAt: shown?.syncedAt ?? null,
    message: shown?.message ?? null,
    detail: parseSyncDetail(shown ? JSON.stringify(shown.detail) : null),
  });
}

/** Tags the subtab may emit; anything else came from data. */
function foreignTags(html: string): string[] {
  const allowed = /^<\/?(div|table|tr|th|td|span|a|h4|ul|li)[\s>]/;
  return (html.match(/<[^>]*>/g) ?? []).filter((tag) => !allowed.test(tag));
}

function expectNoInjectedMarkup(html: string): void {
  expect(html).not.toContain('<script>alert(1)</script>');
  expect(html).not.toContain('<img src=x');
  // Escaped text may read "onerror=" harmlessly; no tag may carry it.
  expect((html.match(/<[^>]*>/g) ?? []).filter((tag) => /onerror|<script/i.test(tag))).toEqual([]);
}

describe('hostile text through the whole pipeline', () => {
  it('keeps injection strings and unicode edge cases as data from ingest to Procurify, the NetSuite subtab and the admin pages', async () => {
    const stack = await startStack();
    const before = await tableCounts(stack);
    const bills = stack.scenario.bills.slice(0, HOSTILE_TEXTS.length * 2);
    const textOf = (index: number) => HOSTILE_TEXTS[index % HOSTILE_TEXTS.length]!;
    const vendorIds = [...new Set(bills.map((bill) => bill.vendorId))];
    const events: EventEnvelope[] = [
      ...vendorIds.map((id, index) => envelope('vendor', hostileVendor(vendorSnapshot(id), textOf(index)))),
      ...bills.map((bill, index) => envelope('vendorbill', hostileBill(billSnapshot(bill.id), textOf(index)))),
    ];
    await stack.sendEvents(events);
    for (const id of vendorIds) await stack.waitFor('vendor', id, FINAL, 60_000);
    for (const bill of bills) await stack.waitFor('vendorbill', bill.id, FINAL, 60_000);

    // No SQL effect: the same tables, nothing deleted; one record per NetSuite record.
    const after = await tableCounts(stack);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(after.sync_record).toBe(vendorIds.length + bills.length);

    // Procurify holds the text exactly as sent where it accepted the record.
    const state = stack.procurify.control.state();
    let checkedInProcurify = 0;
    for (const [index, id] of vendorIds.entries()) {
      const written = state.vendors.filter((vendor) => vendor.external_id === `ns:${stack.scenario.accountId}:${id}`);
      const record = await stack.admin<{ status: string }>(`/v1/records/vendor/${id}`);
      if (record.body.status !== 'synced') continue;
      expect(written.map((vendor) => vendor.name)).toEqual([`${textOf(index)} ${id}`]);
      checkedInProcurify += 1;
    }
    for (const [index, bill] of bills.entries()) {
      const record = await stack.admin<{ status: string; procurifyId: string }>(`/v1/records/vendorbill/${bill.id}`);
      if (record.body.status !== 'synced') continue;
      const written = state.bills.filter((candidate) => candidate.uuid === record.body.procurifyId);
      expect(written.map((candidate) => candidate.invoice_number)).toEqual([`${textOf(index)} #${bill.id}`]);
      checkedInProcurify += 1;
    }
    expect(checkedInProcurify).toBeGreaterThan(vendorIds.length);

    // The NetSuite subtab: only the renderer's own tags; the hostile GL account names show escaped.
    let shownInSubtab = 0;
    for (const [index, bill] of bills.entries()) {
      const html = subtabHtml(stack, 'vendorbill', bill.id);
      expect(foreignTags(html)).toEqual([]);
      expectNoInjectedMarkup(html);
      if (html.includes(escaped(textOf(index)))) shownInSubtab += 1;
    }
    for (const id of vendorIds) expect(foreignTags(subtabHtml(stack, 'vendor', id))).toEqual([]);
    expect(shownInSubtab).toBeGreaterThan(0);

    // The admin pages: the record page of each bill and vendor, the queue and the audit trail.
    const session = await signIn(stack.baseUrl);
    const pages = [
      '/admin/queue',
      '/admin/audit',
      ...vendorIds.map((id) => `/admin/records/vendor/${id}`),
      ...bills.map((bill) => `/admin/records/vendorbill/${bill.id}`),
    ];
    let shownInPages = 0;
    for (const path of pages) {
      const { status, html } = await session.get(path);
      expect(status, path).toBe(200);
      expectNoInjectedMarkup(html);
      if (HOSTILE_TEXTS.slice(0, 3).some((text) => html.includes(escaped(text)))) shownInPages += 1;
    }
    expect(shownInPages).toBeGreaterThan(0);
  }, 120_000);

  it('stores any unicode text in a snapshot exactly as sent (fast-check)', async () => {
    const stack = await startStack();
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }),
      fc.string({ unit: 'grapheme-composite', minLength: 1, maxLength: 50 }),
      fc.constantFrom(...HOSTILE_TEXTS),
    );
    let version = 0;
    await fc.assert(
      fc.asyncProperty(text, text, async (name, memo) => {
        version += 1;
        const vendor = hostileVendor(vendorSnapshot('201'), name);
        const bill = hostileBill(billSnapshot('1001'), memo);
        const stamp = new Date(Date.parse('2026-12-01T00:00:00Z') + version * 1000).toISOString();
        const sent = [
          envelope('vendor', { ...vendor, lastModified: stamp }),
          envelope('vendorbill', { ...bill, lastModified: stamp }),
        ];
        const answer = await stack.sendEvents(sent);
        expect(answer.accepted).toEqual(sent.map((event) => event.eventId));
        const stored = await stack.relay.database.client.execute({
          sql: 'select event_id, snapshot from inbound_event where event_id in (?, ?)',
          args: sent.map((event) => event.eventId),
        });
        const byId = new Map(stored.rows.map((row) => [String(row.event_id), JSON.parse(String(row.snapshot))]));
        expect(byId.get(sent[0]!.eventId)).toEqual(sent[0]!.snapshot);
        expect(byId.get(sent[1]!.eventId)).toEqual(sent[1]!.snapshot);
      }),
      { numRuns: propertyRuns },
    );
    const tables = await stack.relay.database.client.execute(
      "select count(*) as n from sqlite_master where type = 'table'",
    );
    expect(Number(tables.rows[0]?.n)).toBeGreaterThan(5);
  }, 120_000);
});
