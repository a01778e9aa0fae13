import type { Child } from 'hono/jsx';
import { CsrfField } from './components';

const NAV = [
  ['dashboard', '/admin/', 'Dashboard'],
  ['queue', '/admin/queue', 'Work queue'],
  ['reconciliation', '/admin/reconciliation', 'Reconciliation'],
  ['mappings', '/admin/mappings', 'Mappings'],
  ['audit', '/admin/audit', 'Audit'],
  ['settings', '/admin/settings', 'Settings'],
] as const;

export type NavKey = (typeof NAV)[number][0];

/** The page shell: header with navigation and sign-out, one stylesheet, no scripts. */
export function Layout(props: { title: string; active?: NavKey; csrfToken?: string; children: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title} · ml-connector</title>
        <link rel="stylesheet" href="/admin/styles.css" />
      </head>
      <body>
        <header class="top">
          <span class="brand">ml-connector</span>
          {props.csrfToken && (
            <nav>
              {NAV.map(([key, href, label]) => (
                <a href={href} class={key === props.active ? 'active' : ''}>
                  {label}
                </a>
              ))}
            </nav>
          )}
          {props.csrfToken && (
            <form method="post" action="/admin/sign-out" class="sign-out">
              <CsrfField token={props.csrfToken} />
              <button type="submit" class="link">
                Sign out
              </button>
            </form>
          )}
        </header>
        <main>
          <h1>{props.title}</h1>
          {props.children}
        </main>
      </body>
    </html>
  );
}
