import { Hono } from 'hono';
import type { ResourceDiff } from '../../reconcile/field-diff';
import { RecordNotFoundError, type RecordPreview } from '../../reconcile/preview-record';
import { Card, IssueList, Notice, recordTypeWord, StateBadge } from './components';
import type { PagesContext, PagesEnv } from './deps';
import { Layout } from './layout';
import { isRecordType } from './record-keys';
import { renderPage, renderProblem } from './render';

/**
 * `/admin/records/:type/:id/preview`: the dry run of a replay (previewRecord, as
 * `GET /v1/records/…/preview` and `mlc replay --dry-run`): the requests it would send to Procurify
 * and the field-by-field diff against what Procurify holds now. A GET: it writes nothing.
 */
export function previewRoutes(ctx: PagesContext) {
  return new Hono<PagesEnv>().get('/records/:recordType/:recordId/preview', async (c) => {
    const key = c.req.param();
    const title = `${recordTypeWord(key.recordType)} ${key.recordId}`;
    const preview = ctx.reconciliation?.preview;
    if (!preview)
      return renderProblem(c, 503, 'Not configured', 'A preview needs the Procurify connection configured.');
    if (!isRecordType(key.recordType)) return unknown(c, key);
    let result: RecordPreview;
    try {
      result = await preview(key);
    } catch (error) {
      if (error instanceof RecordNotFoundError) return unknown(c, key);
      throw error;
    }
    const recordPath = `/admin/records/${encodeURIComponent(key.recordType)}/${encodeURIComponent(key.recordId)}`;
    return renderPage(
      c,
      <Layout title={`Preview: ${title}`} active="queue" csrfToken={c.get('session').csrfToken}>
        <p>
          <a href={recordPath}>Back to {title}</a>
        </p>
        <div class="grid">
          <Card title="What a replay would do" wide>
            <p class="headline">
              <OutcomeBadge status={result.outcome.status} />{' '}
              {result.outcome.message && <span class="message">{result.outcome.message}</span>}
            </p>
            <IssueList
              issues={((result.outcome.issues ?? []) as { code?: string; message?: string }[]).map((issue) => ({
                code: issue.code ?? '',
                message: issue.message,
              }))}
            />
            <p class="muted small">Nothing was sent: Procurify was only read, and the relay's state is unchanged.</p>
          </Card>
          <Card title={`Requests it would send (${result.requests.length})`} wide>
            {result.requests.length === 0 ? (
              <p class="muted">No writes: Procurify already holds what this record would send, or it is not written.</p>
            ) : (
              <ol class="requests">
                {result.requests.map((request) => (
                  <li>
                    <code class="request-line">
                      {request.method} {request.path}
                    </code>
                    {request.body !== undefined && <pre class="json">{JSON.stringify(request.body, null, 2)}</pre>}
                  </li>
                ))}
              </ol>
            )}
          </Card>
          <Card title="Field by field, against Procurify now" wide>
            {result.diff.length === 0 ? (
              <p class="muted">Nothing to compare.</p>
            ) : (
              result.diff.map((diff) => <DiffTable diff={diff} />)
            )}
          </Card>
        </div>
      </Layout>,
    );
  });
}

/** The job's conclusion; `would_write` means it got as far as the writes (the read-back needs a real run). */
function OutcomeBadge(props: { status: string }) {
  if (props.status === 'would_write') return <span class="pill pill-good">would write to Procurify</span>;
  return <StateBadge state={props.status} />;
}

const KIND_WORDS: Record<ResourceDiff['kind'], string> = {
  create: 'new in Procurify',
  update: 'changes to what Procurify holds',
  unknown: "Procurify's current value cannot be read",
};

function DiffTable(props: { diff: ResourceDiff }) {
  const { diff } = props;
  return (
    <div class="diff-block">
      <h3>
        <code>
          {diff.method} {diff.path}
        </code>{' '}
        <span class="muted">
          {KIND_WORDS[diff.kind]}
          {diff.kind === 'update' && `; ${diff.unchanged} field${diff.unchanged === 1 ? '' : 's'} unchanged`}
        </span>
      </h3>
      {diff.changes.length === 0 ? (
        <Notice kind="ok">No field would change.</Notice>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Field</th>
              <th>Procurify now</th>
              <th>Would become</th>
            </tr>
          </thead>
          <tbody>
            {diff.changes.map((change) => (
              <tr>
                <td>
                  <code>{change.field}</code>
                </td>
                <td class="current">{show(change.current)}</td>
                <td class="proposed">{show(change.proposed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function show(value: unknown) {
  if (value === undefined) return <span class="muted">unknown</span>;
  if (value === null) return <span class="muted">none</span>;
  return <code>{typeof value === 'string' ? value : JSON.stringify(value)}</code>;
}

function unknown(c: Parameters<typeof renderProblem>[0], key: { recordType: string; recordId: string }) {
  return renderProblem(c, 404, 'Unknown record', `No ${key.recordType} ${key.recordId} is known to the relay.`);
}
