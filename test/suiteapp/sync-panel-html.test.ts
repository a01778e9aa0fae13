import { describe, expect, it } from 'vitest';
import { parseSyncDetail } from '../../suiteapp/src/lib/sync-detail';
import {
  parseIsoTime,
  renderSyncPanel,
  renderSyncUnavailable,
  type SyncPanelState,
} from '../../suiteapp/src/lib/sync-panel-html';

const HOSTILE = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "' onmouseover='alert(1)"];

function state(overrides: Partial<SyncPanelState> = {}): SyncPanelState {
  return {
    status: null,
    procurifyId: null,
    syncedAt: null,
    message: null,
    detail: parseSyncDetail(null),
    ...overrides,
  };
}

/** Every tag the panel may emit; anything else came from data and escaped the escaping. */
function foreignTags(html: string): string[] {
  const allowed = /^<\/?(div|table|tr|th|td|span|a|h4|ul|li)[\s>]/;
  return (html.match(/<[^>]*>/g) ?? []).filter((tag) => !allowed.test(tag));
}

describe('Procurify sync panel', () => {
  it('shows the status as a coloured badge with words', () => {
    const html = renderSyncPanel(state({ status: 'needs_mapping' }));
    expect(html).toContain('background:#b35900');
    expect(html).toContain('>Needs mapping</span>');
  });

  it.each([
    ['synced', 'Synced to Procurify'],
    ['linked', 'Linked to an existing Procurify record'],
    ['needs_mapping', 'Needs mapping'],
    ['failed', 'Failed'],
    ['skipped', 'Skipped'],
    ['deleted', 'Deleted'],
  ])('shows the state %s in words, never its code', (status, words) => {
    const html = renderSyncPanel(state({ status }));
    expect(html).toContain(`>${words}</span>`);
    expect(html.replace(/class="[^"]*"/g, '')).not.toContain(status);
  });

  it('says "Not synced yet" before the relay wrote anything', () => {
    expect(renderSyncPanel(state())).toContain('Not synced yet');
  });

  it('links the Procurify id when the relay gave an http(s) link, and never a javascript: one', () => {
    const linked = renderSyncPanel(
      state({ procurifyId: '812', detail: parseSyncDetail('{"link":"https://acme.procurify.com/vendors/812"}') }),
    );
    expect(linked).toContain(
      '<a href="https://acme.procurify.com/vendors/812" target="_blank" rel="noopener noreferrer">812</a>',
    );
    const hostile = renderSyncPanel(
      state({ procurifyId: '812', detail: parseSyncDetail('{"link":"javascript:alert(1)"}') }),
    );
    expect(hostile).not.toContain('<a ');
  });

  it('marks each line mapping ok or missing', () => {
    const detail = parseSyncDetail(
      JSON.stringify({
        lines: [
          {
            line: 1,
            glAccount: '6100 Software',
            accountCode: '6100',
            department: 'Engineering',
            procurifyDepartment: 'Engineering',
          },
          { line: 2, glAccount: 'Travel', accountCode: null, department: 'Sales', procurifyDepartment: null },
        ],
      }),
    );
    const html = renderSyncPanel(state({ status: 'needs_mapping', detail }));
    expect(html.match(/>missing</g)).toHaveLength(2);
    expect(html).toContain('<span style="color:#1e7e34">ok</span> 6100');
  });

  it('lists recent history in plain words', () => {
    const detail = parseSyncDetail(
      JSON.stringify({ history: [{ at: '2026-11-20T14:05:00Z', status: 'synced', message: 'Written to Procurify' }] }),
    );
    expect(renderSyncPanel(state({ detail }))).toContain(
      '<li>2026-11-20T14:05:00Z: Synced to Procurify — Written to Procurify</li>',
    );
  });

  it('shows only the rows that apply: no Procurify id, last sync or message before there is one', () => {
    const never = renderSyncPanel(state({ status: 'needs_mapping', message: 'Line 2 does not map' }));
    expect(never).not.toContain('Last synced');
    expect(never).not.toContain('Procurify id');
    expect(never).toContain('Line 2 does not map');
    expect(renderSyncPanel(state())).not.toMatch(/Message|Last synced|Procurify id|—/);
    const synced = renderSyncPanel(state({ status: 'synced', procurifyId: '812', syncedAt: '2026-11-20T14:03:15Z' }));
    expect(synced).toContain('<th style="text-align:left;padding:2px 12px 2px 0">Last synced</th>');
    expect(synced).toContain('>812</td>');
  });

  it("names a skipped bill's reason from the bill's own approval, and a skipped purchase order's", () => {
    const skipped = (facts: SyncPanelState['facts']) =>
      renderSyncPanel(state({ status: 'skipped', message: 'Not synced: Bill INV-1003 is pending approval.', facts }));
    expect(skipped({ recordType: 'vendorbill', approvalStatus: 'pending' })).toContain(
      '>Skipped: not approved yet</span>',
    );
    expect(skipped({ recordType: 'vendorbill', approvalStatus: 'rejected' })).toContain(
      '>Skipped: rejected in NetSuite</span>',
    );
    // Approved since the relay skipped it: the reason no longer holds, and Resync will help.
    expect(skipped({ recordType: 'vendorbill', approvalStatus: 'approved' })).toContain('>Skipped</span>');
    expect(skipped({ recordType: 'purchaseorder', approvalStatus: null })).toContain(
      '>Skipped: purchase orders are not sent</span>',
    );
    // The message already says why there is no Resync button.
    expect(skipped({ recordType: 'vendorbill', approvalStatus: 'pending' })).not.toContain('Note');
  });

  it('says why there is no Resync button on a synced bill sent back for approval', () => {
    const html = renderSyncPanel(
      state({ status: 'synced', procurifyId: '812', facts: { recordType: 'vendorbill', approvalStatus: 'pending' } }),
    );
    expect(html).toContain('>Synced to Procurify</span>');
    expect(html).toContain('This bill syncs by itself once it is approved.');
  });

  it.each(HOSTILE)('escapes a hostile value everywhere it can appear: %s', (hostile) => {
    const detail = parseSyncDetail(
      JSON.stringify({
        lines: [
          { line: 1, glAccount: hostile, accountCode: hostile, department: hostile, procurifyDepartment: hostile },
        ],
        history: [{ at: hostile, status: hostile, message: hostile }],
      }),
    );
    const html = renderSyncPanel(
      state({ status: hostile, procurifyId: hostile, syncedAt: hostile, message: `Vendor ${hostile} failed`, detail }),
    );
    expect(foreignTags(html)).toEqual([]);
    expect(html).not.toContain(hostile);
    expect(html).toMatch(/&lt;|&#39;/);
  });

  it('ignores a detail field that is not JSON instead of failing the page', () => {
    expect(parseSyncDetail('{not json')).toEqual({ link: null, lines: [], history: [] });
  });
});

describe('times on the Procurify sync panel', () => {
  const showTime = (at: Date) => `user time of ${at.toISOString()}`;

  it("shows the last sync and each history entry through the user's time format", () => {
    const detail = parseSyncDetail(JSON.stringify({ history: [{ at: '2026-11-20T14:05:00Z', status: 'synced' }] }));
    const html = renderSyncPanel(state({ syncedAt: '2026-11-20T14:03:15Z', detail }), showTime);
    expect(html).toContain('<td>user time of 2026-11-20T14:03:15.000Z</td>');
    expect(html).toContain('<li>user time of 2026-11-20T14:05:00.000Z: Synced to Procurify</li>');
  });

  it('shows a time that is not ISO-8601 as written, and keeps ISO-8601 when no formatter is given', () => {
    expect(renderSyncPanel(state({ syncedAt: 'yesterday' }), showTime)).toContain('<td>yesterday</td>');
    expect(renderSyncPanel(state({ syncedAt: '2026-11-20T14:03:15Z' }))).toContain('<td>2026-11-20T14:03:15Z</td>');
  });

  it('shows the time as written when the formatter fails', () => {
    const failing = () => {
      throw new Error('no preferences');
    };
    expect(renderSyncPanel(state({ syncedAt: '2026-11-20T14:03:15Z' }), failing)).toContain(
      '<td>2026-11-20T14:03:15Z</td>',
    );
  });

  it.each([
    ['2026-11-20T14:03:15Z', true],
    ['2026-11-20T14:03:15.123+01:00', true],
    ['2026-11-20', false],
    ['2026-13-45T99:99:99Z', false],
  ])('reads %s as an ISO-8601 time: %s', (text, isTime) => {
    expect(parseIsoTime(text) !== null).toBe(isTime);
  });

  it('says in plain words that the sync state could not be read, escaping the reason', () => {
    const html = renderSyncUnavailable('SSS_INSUFFICIENT_PERMISSION: <b>no</b>');
    expect(html).toContain('could not be read');
    expect(html).toContain('&lt;b&gt;no&lt;/b&gt;');
  });
});
