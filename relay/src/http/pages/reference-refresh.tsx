import { Hono } from 'hono';
import { CsrfField } from './components';
import type { PagesContext, PagesEnv } from './deps';
import { noticeUrl } from './notices';
import { renderProblem } from './render';
import { actorOf } from '../admin-user';

// "Refresh from Procurify": after adding an account code or a department in Procurify, read the
// reference data now rather than at the next hourly refresh. The same refresh as
// POST /v1/reference/refresh and `mlc reference refresh`.

/** Pages the form may lead back to. */
const BACK = ['/admin/mappings', '/admin/queue'] as const;

export function RefreshFromProcurifyForm(props: { csrf: string; back: (typeof BACK)[number] }) {
  return (
    <form method="post" action="/admin/reference/refresh" class="inline">
      <CsrfField token={props.csrf} />
      <input type="hidden" name="back" value={props.back} />
      <button type="submit" class="secondary">
        Refresh from Procurify
      </button>
    </form>
  );
}

export function referenceRefreshRoutes(ctx: PagesContext) {
  const app = new Hono<PagesEnv>();
  app.post('/reference/refresh', async (c) => {
    const form = await c.req.parseBody();
    const back = BACK.find((path) => path === form['back']) ?? BACK[0];
    if (!ctx.sync)
      return renderProblem(c, 503, 'Not configured', 'No connection is configured, so there is nothing to refresh.');
    try {
      await ctx.sync.refreshReference(actorOf(c));
    } catch (error) {
      c.get('logger')?.warn({ err: error }, 'reference refresh from the admin pages failed');
      return renderProblem(
        c,
        502,
        'Refresh failed',
        'Procurify or NetSuite could not be read; the reference data held is unchanged. The details are in the relay log.',
      );
    }
    return c.redirect(noticeUrl(back, 'refreshed'), 303);
  });
  return app;
}
