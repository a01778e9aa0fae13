import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { tokensEqual } from '../../crypto/signature';
import { activeSession } from '../../store/admin-sessions';
import type { Database } from '../../store/database';
import { mayAct, type AdminUser, type Role } from '../admin-user';
import type { PagesEnv } from './deps';
import { renderProblem } from './render';
import type { SessionKeys } from './session';

export const SESSION_COOKIE = 'mlc_admin';

/**
 * Every page but sign-in needs a session: a signed, unexpired cookie whose row in the database is
 * not revoked. Reads without one go to the sign-in page, posts are refused. Every POST must carry
 * the session's CSRF token in its `_csrf` field (403 without it); viewers may post only sign-out.
 */
export function requireSession(keys: SessionKeys, deps: { database: Database; now: () => number }) {
  return createMiddleware<PagesEnv>(async (c, next) => {
    const session = keys.read(getCookie(c, SESSION_COOKIE));
    const person = session && (await activeSession(deps.database.db, session.id, deps.now()));
    const isRead = c.req.method === 'GET' || c.req.method === 'HEAD';
    if (!session || !person) {
      if (isRead) return c.redirect('/admin/sign-in', 303);
      return renderProblem(c, 403, 'Signed out', 'Your session has ended. Sign in again, then repeat the action.');
    }
    const user: AdminUser = { name: person.userName, role: person.role as Role };
    c.set('session', session);
    c.set('user', user);
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
      if (!mayAct(user, c.req.method) && !c.req.path.endsWith('/sign-out')) {
        return renderProblem(
          c,
          403,
          'Not allowed',
          `${user.name} is a viewer: viewers may look but not change anything.`,
        );
      }
    }
    await next();
  });
}
