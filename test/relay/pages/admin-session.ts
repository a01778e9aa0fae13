import { SECRETS } from '../../helpers/stack';

// Drives the admin pages over plain HTTP the way a browser would: cookies by hand, CSRF token from the form.

export interface AdminSession {
  cookie: string;
  /** The CSRF token of this session, read from a rendered form. */
  csrf: string;
  get(path: string): Promise<{ status: number; html: string; headers: Headers }>;
  post(path: string, fields: Record<string, string | string[]>): Promise<Response>;
}

export function csrfFrom(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('no CSRF field on the page');
  return match[1];
}

export function cookieValue(response: Response, name: string): string | undefined {
  const header = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${name}=`));
  return header?.split(';')[0]?.slice(name.length + 1);
}

export function form(fields: Record<string, string | string[]>): URLSearchParams {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) body.append(name, one);
  return body;
}

export async function signIn(baseUrl: string, token = SECRETS.adminToken): Promise<AdminSession> {
  const page = await fetch(`${baseUrl}/admin/sign-in`);
  const preSession = cookieValue(page, 'mlc_sign_in')!;
  const response = await fetch(`${baseUrl}/admin/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: `mlc_sign_in=${preSession}` },
    body: form({ _csrf: csrfFrom(await page.text()), token }),
  });
  const session = cookieValue(response, 'mlc_admin');
  if (response.status !== 303 || !session) throw new Error(`sign-in failed with ${response.status}`);
  const cookie = `mlc_admin=${session}`;
  const get = async (path: string) => {
    const answer = await fetch(`${baseUrl}${path}`, { headers: { cookie }, redirect: 'manual' });
    return { status: answer.status, html: await answer.text(), headers: answer.headers };
  };
  const csrf = csrfFrom((await get('/admin/')).html);
  return {
    cookie,
    csrf,
    get,
    post: (path, fields) =>
      fetch(`${baseUrl}${path}`, { method: 'POST', redirect: 'manual', headers: { cookie }, body: form(fields) }),
  };
}
