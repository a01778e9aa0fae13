import type { Child } from 'hono/jsx';
import type { AuditAction } from '../../audit/actions';
import { StateBadge, When } from './components';
import { inWords } from '../../transport/error-words';

// Every audit action in words, in one table: the heading a person reads and what its detail says.
// Details are shown as sentences and named values, never as JSON; a detail key no sentence uses
// is listed by name below it (`OtherDetail`), so nothing recorded is hidden.

type Detail = Record<string, unknown>;

export interface ActionWords {
  /** The heading of an entry, and the action's name in the audit filter. */
  label: string;
  /** What the entry's detail says; the keys it used are not listed again. */
  describe(detail: Detail, nowMs: number): { body: Child; used: readonly string[] };
}

const EVENT_ACTION: Record<string, string> = {
  create: 'Created in NetSuite',
  edit: 'Changed in NetSuite',
  delete: 'Deleted in NetSuite',
  resync: 'Resync pressed in NetSuite',
};

const EVENT_SOURCE: Record<string, string> = {
  userevent: 'sent when the record was saved',
  dispatcher: 'sent from the SuiteApp’s outbox',
  button: 'sent by the Resync button',
  poll: 'found by the poller',
};

const REPLAY_SOURCE: Record<string, string> = {
  netsuite: 'the record was read from NetSuite again',
  stored: 'NetSuite could not be read, so the copy held since the last save is used',
  delete: 'the record is deleted, so its delete is replayed',
};

const LIST_WORDS: Record<string, string> = {
  account_code: 'account codes',
  department: 'departments',
  account: 'accounts',
  currency: 'currencies',
  subsidiary: 'subsidiaries',
  term: 'payment terms',
  vendor: 'vendors',
  item: 'items',
};

const MAPPING_KIND: Record<string, string> = {
  accounts: 'GL account',
  departments: 'department',
  vendors: 'vendor',
};

const SYSTEM_WORDS: Record<string, string> = { procurify: 'Procurify', netsuite: 'NetSuite' };

const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** A request in words first ("Read from Procurify"), the method and path small beside it. */
function request(system: string): ActionWords['describe'] {
  return (detail) => {
    const method = text(detail.method).toUpperCase();
    const verb = method === 'GET' ? 'Read from' : method === 'DELETE' ? 'Deleted in' : 'Wrote to';
    const answer =
      detail.status !== undefined
        ? `answered HTTP ${text(detail.status)}`
        : `no answer: ${inWords(text(detail.error)) || 'unknown'}`;
    return {
      body: (
        <>
          {verb} {system}, {answer}
          {typeof detail.durationMs === 'number' && ` in ${detail.durationMs} ms`}{' '}
          <code class="small">
            {method} {text(detail.path)}
          </code>
          {typeof detail.attempt === 'number' && detail.attempt > 1 && (
            <span class="muted"> (after a token refresh)</span>
          )}
        </>
      ),
      used: ['method', 'path', 'status', 'error', 'durationMs', 'attempt', 'system'],
    };
  };
}

function eventWords(detail: Detail, nowMs: number, lead?: string): Child {
  const source = EVENT_SOURCE[text(detail.source)];
  return (
    <>
      {lead ?? EVENT_ACTION[text(detail.action)] ?? 'A change from NetSuite'}
      {source && ` (${source})`}
      {text(detail.lastModified) && (
        <>
          ; NetSuite version of <When iso={text(detail.lastModified)} nowMs={nowMs} />
        </>
      )}
      . {text(detail.eventId) && <span class="muted small">Event {text(detail.eventId)}</span>}
    </>
  );
}

const EVENT_KEYS = ['eventId', 'action', 'source', 'occurredAt', 'lastModified', 'reason'];

export const ACTION_WORDS: Record<AuditAction, ActionWords> = {
  event_received: {
    label: 'Change received from NetSuite',
    describe: (detail, nowMs) => ({ body: eventWords(detail, nowMs), used: EVENT_KEYS }),
  },
  event_stale: {
    label: 'Older change ignored',
    describe: (detail, nowMs) => ({
      body: eventWords(detail, nowMs, 'Arrived after a newer version was already known, so nothing changed'),
      used: EVENT_KEYS,
    }),
  },
  event_unchanged: {
    label: 'Saved in NetSuite with nothing to sync',
    describe: (detail, nowMs) => ({
      body: eventWords(detail, nowMs, 'Saved again, with no change to what is sent to Procurify'),
      used: EVENT_KEYS,
    }),
  },
  mapping_checked: {
    label: 'Mapping checked',
    describe: () => ({ body: null, used: [] }),
  },
  procurify_request: { label: 'Procurify request', describe: request('Procurify') },
  netsuite_request: { label: 'NetSuite request', describe: request('NetSuite') },
  retry_scheduled: {
    label: 'Will try again',
    describe: (detail, nowMs) => ({
      body: (
        <>
          Attempt {text(detail.attempt)} did not get through: {inWords(text(detail.reason))} Next try{' '}
          <When iso={text(detail.retryAt)} nowMs={nowMs} />.
        </>
      ),
      used: ['attempt', 'reason', 'retryAt'],
    }),
  },
  state_changed: {
    label: 'State changed',
    describe: (detail) => ({
      body: (
        <>
          <StateBadge state={text(detail.from)} /> → <StateBadge state={text(detail.to)} />
        </>
      ),
      // The timeline shows the message and the issues, each once on the page.
      used: ['from', 'to', 'message', 'issues'],
    }),
  },
  writeback_sent: {
    label: 'Shown in NetSuite',
    describe: (detail) => ({
      body: (
        <>
          The record’s “Procurify sync” tab in NetSuite now shows <StateBadge state={text(detail.status)} />.
        </>
      ),
      used: ['status', 'record', 'requests'],
    }),
  },
  writeback_failed: {
    label: 'Not shown in NetSuite',
    describe: (detail) => ({
      body: (
        <>
          The “Procurify sync” tab could not be updated
          {text(detail.attempt) && ` (attempt ${text(detail.attempt)})`}: {inWords(text(detail.reason))}
        </>
      ),
      used: ['status', 'reason', 'attempt'],
    }),
  },
  replay_requested: {
    label: 'Replay requested',
    describe: (detail) => {
      const lists = Array.isArray(detail.refreshed) ? detail.refreshed.map((list) => LIST_WORDS[text(list)]) : [];
      const reason = text(detail.reason);
      return {
        body: (
          <>
            {reason ? `${reason.charAt(0).toUpperCase()}${reason.slice(1)}` : 'Queued again'}
            {REPLAY_SOURCE[text(detail.source)] && `: ${REPLAY_SOURCE[text(detail.source)]}`}
            {lists.length > 0 && `; Procurify’s ${lists.filter(Boolean).join(', ')} were read again first`}.
          </>
        ),
        used: ['reason', 'source', 'refreshed'],
      };
    },
  },
  mapping_changed: {
    label: 'Mapping changed',
    describe: (detail) => {
      const kind = MAPPING_KIND[text(detail.kind)] ?? text(detail.kind);
      const changes = Array.isArray(detail.changes) ? (detail.changes as Detail[]) : [];
      return {
        body: (
          <ul class="plain">
            {changes.map((change) => (
              <li>
                NetSuite {kind} {text(change.netsuiteId)}:{' '}
                {change.to === null ? 'back to the automatic mapping' : `mapped to Procurify ${text(change.to)}`}
                <span class="muted">
                  {' '}
                  (was {change.from === null || change.from === undefined ? 'automatic' : text(change.from)})
                </span>
              </li>
            ))}
          </ul>
        ),
        used: ['kind', 'changes'],
      };
    },
  },
  setting_changed: {
    label: 'Setting changed',
    describe: (detail) => ({
      body: (
        <>
          {text(detail.setting) === 'master_key' ? 'The master key was rotated' : `Setting ${text(detail.setting)}`}
          {typeof detail.resealed === 'number' && `; ${detail.resealed} stored credential set(s) sealed again`}.
        </>
      ),
      used: ['setting', 'resealed'],
    }),
  },
  credential_changed: {
    label: 'Credentials changed',
    describe: (detail) => {
      const fields = Array.isArray(detail.fields) ? detail.fields.map(text) : [];
      return {
        body: (
          <>
            {SYSTEM_WORDS[text(detail.system)] ?? text(detail.system)} credentials set
            {fields.length > 0 && `: ${fields.join(', ')}`}.{' '}
            {fields.length > 0 && <span class="muted">Names only; values are never recorded.</span>}
          </>
        ),
        used: ['system', 'fields'],
      };
    },
  },
  reference_refreshed: {
    label: 'Reference data read',
    describe: (detail) => {
      const counts = Object.entries((detail.counts as Record<string, unknown> | undefined) ?? {});
      return {
        body: (
          <>
            {SYSTEM_WORDS[text(detail.system)] ?? text(detail.system)}’s lists read:{' '}
            {counts.map(([list, count]) => `${text(count)} ${LIST_WORDS[list] ?? list}`).join(', ') || 'none'}.
          </>
        ),
        used: ['system', 'counts'],
      };
    },
  },
  user_added: {
    label: 'Person given access',
    describe: (detail) => ({
      body: (
        <>
          {text(detail.name)} may now sign in{text(detail.role) && ` (role: ${text(detail.role)})`}.
        </>
      ),
      used: ['name', 'role'],
    }),
  },
  user_removed: {
    label: 'Person’s access removed',
    describe: (detail) => ({ body: <>{text(detail.name)} can no longer sign in.</>, used: ['name'] }),
  },
};

export function actionLabel(action: string): string {
  return (ACTION_WORDS as Record<string, ActionWords | undefined>)[action]?.label ?? action.replaceAll('_', ' ');
}

/** Detail keys no sentence used, as name and value (nested values flattened, never JSON). */
export function OtherDetail(props: { detail: Detail; used: readonly string[] }) {
  const rest = flatten(props.detail).filter(([key]) => !props.used.includes(key.split(/[. ]/)[0]!));
  if (rest.length === 0) return null;
  return (
    <dl class="facts small other-detail">
      {rest.map(([key, value]) => (
        <>
          <dt>{key}</dt>
          <dd>{value}</dd>
        </>
      ))}
    </dl>
  );
}

function flatten(value: unknown, prefix = ''): [string, string][] {
  if (value === null || value === undefined) return prefix ? [[prefix, 'none']] : [];
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item !== 'object' || item === null)) return [[prefix, value.map(text).join(', ')]];
    return value.flatMap((item, index) => flatten(item, `${prefix} ${index + 1}`));
  }
  if (typeof value === 'object') {
    return Object.entries(value as Detail).flatMap(([key, item]) => flatten(item, prefix ? `${prefix}.${key}` : key));
  }
  return [[prefix, typeof value === 'string' ? inWords(value) : String(value)]];
}
