import { Hono } from 'hono';
import { listAudit } from '../../store/audit-store';
import { recordDetail, recordIssues } from '../../store/record-columns';
import { getRecord, type RecordKey, type SyncRecordRow } from '../../store/records';
import { procurifyLink, type ProcurifyLinks } from '../../sync/procurify-link';
import { Card, CsrfField, IssueList, recordTypeWord, StateBadge, When } from './components';
import type { PagesContext, PagesEnv } from './deps';
import { describeRecord } from './describe-record';
import { Layout } from './layout';
import { noticeUrl, NoticeFromQuery } from './notices';
import { notConfigured } from './queue';
import { isRecordType } from './record-keys';
import { renderPage, renderProblem } from './render';
import { replayRecords } from './replay';
import { MappingGapLinks } from './mapping-tables';
import { LineTable, WhatWasSent } from './record-sections';
import { inWords } from '../../transport/error-words';
import { Timeline } from './timeline';
import { auditUrl } from './audit-page';
import { actorOf } from '../admin-user';

const HISTORY_LIMIT = 200;

/** `/admin/records/:type/:id`: state, issues, line mapping, what was sent, and the audit timeline. */
export function recordRoutes(ctx: PagesContext) {
  const app = new Hono<PagesEnv>();

  app.get('/records/:recordType/:recordId', async (c) => {
    const key = c.req.param();
    const row = isRecordType(key.recordType) ? await getRecord(ctx.database.db, key) : undefined;
    if (!row) return unknownRecord(c, key);
    const history = await listAudit(ctx.database.db, { ...key, limit: HISTORY_LIMIT });
    const issues = recordIssues(row);
    const detail = recordDetail(row);
    const stated = stateMessage(row.message, issues);
    const nowMs = ctx.now();
    const csrf = c.get('session').csrfToken;
    const path = `/admin/records/${encodeURIComponent(row.recordType)}/${encodeURIComponent(row.recordId)}`;
    return renderPage(
      c,
      <Layout title={`${recordTypeWord(row.recordType)} ${row.recordId}`} active="queue" csrfToken={csrf}>
        <NoticeFromQuery c={c} />
        <div class="grid">
          <Card title="State" wide>
            <p class="headline">
              <StateBadge state={row.status} /> <span class="what">{describeRecord(row)}</span>
            </p>
            {stated.lead && <p class="message">{stated.lead}</p>}
            <IssueList issues={issues} />
            <MappingGapLinks issues={issues} />
            <dl class="facts">
              <dt>Procurify id</dt>
              <dd>
                <ProcurifyId row={row} links={ctx.config.procurify.links} />
              </dd>
              <dt>Attempts</dt>
              <dd>{row.attempts}</dd>
              <dt>Last synced</dt>
              <dd>
                <When iso={row.lastSyncedAt} nowMs={nowMs} />
              </dd>
              <dt>Updated</dt>
              <dd>
                <When iso={row.updatedAt} nowMs={nowMs} />
              </dd>
            </dl>
            <div class="actions">
              <form method="post" action={`${path}/replay`}>
                <CsrfField token={csrf} />
                <button type="submit">Replay this record</button>
              </form>
              {/* A link, not a form: the preview writes nothing. */}
              <a class="button secondary" href={`${path}/preview`}>
                Preview what would be sent
              </a>
            </div>
          </Card>
          {detail?.lines && detail.lines.length > 0 && (
            <Card title="Line mapping" wide>
              <LineTable lines={detail.lines} />
            </Card>
          )}
          <Card title="What was sent" wide>
            <WhatWasSent row={row} lines={detail?.lines ?? []} history={history} nowMs={nowMs} secrets={ctx.secrets} />
          </Card>
          <Card title="Timeline" wide>
            <Timeline entries={history} nowMs={nowMs} shown={stated.shown} />
            <p class="small">
              <a href={auditUrl({ recordType: row.recordType, recordId: row.recordId })}>
                This record’s entries on the audit page
              </a>
              {history.length === HISTORY_LIMIT && <span class="muted"> (older ones than these are there)</span>}
            </p>
          </Card>
        </div>
      </Layout>,
    );
  });

  app.post('/records/:recordType/:recordId/replay', async (c) => {
    const key = c.req.param();
    if (!isRecordType(key.recordType) || !(await getRecord(ctx.database.db, key))) return unknownRecord(c, key);
    const replayed = await replayRecords(ctx, [key], actorOf(c));
    if (replayed === undefined) return notConfigured(c);
    const path = `/admin/records/${encodeURIComponent(key.recordType)}/${encodeURIComponent(key.recordId)}`;
    return c.redirect(noticeUrl(path, replayed.notice, replayed.count), 303);
  });
  return app;
}

function unknownRecord(c: Parameters<typeof renderProblem>[0], key: RecordKey) {
  return renderProblem(c, 404, 'Unknown record', `No ${key.recordType} ${key.recordId} is known to the relay.`);
}

/** The Procurify id, linked to its page in Procurify when a link template is configured. */
function ProcurifyId(props: { row: SyncRecordRow; links: ProcurifyLinks }) {
  if (props.row.procurifyId === null) return <span class="muted">none yet</span>;
  const href = procurifyLink(props.links, props.row);
  if (href === null) return <>{props.row.procurifyId}</>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {props.row.procurifyId}
    </a>
  );
}

/**
 * The record's message without what its issue list says again: "Bill not written to Procurify:
 * <first issue> (and 2 more issues)" becomes "Bill not written to Procurify:" above the list of all
 * issues. `shown` is every message now on the page, so the timeline does not repeat them.
 */
export function stateMessage(
  message: string | null,
  issues: readonly { code: string; message?: string }[],
): { lead: string; shown: string[] } {
  const text = message ? inWords(message) : '';
  const issueTexts = issues.map((issue) => (issue.message ? inWords(issue.message) : ''));
  const shown = [...new Set([text, message ?? '', ...issueTexts].filter(Boolean))];
  const first = issueTexts[0];
  if (!text || !first) return { lead: text, shown };
  const at = text.indexOf(first);
  if (at < 0) return { lead: text, shown };
  const after = text
    .slice(at + first.length)
    .replace(/^\s*\(and \d+ more issues?\)/, '')
    .trim();
  return { lead: [text.slice(0, at).trim(), after].filter(Boolean).join(' '), shown };
}
