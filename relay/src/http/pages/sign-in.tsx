import type { Context } from 'hono';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { CookieOptions } from 'hono/utils/cookie';
import { tokensEqual } from '../../crypto/signature';
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

/** `/admin/sign-in` (the admin token becomes a session cookie). Sign-out is a session route. */
export function signInRoutes(keys: SessionKeys) {
  const app = new Hono<PagesEnv>();

  app.get('/sign-in', (c) => {
    const preSession = newPreSession();
    setCookie(c, PRE_SESSION_COOKIE, preSession, cookieOptions(c, 60 * 60));
    return renderPage(c, <SignInPage csrfToken={keys.signInToken(preSession)} />);
  });

  app.post('/sign-in', async (c) => {
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
    if (!keys.isAdminToken(token)) {
      return renderPage(
        c,
        <SignInPage csrfToken={csrf} error="That is not this relay's admin token (MLC_ADMIN_TOKEN)." />,
        401,
      );
    }
    deleteCookie(c, PRE_SESSION_COOKIE, { path: '/admin' });
    const { cookie } = keys.issue();
    setCookie(c, SESSION_COOKIE, cookie, cookieOptions(c, SESSION_TTL_MS / 1000));
    return c.redirect('/admin/', 303);
  });
  return app;
}

/** Signing out clears the cookie and revokes the session in this process. */
export function signOut(c: Context<PagesEnv>, keys: SessionKeys) {
  keys.revoke(c.get('session'));
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
        <p class="muted">The admin token is the relay's MLC_ADMIN_TOKEN setting.</p>
      </section>
    </Layout>
  );
}
