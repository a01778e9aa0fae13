import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { tokensEqual } from '../../crypto/signature';
import type { PagesEnv } from './deps';
import { renderProblem } from './render';
import type { SessionKeys } from './session';

export const SESSION_COOKIE = 'mlc_admin';

/**
 * Every page but sign-in needs a session: reads go to the sign-in page, posts are refused. Every
 * POST must carry the session's CSRF token in its `_csrf` field (403 without it).
 */
export function requireSession(keys: SessionKeys) {
  return createMiddleware<PagesEnv>(async (c, next) => {
    const session = keys.read(getCookie(c, SESSION_COOKIE));
    const isRead = c.req.method === 'GET' || c.req.method === 'HEAD';
    if (!session) {
      if (isRead) return c.redirect('/admin/sign-in', 303);
      return renderProblem(c, 403, 'Signed out', 'Your session has ended. Sign in again, then repeat the action.');
    }
    c.set('session', session);
    if (!isRead) {
      const form = await c.req.parseBody({ all: true });
      const token = form['_csrf'];
      if (typeof token !== 'string' || !tokensEqual(token, session.csrfToken)) {
        return renderProblem(
          c,
          403,
          'Request refused',
          'This form was not sent from a page of this relay (its CSRF token is missing or wrong). Reload the page and try again.',
        );
      }
    }
    await next();
  });
}
