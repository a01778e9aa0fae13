import type { AuditAction, AuditEntry } from '../../audit/actions';
import { IssueList, RecordLink, StateBadge, When } from './components';

const ACTION_WORDS: Record<AuditAction, string> = {
  event_received: 'Event received',
  event_stale: 'Older event ignored',
  event_unchanged: 'Saved in NetSuite with nothing to sync',
  mapping_checked: 'Mapping checked',
  procurify_request: 'Procurify request',
  netsuite_request: 'NetSuite request',
  retry_scheduled: 'Retry scheduled',
  state_changed: 'State changed',
  writeback_sent: 'Sync state shown in NetSuite',
  writeback_failed: 'Sync state not written to NetSuite',
  replay_requested: 'Replay requested',
  mapping_changed: 'Mapping changed',
  setting_changed: 'Setting changed',
  credential_changed: 'Credentials changed',
  reference_refreshed: 'Reference data refreshed',
  user_added: 'Person given access',
  user_removed: 'Person’s access removed',
};

/** Audit entries newest first, each in words with the part of its detail that matters. */
export function Timeline(props: { entries: AuditEntry[]; nowMs: number; showRecord?: boolean }) {
  if (props.entries.length === 0) return <p class="muted">No audit entries.</p>;
  return (
    <ol class="timeline">
      {props.entries.map((entry) => (
        <li class={`entry action-${entry.action}`}>
          <div class="entry-head">
            <strong>{ACTION_WORDS[entry.action] ?? entry.action}</strong>
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
          <EntryDetail entry={entry} />
        </li>
      ))}
    </ol>
  );
}

function EntryDetail(props: { entry: AuditEntry }) {
  const detail = props.entry.detail;
  switch (props.entry.action) {
    case 'state_changed': {
      const issues = (detail.issues as { code: string; message?: string }[] | undefined) ?? [];
      return (
        <div>
          <StateBadge state={String(detail.from ?? '')} /> → <StateBadge state={String(detail.to ?? '')} />
          {typeof detail.message === 'string' && <span class="message"> {detail.message}</span>}
          <IssueList issues={issues} />
        </div>
      );
    }
    case 'procurify_request':
    case 'netsuite_request':
      return (
        <div>
          <code>
            {String(detail.method ?? '')} {String(detail.path ?? '')}
          </code>{' '}
          → {detail.status !== undefined ? `HTTP ${String(detail.status)}` : String(detail.error ?? 'no answer')}
          {typeof detail.durationMs === 'number' && <span class="muted"> in {detail.durationMs} ms</span>}
        </div>
      );
    default:
      return Object.keys(detail).length === 0 ? null : <code class="detail">{JSON.stringify(detail)}</code>;
  }
}
