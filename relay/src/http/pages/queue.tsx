import { Hono } from 'hono';
import { decodeCursor, listRecords, type RecordKey } from '../../store/records';
import { CsrfField, STATES, StateBadge } from './components';
import type { PagesContext, PagesEnv } from './deps';
import { Layout } from './layout';
import { RecordTable } from './record-table';
import { noticeUrl, NoticeFromQuery } from './notices';
import { parseRecordKey } from './record-keys';
import { renderPage, renderProblem } from './render';
import { keysInState, replayRecords } from './replay';
import { RefreshFromProcurifyForm } from './reference-refresh';
import { actorOf } from '../admin-user';

const WORK_STATES = ['needs_mapping', 'failed'] as const;
const PAGE_SIZE = 100;

/** `/admin/queue`: the records that need a person (or any one state), with single and bulk replay. */
export function queueRoutes(ctx: PagesContext) {
  const app = new Hono<PagesEnv>();

  app.get('/queue', async (c) => {
    const requested = c.req.query('status');
    const status = (STATES as readonly string[]).includes(requested ?? '') ? requested : undefined;
    const cursor = c.req.query('cursor');
    const states = status ? [status] : [...WORK_STATES];
    const pages = await Promise.all(
      states.map(async (state) => ({
        state,
        page: await listRecords(ctx.database.db, {
          status: state,
          limit: PAGE_SIZE,
          cursor: status && cursor && decodeCursor(cursor) ? cursor : undefined,
        }),
      })),
    );
    const csrf = c.get('session').csrfToken;
    const nowMs = ctx.now();
    return renderPage(
      c,
      <Layout title={status ? `Records: ${status.replace('_', ' ')}` : 'Work queue'} active="queue" csrfToken={csrf}>
        <NoticeFromQuery c={c} />
        <RefreshFromProcurifyForm csrf={csrf} back="/admin/queue" />
        <p class="filters">
          Show: <a href="/admin/queue">work queue</a>
          {STATES.map((state) => (
            <a href={`/admin/queue?status=${state}`} class={state === status ? 'active' : ''}>
              <StateBadge state={state} />
            </a>
          ))}
        </p>
        {pages.map(({ state, page }) => (
          <section class="card wide">
            <form method="post" action="/admin/queue/replay">
              <CsrfField token={csrf} />
              <input type="hidden" name="back" value={status ?? ''} />
              <div class="card-head">
                <h2>
                  <StateBadge state={state} /> {page.items.length}
                  {page.nextCursor ? '+' : ''} record{page.items.length === 1 ? '' : 's'}
                </h2>
                {page.items.length > 0 && (
                  <div class="actions">
                    <button type="submit">Replay selected</button>
                    <button type="submit" name="all" value={state} class="secondary">
                      Replay all {state.replace('_', ' ')}
                    </button>
                  </div>
                )}
              </div>
              {page.items.length === 0 ? (
                <p class="muted">No records in this state.</p>
              ) : (
                <RecordTable rows={page.items} nowMs={nowMs} />
              )}
            </form>
            {page.nextCursor && (
              <p>
                <a href={`/admin/queue?status=${state}&cursor=${encodeURIComponent(page.nextCursor)}`}>Next page</a>
              </p>
            )}
          </section>
        ))}
      </Layout>,
    );
  });

  app.post('/queue/replay', async (c) => {
    const form = await c.req.parseBody({ all: true });
    const back =
      typeof form['back'] === 'string' && (STATES as readonly string[]).includes(form['back']) ? form['back'] : '';
    const all =
      typeof form['all'] === 'string' && (STATES as readonly string[]).includes(form['all']) ? form['all'] : '';
    const chosen = [form['record']]
      .flat()
      .map(parseRecordKey)
      .filter((key): key is RecordKey => !!key);
    const keys = all ? await keysInState(ctx, all) : chosen;
    const query: Record<string, string> = back ? { status: back } : {};
    if (keys.length === 0) return c.redirect(noticeUrl('/admin/queue', 'nothing_selected', 0, query), 303);
    const replayed = await replayRecords(ctx, keys, actorOf(c));
    if (replayed === undefined) return notConfigured(c);
    return c.redirect(noticeUrl('/admin/queue', replayed.notice, replayed.count, query), 303);
  });
  return app;
}

export function notConfigured(c: Parameters<typeof renderProblem>[0]) {
  return renderProblem(
    c,
    503,
    'Not configured',
    'Procurify is not configured on this relay, so nothing can be replayed yet.',
  );
}
