import type { AuditEntry } from '../../audit/actions';
import { ACTION_WORDS, actionLabel, OtherDetail } from './audit-words';
import { IssueList, RecordLink, When } from './components';
import { inWords } from '../../transport/error-words';

/**
 * Audit entries newest first, each in words (audit-words.tsx). A message or issue already shown
 * on the page (in `shown`, or by a newer entry) is not repeated: the entry says so in a word.
 */
export function Timeline(props: {
  entries: AuditEntry[];
  nowMs: number;
  showRecord?: boolean;
  /** Messages the page already shows above the timeline (the record's current message and issues). */
  shown?: readonly string[];
}) {
  if (props.entries.length === 0) return <p class="muted">No audit entries.</p>;
  const seen = new Set((props.shown ?? []).map(normal));
  // Decided before rendering, newest first, so the newest entry carrying a message shows it.
  const items = props.entries.map((entry) => ({ entry: onceReason(entry, seen), ...messagesOf(entry, seen) }));
  return (
    <ol class="timeline">
      {items.map(({ entry, message, repeated, issues }) => {
        const words = (ACTION_WORDS as Record<string, (typeof ACTION_WORDS)[keyof typeof ACTION_WORDS] | undefined>)[
          entry.action
        ];
        const described = words?.describe(entry.detail, props.nowMs) ?? { body: null, used: [] };
        return (
          <li class={`entry action-${entry.action}`}>
            <div class="entry-head">
              <strong>{actionLabel(entry.action)}</strong>
              {props.showRecord && entry.recordType && entry.recordId && (
                <>
                  {' '}
                  <RecordLink recordType={entry.recordType} recordId={entry.recordId} />
                </>
              )}
              <span class="muted">
                {' '}
                by {entry.actor} · #{entry.id} ·{' '}
              </span>
              <When iso={entry.at} nowMs={props.nowMs} />
            </div>
            <div class="entry-body">
              {described.body}
              {message && <span class="message"> {message}</span>}
              {repeated && <span class="muted"> (same message as above)</span>}
            </div>
            <IssueList issues={issues} />
            <OtherDetail detail={entry.detail} used={described.used} />
          </li>
        );
      })}
    </ol>
  );
}

/** A retry's or a failed writeback's reason, said once: later entries with the same reason point up to it. */
function onceReason(entry: AuditEntry, seen: Set<string>): AuditEntry {
  const reason = entry.detail.reason;
  if ((entry.action !== 'retry_scheduled' && entry.action !== 'writeback_failed') || typeof reason !== 'string') {
    return entry;
  }
  const text = normal(inWords(reason));
  if (!seen.has(text)) {
    seen.add(text);
    return entry;
  }
  return { ...entry, detail: { ...entry.detail, reason: 'the same as above.' } };
}

/** A state change's message and the issues it does not already say, each only the first time the page shows it. */
function messagesOf(entry: AuditEntry, seen: Set<string>) {
  if (entry.action !== 'state_changed') return { message: null, repeated: false, issues: [] };
  const raw = typeof entry.detail.message === 'string' ? entry.detail.message : '';
  const listed = Array.isArray(entry.detail.issues)
    ? (entry.detail.issues as { code: string; message?: string }[])
    : [];
  const message = raw ? inWords(raw) : '';
  const repeated = message !== '' && seen.has(normal(message));
  if (message) seen.add(normal(message));
  const issues = listed.filter((issue) => {
    const text = issue.message ? normal(inWords(issue.message)) : issue.code;
    if (seen.has(text) || (message && normal(message).includes(text))) return false;
    seen.add(text);
    return true;
  });
  return { message: repeated ? null : message || null, repeated, issues };
}

function normal(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}
