import type { Context } from 'hono';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { CookieOptions } from 'hono/utils/cookie';
import type { Secret } from '../../config';
import { tokensEqual } from '../../crypto/signature';
import { recordSession, revokeSession } from '../../store/admin-sessions';
import type { Database } from '../../store/database';
import { clientAddress } from '../client-address';
import type { FailureThrottle } from '../failure-throttle';
import { userOfToken } from '../middleware/admin-auth';
import { CsrfField, Notice } from './components';
import type { PagesEnv } from './deps';
import { SESSION_COOKIE } from './guard';
import { Layout } from './layout';
import { renderPage, renderProblem } from './render';
import { newPreSession, SESSION_TTL_MS, type SessionKeys } from './session';

const PRE_SESSION_COOKIE = 'mlc_sign_in';

/** HttpOnly and SameSite=Strict always; Secure whenever the page was reached over https. */
export function cookieOptions(c: Context, maxAgeSeconds: number): CookieOptions {
  const https = new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
  return { path: '/admin', httpOnly: true, sameSite: 'Strict', secure: https, maxAge: maxAgeSeconds };
}

export interface SignInDeps {
  database: Database;
  adminToken: Secret;
  throttle?: FailureThrottle;
  now: () => number;
}

/** Sign-in posts carry one token: anything larger is no sign-in (and is not read into memory). */
const MAX_SIGN_IN_BYTES = 16 * 1024;

/**
 * `/admin/sign-in`: MLC_ADMIN_TOKEN or a named user's token becomes a session cookie, recorded in
 * the database under the person's name. Wrong tokens slow their address down. Sign-out is a session route.
 */
export function signInRoutes(keys: SessionKeys, deps: SignInDeps) {
  const app = new Hono<PagesEnv>();

  app.get('/sign-in', (c) => {
    const preSession = newPreSession();
    setCookie(c, PRE_SESSION_COOKIE, preSession, cookieOptions(c, 60 * 60));
    return renderPage(c, <SignInPage csrfToken={keys.signInToken(preSession)} />);
  });

  app.post('/sign-in', bodyLimit({ maxSize: MAX_SIGN_IN_BYTES }), async (c) => {
    const address = clientAddress(c);
    const waitMs = deps.throttle?.retryAfterMs(address) ?? 0;
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      c.header('Retry-After', String(seconds));
      return renderProblem(
        c,
        429,
        'Too many attempts',
        `Too many wrong tokens from this address. Try again in ${seconds} s.`,
      );
    }
    const form = await c.req.parseBody();
    const preSession = getCookie(c, PRE_SESSION_COOKIE) ?? '';
    const csrf = typeof form['_csrf'] === 'string' ? form['_csrf'] : '';
    if (!preSession || !tokensEqual(csrf, keys.signInToken(preSession))) {
      return renderProblem(
        c,
        403,
        'Request refused',
        'The sign-in form expired or did not come from this relay. Open it again.',
      );
    }
    const token = typeof form['token'] === 'string' ? form['token'].trim() : '';
    const user = await userOfToken(token, deps.adminToken, deps.database);
    if (!user) {
      deps.throttle?.fail(address);
      return renderPage(
        c,
        <SignInPage
          csrfToken={csrf}
          error="That is not this relay's admin token (MLC_ADMIN_TOKEN), nor a person's own token."
        />,
        401,
      );
    }
    deleteCookie(c, PRE_SESSION_COOKIE, { path: '/admin' });
    const { cookie, session } = keys.issue();
    await recordSession(
      deps.database,
      { id: session.id, userName: user.name, role: user.role, expiresAtMs: session.expiresAtMs },
      deps.now(),
    );
    setCookie(c, SESSION_COOKIE, cookie, cookieOptions(c, SESSION_TTL_MS / 1000));
    return c.redirect('/admin/', 303);
  });
  return app;
}

/** Signing out clears the cookie and revokes the session in the database, for every relay and restart. */
export async function signOut(c: Context<PagesEnv>, keys: SessionKeys, deps: SignInDeps) {
  keys.revoke(c.get('session'));
  await revokeSession(deps.database, c.get('session').id, deps.now());
  deleteCookie(c, SESSION_COOKIE, { path: '/admin' });
  return c.redirect('/admin/sign-in', 303);
}

function SignInPage(props: { csrfToken: string; error?: string }) {
  return (
    <Layout title="Sign in">
      <section class="card narrow">
        {props.error && <Notice kind="error">{props.error}</Notice>}
        <form method="post" action="/admin/sign-in" class="stack">
          <CsrfField token={props.csrfToken} />
          <label for="token">Admin token</label>
          <input id="token" name="token" type="password" autocomplete="current-password" required autofocus />
          <button type="submit">Sign in</button>
        </form>
        <p class="muted">Your own token, or the relay's MLC_ADMIN_TOKEN setting.</p>
      </section>
    </Layout>
  );
}
