import type { Child } from 'hono/jsx';
import { absoluteTime, relativeTime } from './format-time';
import { inWords } from '../../transport/error-words';

export const STATES = ['pending', 'synced', 'linked', 'needs_mapping', 'failed', 'skipped', 'deleted'] as const;

const STATE_WORDS: Record<string, string> = {
  pending: 'pending',
  synced: 'synced',
  linked: 'linked',
  needs_mapping: 'needs mapping',
  failed: 'failed',
  skipped: 'skipped',
  deleted: 'deleted',
};

const RECORD_TYPE_WORDS: Record<string, string> = {
  vendor: 'Vendor',
  vendorbill: 'Bill',
  purchaseorder: 'Purchase order',
};

/** A state in colour and in words, so it reads without colour too. */
export function StateBadge(props: { state: string }) {
  const known = props.state in STATE_WORDS;
  return <span class={`state ${known ? `state-${props.state}` : ''}`}>{STATE_WORDS[props.state] ?? props.state}</span>;
}

export function recordTypeWord(recordType: string): string {
  return RECORD_TYPE_WORDS[recordType] ?? recordType;
}

/** A time both ways: relative for a glance, absolute (UTC) for the record. */
export function When(props: { iso: string | null | undefined; nowMs: number; empty?: string }) {
  if (!props.iso) return <span class="muted">{props.empty ?? 'never'}</span>;
  return (
    <time datetime={props.iso} title={absoluteTime(props.iso)}>
      {relativeTime(props.iso, props.nowMs)} <span class="muted">· {absoluteTime(props.iso)}</span>
    </time>
  );
}

export function RecordLink(props: { recordType: string; recordId: string }) {
  const href = `/admin/records/${encodeURIComponent(props.recordType)}/${encodeURIComponent(props.recordId)}`;
  return (
    <a href={href}>
      {recordTypeWord(props.recordType)} {props.recordId}
    </a>
  );
}

/** Every form carries the session's CSRF token; the server refuses a POST without it. */
export function CsrfField(props: { token: string }) {
  return <input type="hidden" name="_csrf" value={props.token} />;
}

export function Notice(props: { kind: 'ok' | 'error'; children: Child }) {
  return (
    <p class={`notice notice-${props.kind}`} role={props.kind === 'error' ? 'alert' : 'status'}>
      {props.children}
    </p>
  );
}

export function Card(props: { title: string; children: Child; wide?: boolean }) {
  return (
    <section class={props.wide ? 'card wide' : 'card'}>
      <h2>{props.title}</h2>
      {props.children}
    </section>
  );
}

/** A record's mapping or sync issues: each in plain words, its code small beside it (for support and the docs). */
export function IssueList(props: { issues: readonly { code: string; message?: string }[] }) {
  if (props.issues.length === 0) return null;
  return (
    <ul class="issues">
      {props.issues.map((issue) => (
        <li>
          {issue.message ? inWords(issue.message) : issue.code.replaceAll('_', ' ')}{' '}
          <code class="issue-code">{issue.code}</code>
        </li>
      ))}
    </ul>
  );
}

/** "13,040.00 CAD": a decimal string with thousands separators, never through a float. */
export function formatAmount(amount: string | null | undefined, currency?: string | null): string {
  if (amount === null || amount === undefined || amount === '') return '';
  const match = /^(-?)(\d+)(\.\d+)?$/.exec(amount.trim());
  const number = match ? `${match[1]}${match[2]!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${match[3] ?? ''}` : amount;
  return currency ? `${number} ${currency}` : number;
}
