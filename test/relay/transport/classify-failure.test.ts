import { describe, expect, it } from 'vitest';
import {
  classifyFailure,
  ConnectionError,
  HttpError,
  PermanentError,
  ResponseShapeError,
  TimeoutError,
  type FailureDecision,
  type RequestTarget,
} from '../../../relay/src/transport';

const procurifyGet: RequestTarget = { system: 'procurify', method: 'GET', path: '/api/v3/vendors/' };
const procurifyPost: RequestTarget = { system: 'procurify', method: 'POST', path: '/api/v3/vendors/' };
const netsuitePatch: RequestTarget = { system: 'netsuite', method: 'PATCH', path: '/services/rest/record/v1/vendor/7' };
const netsuiteToken: RequestTarget = {
  system: 'netsuite',
  method: 'POST',
  path: '/services/rest/auth/oauth2/v1/token',
};
const nsError = (code: string) => ({ status: 0, 'o:errorDetails': [{ detail: 'x', 'o:errorCode': code }] });

const cases: Array<[string, unknown, FailureDecision]> = [
  ['a 408 retries', new HttpError(procurifyGet, 408, undefined), { action: 'retry', reason: 'http_408' }],
  [
    'a 429 retries after its Retry-After',
    new HttpError(procurifyGet, 429, { detail: 'slow down' }, 7_000),
    { action: 'retry', afterMs: 7_000, reason: 'http_429' },
  ],
  [
    'a 429 without Retry-After retries with backoff',
    new HttpError(procurifyPost, 429, undefined),
    { action: 'retry', reason: 'http_429' },
  ],
  ['a 500 retries', new HttpError(procurifyPost, 500, 'oops'), { action: 'retry', reason: 'http_500' }],
  [
    'a 503 retries after its Retry-After',
    new HttpError(netsuitePatch, 503, undefined, 2_000),
    { action: 'retry', afterMs: 2_000, reason: 'http_503' },
  ],
  [
    'a 400 never retries',
    new HttpError(procurifyPost, 400, { name: ['required'] }),
    { action: 'never', reason: 'http_400' },
  ],
  [
    'a 404 never retries',
    new HttpError(procurifyGet, 404, { detail: 'Not found.' }),
    { action: 'never', reason: 'http_404' },
  ],
  ['a 405 never retries', new HttpError(procurifyPost, 405, undefined), { action: 'never', reason: 'http_405' }],
  ['a 403 never retries', new HttpError(procurifyGet, 403, undefined), { action: 'never', reason: 'forbidden' }],
  [
    'a Procurify 401 left after the client refreshed never retries',
    new HttpError(procurifyGet, 401, undefined),
    { action: 'never', reason: 'unauthorized' },
  ],
  [
    'a NetSuite 401 INVALID_LOGIN left after the client refreshed is netsuite_auth_failed and waits',
    new HttpError(netsuitePatch, 401, nsError('INVALID_LOGIN')),
    { action: 'retry', reason: 'netsuite_auth_failed' },
  ],
  [
    'a NetSuite token request refused with 401 invalid_client (a revoked certificate) is netsuite_auth_failed',
    new HttpError(netsuiteToken, 401, { error: 'invalid_client' }),
    { action: 'retry', reason: 'netsuite_auth_failed' },
  ],
  [
    'a NetSuite token request refused with 400 invalid_grant (no REST Web Services scope) is netsuite_auth_failed',
    new HttpError(netsuiteToken, 400, { error: 'invalid_grant' }),
    { action: 'retry', reason: 'netsuite_auth_failed' },
  ],
  [
    'a NetSuite 400 SSS_REQUEST_LIMIT_EXCEEDED retries',
    new HttpError(netsuitePatch, 400, nsError('SSS_REQUEST_LIMIT_EXCEEDED')),
    { action: 'retry', reason: 'netsuite_concurrency' },
  ],
  [
    'a NetSuite 400 INVALID_CONTENT never retries',
    new HttpError(netsuitePatch, 400, nsError('INVALID_CONTENT')),
    { action: 'never', reason: 'http_400' },
  ],
  [
    'a read that timed out after sending retries',
    new TimeoutError(procurifyGet, 30_000, true),
    { action: 'retry', reason: 'timeout' },
  ],
  [
    'a write that timed out after sending is looked up first',
    new TimeoutError(procurifyPost, 30_000, true),
    { action: 'lookup_first', reason: 'timeout_outcome_unknown' },
  ],
  [
    'a write that timed out before sending retries',
    new TimeoutError(procurifyPost, 30_000, false),
    { action: 'retry', reason: 'timeout' },
  ],
  [
    'a write whose connection dropped after sending is looked up first',
    new ConnectionError(netsuitePatch, true),
    { action: 'lookup_first', reason: 'connection_error_outcome_unknown' },
  ],
  [
    'a refused connection retries',
    new ConnectionError(procurifyPost, false),
    { action: 'retry', reason: 'connection_error' },
  ],
  [
    'a permanent error never retries and keeps its code',
    new PermanentError('bill_write_unsupported', 'no'),
    { action: 'never', reason: 'bill_write_unsupported' },
  ],
  [
    'an answer of the wrong shape never retries',
    new ResponseShapeError(procurifyGet, 'Vendor', ['name: required']),
    { action: 'never', reason: 'unexpected_response' },
  ],
  ['an unknown error never retries', new TypeError('bug'), { action: 'never', reason: 'unexpected_error' }],
];

describe('classifyFailure', () => {
  it.each(cases)('%s', (_name, error, expected) => {
    expect(classifyFailure(error)).toEqual(expected);
  });
});
