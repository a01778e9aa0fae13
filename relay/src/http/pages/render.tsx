import type { Context } from 'hono';
import { html } from 'hono/html';
import type { JSX } from 'hono/jsx/jsx-runtime';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { Notice } from './components';
import { Layout } from './layout';

// No scripts at all, styles only from our own stylesheet: even a markup slip could not run code.
const CSP = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
};

export function renderPage(c: Context, page: JSX.Element, status: ContentfulStatusCode = 200) {
  return c.html(html`<!doctype html>${page}`, status);
}

/** A page that only says what went wrong, e.g. a refused form post. */
export function renderProblem(c: Context, status: ContentfulStatusCode, title: string, message: string) {
  return renderPage(
    c,
    <Layout title={title}>
      <Notice kind="error">{message}</Notice>
      <p>
        <a href="/admin/">Back to the dashboard</a>
      </p>
    </Layout>,
    status,
  );
}
