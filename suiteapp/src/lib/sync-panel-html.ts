// Renders the "Procurify sync" tab from the record's sync-state record (what the relay last wrote;
// no outbound call). Times come as ISO-8601 text and are shown through `showTime`, which the
// SuiteApp points at N/format so each user sees their own date format and time zone. States are
// shown in words (sync-state-words.ts), and only the rows that apply: no Procurify id before there
// is one, no last sync on a record never synced.
import { escapeHtml, safeHref } from './html';
import type { LineMapping, SyncDetail } from './sync-detail';
import { resyncWithheldNote, stateWords, type RecordFacts } from './sync-state-words';

export interface SyncPanelState {
  /** null when the record has no sync-state record yet. */
  status: string | null;
  procurifyId: string | null;
  syncedAt: string | null;
  message: string | null;
  detail: SyncDetail;
  /** The open record's type and approval status, which name a skipped record's reason. */
  facts?: RecordFacts;
}

/** Formats an instant for the reader; the default keeps ISO-8601. */
export type ShowTime = (at: Date) => string;

/** An ISO-8601 time with a zone (as the relay writes them), or null for anything else. */
export function parseIsoTime(text: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) return null;
  const at = new Date(text);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** Text for a time field: formatted when it is a time, else the text as written (escaped by the caller). */
function timeText(text: string, showTime: ShowTime): string {
  const at = parseIsoTime(text);
  if (at === null) return text;
  try {
    return showTime(at);
  } catch {
    return text;
  }
}

const GREY = '#5b6770';

/** The badge's colour; the words carry the meaning, so it reads without colour too. */
const COLOURS: Record<string, string> = {
  synced: '#1e7e34',
  linked: '#1e7e34',
  needs_mapping: '#b35900',
  failed: '#b02a37',
};

function badge(status: string | null, facts: RecordFacts | undefined): string {
  const words = stateWords(status, facts);
  const colour = (status === null ? undefined : COLOURS[status]) ?? GREY;
  return (
    `<span class="mlc-badge" style="background:${colour};color:#fff;border-radius:3px;padding:2px 8px;` +
    `font-weight:bold">${escapeHtml(words)}</span>`
  );
}

function row(label: string, valueHtml: string): string {
  return `<tr><th style="text-align:left;padding:2px 12px 2px 0">${escapeHtml(label)}</th><td>${valueHtml}</td></tr>`;
}

function mark(value: string | null): string {
  return value === null
    ? '<span style="color:#b02a37;font-weight:bold">missing</span>'
    : `<span style="color:#1e7e34">ok</span> ${escapeHtml(value)}`;
}

function lineRow(line: LineMapping): string {
  const cells = [
    escapeHtml(line.line),
    escapeHtml(line.glAccount ?? ''),
    mark(line.accountCode),
    escapeHtml(line.department ?? ''),
    mark(line.procurifyDepartment),
  ];
  return `<tr>${cells.map((cell) => `<td style="padding:2px 8px">${cell}</td>`).join('')}</tr>`;
}

function linesTable(lines: LineMapping[]): string {
  if (lines.length === 0) return '';
  const head = ['Line', 'GL account', 'Procurify account code', 'Department', 'Procurify department']
    .map((title) => `<th style="text-align:left;padding:2px 8px">${escapeHtml(title)}</th>`)
    .join('');
  return `<h4>Line mapping</h4><table class="mlc-lines"><tr>${head}</tr>${lines.map(lineRow).join('')}</table>`;
}

function historyList(detail: SyncDetail, showTime: ShowTime, facts: RecordFacts | undefined): string {
  if (detail.history.length === 0) return '';
  // A past outcome's reason is not the record's current approval: only its type names one.
  const pastFacts = facts && { recordType: facts.recordType };
  const items = detail.history.map((entry) => {
    const words = stateWords(entry.status, pastFacts);
    const message = entry.message === null ? '' : ` — ${escapeHtml(entry.message)}`;
    return `<li>${escapeHtml(timeText(entry.at, showTime))}: ${escapeHtml(words)}${message}</li>`;
  });
  return `<h4>Recent history</h4><ul class="mlc-history">${items.join('')}</ul>`;
}

function procurifyIdHtml(procurifyId: string, link: string | null): string {
  const href = safeHref(link);
  const id = escapeHtml(procurifyId);
  return href === null ? id : `<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">${id}</a>`;
}

const isoText: ShowTime = (at) => at.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * Why there is no Resync button, when the state's own message does not say it already (a skipped
 * bill's message gives the reason; a bill sent back for approval after a sync does not).
 */
function withheldNote(state: SyncPanelState): string | null {
  if (!state.facts || state.status === 'skipped') return null;
  return resyncWithheldNote(state.facts);
}

export function renderSyncPanel(state: SyncPanelState, showTime: ShowTime = isoText): string {
  const note = withheldNote(state);
  const rows: string[] = [row('Status', badge(state.status, state.facts))];
  if (state.procurifyId !== null) rows.push(row('Procurify id', procurifyIdHtml(state.procurifyId, state.detail.link)));
  if (state.syncedAt !== null) rows.push(row('Last synced', escapeHtml(timeText(state.syncedAt, showTime))));
  if (state.message !== null) rows.push(row('Message', escapeHtml(state.message)));
  if (note !== null) rows.push(row('Note', escapeHtml(note)));
  return (
    `<div class="mlc-sync-panel"><table class="mlc-summary">${rows.join('')}</table>` +
    `${linesTable(state.detail.lines)}${historyList(state.detail, showTime, state.facts)}</div>`
  );
}

/** The tab when the sync-state record cannot be read (most often: the role lacks View on it). */
export function renderSyncUnavailable(reason: string): string {
  return (
    '<div class="mlc-sync-panel"><p>The Procurify sync state could not be read. Your role may need View ' +
    `permission on the ml-connector sync state record. (${escapeHtml(reason)})</p></div>`
  );
}
