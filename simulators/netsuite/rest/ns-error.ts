import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

// NetSuite REST error bodies (docs/reference/netsuite-api.md "REST errors"): RFC 2616 `type`, `title`, `status`, `o:errorDetails`.

const TITLES: Partial<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const SECTIONS: Partial<Record<number, string>> = {
  400: '#sec10.4.1',
  403: '#sec10.4.4',
  404: '#sec10.4.5',
  405: '#sec10.4.6',
  500: '#sec10.5.1',
  503: '#sec10.5.4',
};

export interface ErrorDetail {
  detail: string;
  'o:errorCode': string;
  'o:errorPath'?: string;
  'o:errorQueryParam'?: string;
  'o:errorHeader'?: string;
}

export const INVALID_LOGIN_DETAIL =
  'Invalid login attempt. For more details, see the Login Audit Trail in the NetSuite UI at Setup > Users/Roles > User Management > View Login Audit Trail.';

export const ERROR_CONTENT_TYPE = 'application/vnd.oracle.resource+json; type=error';

export function nsErrorBody(status: number, details: ErrorDetail[]) {
  return {
    type: `https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html${SECTIONS[status] ?? ''}`,
    title: TITLES[status] ?? 'Error',
    status,
    'o:errorDetails': details,
  };
}

export function nsError(c: Context, status: ContentfulStatusCode, detail: ErrorDetail): Response {
  return c.body(JSON.stringify(nsErrorBody(status, [detail])), status, { 'Content-Type': ERROR_CONTENT_TYPE });
}

export function invalidLogin(c: Context): Response {
  return nsError(c, 401, { detail: INVALID_LOGIN_DETAIL, 'o:errorCode': 'INVALID_LOGIN' });
}
