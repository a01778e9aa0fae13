import type { Context } from 'hono';
import { Notice } from './components';

// After a form post the page redirects (post/redirect/get) with a notice code; only these fixed
// sentences can appear, so a crafted link cannot put words on the page.

const NOTICES: Record<string, { kind: 'ok' | 'error'; text: (count: number) => string }> = {
  replayed: {
    kind: 'ok',
    text: (n) =>
      `${n} record${n === 1 ? '' : 's'} queued for replay, as NetSuite holds ${n === 1 ? 'it' : 'them'} now.`,
  },
  replayed_stored: {
    kind: 'error',
    text: (n) =>
      `${n} record${n === 1 ? '' : 's'} queued for replay from the copy held since the last save: NetSuite could not be reached.`,
  },
  replay_missing: {
    kind: 'error',
    text: (n) =>
      `${n} record${n === 1 ? '' : 's'} not replayed: NetSuite shows the relay no such record, nor a delete of it.`,
  },
  refreshed: {
    kind: 'ok',
    text: () =>
      'Reference data read again from Procurify and NetSuite; records waiting for a mapping are tried again if anything changed.',
  },
  nothing_selected: { kind: 'error', text: () => 'Select at least one record to replay.' },
  mapped: {
    kind: 'ok',
    text: (n) => `Mapping saved; ${n} record${n === 1 ? '' : 's'} waiting for a mapping will be tried again.`,
  },
  unmapped: { kind: 'ok', text: () => 'Mapping removed.' },
};

export function noticeUrl(path: string, notice: keyof typeof NOTICES, count = 0, query: Record<string, string> = {}) {
  const params = new URLSearchParams({ ...query, notice, count: String(count) });
  return `${path}?${params.toString()}`;
}

export function NoticeFromQuery(props: { c: Context }) {
  const notice = NOTICES[props.c.req.query('notice') ?? ''];
  if (!notice) return null;
  const count = Number.parseInt(props.c.req.query('count') ?? '0', 10);
  return <Notice kind={notice.kind}>{notice.text(Number.isFinite(count) && count >= 0 ? count : 0)}</Notice>;
}
