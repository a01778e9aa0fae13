// Renders the "Procurify sync" tab from the `_mlc_` fields the relay wrote back. It makes no
// outbound call: what it shows is what the relay last wrote.
import { escapeHtml, safeHref } from './html';
import type { LineMapping, SyncDetail } from './sync-detail';

export interface SyncPanelState {
  status: string | null;
  procurifyId: string | null;
  syncedAt: string | null;
  message: string | null;
  detail: SyncDetail;
}

interface Badge {
  words: string;
  colour: string;
}

const BADGES: Record<string, Badge> = {
  pending: { words: 'Pending', colour: '#5b6770' },
  synced: { words: 'Synced', colour: '#1e7e34' },
  linked: { words: 'Linked to an existing Procurify record', colour: '#1e7e34' },
  needs_mapping: { words: 'Needs mapping', colour: '#b35900' },
  failed: { words: 'Failed', colour: '#b02a37' },
  skipped: { words: 'Skipped', colour: '#5b6770' },
  deleted: { words: 'Deleted', colour: '#5b6770' },
};

function badge(status: string | null): string {
  const known = status === null ? { words: 'Not synced yet', colour: '#5b6770' } : BADGES[status];
  const { words, colour } = known ?? { words: status ?? '', colour: '#5b6770' };
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

function historyList(detail: SyncDetail): string {
  if (detail.history.length === 0) return '';
  const items = detail.history.map((entry) => {
    const words = BADGES[entry.status]?.words ?? entry.status;
    const message = entry.message === null ? '' : ` — ${escapeHtml(entry.message)}`;
    return `<li>${escapeHtml(entry.at)}: ${escapeHtml(words)}${message}</li>`;
  });
  return `<h4>Recent history</h4><ul class="mlc-history">${items.join('')}</ul>`;
}

function procurifyIdHtml(state: SyncPanelState): string {
  if (state.procurifyId === null) return '—';
  const href = safeHref(state.detail.link);
  const id = escapeHtml(state.procurifyId);
  return href === null ? id : `<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">${id}</a>`;
}

export function renderSyncPanel(state: SyncPanelState): string {
  const summary = [
    row('Status', badge(state.status)),
    row('Procurify id', procurifyIdHtml(state)),
    row('Last sync', escapeHtml(state.syncedAt ?? '—')),
    row('Message', escapeHtml(state.message ?? '—')),
  ].join('');
  return (
    `<div class="mlc-sync-panel"><table class="mlc-summary">${summary}</table>` +
    `${linesTable(state.detail.lines)}${historyList(state.detail)}</div>`
  );
}
