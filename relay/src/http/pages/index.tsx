import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { Config } from '../../config';
import { isClientAbort } from '../client-abort';
import { auditRoutes } from './audit-page';
import { dashboardRoutes } from './dashboard';
import type { AdminPagesDeps, PagesContext, PagesEnv } from './deps';
import { requireSession } from './guard';
import { mappingRoutes } from './mappings-page';
import { previewRoutes } from './preview-page';
import { queueRoutes } from './queue';
import { reconciliationRoutes } from './reconciliation-page';
import { referenceRefreshRoutes } from './reference-refresh';
import { recordRoutes } from './record-page';
import { renderProblem, SECURITY_HEADERS } from './render';
import { createSessionKeys } from './session';
import { settingsRoutes } from './settings-page';
import { signInRoutes, signOut } from './sign-in';
import { STYLESHEET } from './stylesheet';

export type { AdminPagesDeps, PollStatus } from './deps';

/**
 * The admin pages, mounted at `/admin/` (so the dashboard is `/admin/`): server-rendered HTML, no scripts. Signing in with the admin
 * token gives a session cookie; every form carries a CSRF token. Actions call the same functions
 * as the JSON admin API.
 */
export function adminPages(config: Config, deps: AdminPagesDeps & { accountId: string }) {
  const app = new Hono<PagesEnv>();
  app.use(
    '*',
    createMiddleware(async (c, next) => {
      await next();
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
    }),
  );
  app.get('/styles.css', (c) =>
    c.body(STYLESHEET, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'max-age=300' }),
  );
  app.onError((error, c) => {
    if (isClientAbort(error)) {
      c.get('logger')?.info({ path: c.req.path }, 'client closed the connection before its request was read');
      return renderProblem(c, 400, 'Request incomplete', 'The form was not received in full.');
    }
    c.get('logger')?.error({ err: error }, 'admin page failed');
    return renderProblem(
      c,
      500,
      'Something went wrong',
      'The page could not be shown. The details are in the relay log.',
    );
  });
  if (!config.adminToken) {
    app.all('*', (c) =>
      renderProblem(c, 503, 'Admin pages disabled', 'Set MLC_ADMIN_TOKEN on the relay to use the admin pages.'),
    );
    return app;
  }

  const now = deps.now ?? Date.now;
  const keys = createSessionKeys(config.adminToken, now);
  const ctx: PagesContext = { ...deps, config, keys, now };
  const signIn = { database: deps.database, adminToken: config.adminToken, throttle: deps.throttle, now };
  app.route('/', signInRoutes(keys, signIn));

  const pages = new Hono<PagesEnv>();
  pages.use('*', requireSession(keys, { database: deps.database, now }));
  pages.post('/sign-out', (c) => signOut(c, keys, signIn));
  for (const routes of [
    dashboardRoutes,
    queueRoutes,
    recordRoutes,
    previewRoutes,
    reconciliationRoutes,
    mappingRoutes,
    referenceRefreshRoutes,
    settingsRoutes,
    auditRoutes,
  ]) {
    pages.route('/', routes(ctx));
  }
  pages.all('*', (c) => renderProblem(c, 404, 'Not found', `There is no admin page at ${c.req.path}.`));
  app.route('/', pages);
  return app;
}
