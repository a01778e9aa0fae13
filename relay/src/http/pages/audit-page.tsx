import { Hono, type Context } from 'hono';
import { AUDIT_ACTIONS, type AuditEntry } from '../../audit/actions';
import { listAudit, verifyAudit, type AuditVerification } from '../../store/audit-store';
import { actionLabel } from './audit-words';
import { Card, Notice, recordTypeWord } from './components';
import type { PagesContext, PagesEnv } from './deps';
import { Layout } from './layout';
import { renderPage } from './render';
import { Timeline } from './timeline';

const RECORD_TYPES = ['vendor', 'vendorbill', 'purchaseorder'] as const;

/** Entries per page of the trail. */
export const AUDIT_PAGE_SIZE = 50;

/** What the audit page is narrowed to; kept in every paging link. */
export interface AuditFilter {
  recordType?: string;
  recordId?: string;
  action?: string;
  actor?: string;
}

/**
 * `/admin/audit`: the trail newest first, filtered by record type, record id, action and actor,
 * paged by entry id (`?before=<id>` older, `?after=<id>` newer, the filter kept across pages), and
 * the hash-chain check on demand.
 */
export function auditRoutes(ctx: PagesContext) {
  const app = new Hono<PagesEnv>();
  const show = async (c: Context<PagesEnv>, verification?: AuditVerification) => {
    const query = c.req.query();
    const filter = readFilter(query);
    const before = positiveId(query.before);
    const after = before === undefined ? positiveId(query.after) : undefined;
    const found = await listAudit(ctx.database.db, {
      ...filter,
      beforeId: before,
      afterId: after,
      limit: AUDIT_PAGE_SIZE + 1,
    });
    const more = found.length > AUDIT_PAGE_SIZE;
    // One entry past the page tells whether there is more: older below, or newer above after `after`.
    const entries = !more ? found : after !== undefined ? found.slice(1) : found.slice(0, AUDIT_PAGE_SIZE);
    const paging = {
      newer: before !== undefined || (after !== undefined && more),
      older: after !== undefined ? entries.length > 0 : more,
    };
    const filtered = Object.values(filter).some(Boolean);
    return renderPage(
      c,
      <Layout title="Audit trail" active="audit" csrfToken={c.get('session').csrfToken}>
        <Card title="Chain verification" wide>
          {verification && <VerificationResult verification={verification} />}
          <form method="get" action="/admin/audit/verify">
            <button type="submit">Verify the audit chain</button>
          </form>
          <p class="muted">
            Recomputes every entry's keyed hash and checks the chain ends at its sealed head, so an edited, deleted or
            renumbered entry, or an emptied trail, is found. To check against an anchor kept elsewhere, use{' '}
            <code>mlc audit verify --anchor</code>.
          </p>
        </Card>
        <Card title={filtered ? 'Entries matching the filter' : 'Entries, newest first'} wide>
          <FilterForm filter={filter} />
          <PageLinks filter={filter} entries={entries} paging={paging} />
          {entries.length === 0 && filtered ? (
            <p class="muted">No entry matches this filter{before || after ? ' on this page' : ''}.</p>
          ) : (
            <Timeline entries={entries} nowMs={ctx.now()} showRecord />
          )}
          <PageLinks filter={filter} entries={entries} paging={paging} />
        </Card>
      </Layout>,
    );
  };
  app.get('/audit', (c) => show(c));
  app.get('/audit/verify', async (c) => show(c, await verifyAudit(ctx.database.db, { key: ctx.database.auditKey })));
  return app;
}

function readFilter(query: Record<string, string>): AuditFilter {
  const text = (value: string | undefined, max: number) => {
    const trimmed = value?.trim();
    return trimmed && trimmed.length <= max ? trimmed : undefined;
  };
  const action = text(query.action, 40);
  return {
    recordType: text(query.recordType, 40),
    recordId: text(query.recordId, 40),
    action: action && (AUDIT_ACTIONS as readonly string[]).includes(action) ? action : undefined,
    actor: text(query.actor, 100),
  };
}

function positiveId(value: string | undefined): number | undefined {
  return value && /^[1-9]\d{0,15}$/.test(value) ? Number(value) : undefined;
}

/** `/admin/audit?…` with the filter and one paging parameter. */
export function auditUrl(filter: AuditFilter, page: { before?: number; after?: number } = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...filter, ...page })) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  const query = params.toString();
  return query ? `/admin/audit?${query}` : '/admin/audit';
}

function FilterForm(props: { filter: AuditFilter }) {
  const { filter } = props;
  return (
    <form method="get" action="/admin/audit" class="filters audit-filter">
      <label>
        Record type{' '}
        <select name="recordType">
          <option value="">any</option>
          {RECORD_TYPES.map((type) => (
            <option value={type} selected={filter.recordType === type}>
              {recordTypeWord(type)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Record id <input type="text" name="recordId" value={filter.recordId ?? ''} size={8} />
      </label>
      <label>
        Action{' '}
        <select name="action">
          <option value="">any</option>
          {AUDIT_ACTIONS.map((action) => (
            <option value={action} selected={filter.action === action}>
              {actionLabel(action)}
            </option>
          ))}
        </select>
      </label>
      <label>
        By <input type="text" name="actor" value={filter.actor ?? ''} size={10} placeholder="worker, admin…" />
      </label>
      <button type="submit" class="small">
        Filter
      </button>
      {Object.values(filter).some(Boolean) && <a href="/admin/audit">Clear the filter</a>}
    </form>
  );
}

function PageLinks(props: { filter: AuditFilter; entries: AuditEntry[]; paging: { newer: boolean; older: boolean } }) {
  const { filter, entries, paging } = props;
  const first = entries[0];
  const last = entries.at(-1);
  if (!paging.newer && !paging.older) return null;
  return (
    <nav class="pager" aria-label="Audit pages">
      {paging.newer && <a href={auditUrl(filter)}>Newest</a>}
      {paging.newer && first && <a href={auditUrl(filter, { after: first.id })}>← Newer</a>}
      {paging.older && last && <a href={auditUrl(filter, { before: last.id })}>Older →</a>}
    </nav>
  );
}

function VerificationResult(props: { verification: AuditVerification }) {
  const { verification } = props;
  if (verification.ok) {
    return <Notice kind="ok">The audit chain is intact: {verification.entries} entries verified.</Notice>;
  }
  return (
    <Notice kind="error">
      The audit chain is broken: {verification.reason}.{' '}
      {verification.entries === 1 ? '1 entry before it is' : `${verification.entries} entries before it are`} intact
      {verification.firstBadEntry !== null ? `; the first bad entry is #${verification.firstBadEntry}` : ''}.
    </Notice>
  );
}
