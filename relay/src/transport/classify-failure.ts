import { ConnectionError, HttpError, PermanentError, ResponseShapeError, TimeoutError } from './errors';

export type FailureDecision =
  | { action: 'retry'; afterMs?: number; reason: string }
  | { action: 'never'; reason: string }
  | { action: 'lookup_first'; reason: string };

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * What to do after a failed remote call (docs/architecture.md "Retries, time limits, the clock"), decided from the error alone:
 * - 408, 429 and 5xx retry, after Retry-After when the remote gave one;
 * - NetSuite's concurrency answers (429, RESTlet-style SSS_REQUEST_LIMIT_EXCEEDED) retry;
 * - a NetSuite 401 is `netsuite_auth_failed`: the client already refreshed the token once, so the
 *   credentials or the role no longer work (a revoked certificate, a changed role). Likewise a refused
 *   token request (400 invalid_grant, 401 invalid_client). It retries with backoff: the record waits,
 *   it is not failed, until someone fixes the credentials;
 * - other 4xx never retry;
 * - a write that timed out or lost its connection after it was sent has an unknown outcome: look first;
 * - anything else not sent (or any read) retries.
 */
export function classifyFailure(error: unknown): FailureDecision {
  if (error instanceof PermanentError) return { action: 'never', reason: error.code };
  if (error instanceof ResponseShapeError) return { action: 'never', reason: 'unexpected_response' };
  if (error instanceof TimeoutError || error instanceof ConnectionError) {
    const kind = error instanceof TimeoutError ? 'timeout' : 'connection_error';
    if (error.sent && WRITE_METHODS.has(error.target.method.toUpperCase())) {
      return { action: 'lookup_first', reason: `${kind}_outcome_unknown` };
    }
    return { action: 'retry', reason: kind };
  }
  if (error instanceof HttpError) return classifyHttpError(error);
  return { action: 'never', reason: 'unexpected_error' };
}

function classifyHttpError(error: HttpError): FailureDecision {
  const { status, retryAfterMs } = error;
  const after = retryAfterMs === undefined ? {} : { afterMs: retryAfterMs };
  if (status === 408 || status === 429 || status >= 500) return { action: 'retry', ...after, reason: `http_${status}` };
  if (isNetSuiteAuthFailure(error)) return { action: 'retry', reason: NETSUITE_AUTH_FAILED };
  if (error.target.system === 'netsuite' && isNetSuiteConcurrencyAnswer(error.body)) {
    return { action: 'retry', ...after, reason: 'netsuite_concurrency' };
  }
  if (status === 401) return { action: 'never', reason: 'unauthorized' };
  if (status === 403) return { action: 'never', reason: 'forbidden' };
  return { action: 'never', reason: `http_${status}` };
}

/** NetSuite's REST error codes (`o:errorDetails[].o:errorCode`) in an error body, upper-cased. */
export function netSuiteErrorCodes(body: unknown): string[] {
  if (!body || typeof body !== 'object') return [];
  const details = (body as Record<string, unknown>)['o:errorDetails'];
  if (!Array.isArray(details)) return [];
  return details
    .map((detail: unknown) =>
      detail && typeof detail === 'object' ? (detail as Record<string, unknown>)['o:errorCode'] : undefined,
    )
    .filter((code): code is string => typeof code === 'string')
    .map((code) => code.toUpperCase());
}

function isNetSuiteConcurrencyAnswer(body: unknown): boolean {
  const codes = netSuiteErrorCodes(body);
  return codes.includes('SSS_REQUEST_LIMIT_EXCEEDED') || codes.includes('WS_REQUEST_BLOCKED');
}

/** What the relay reports while NetSuite refuses its credentials (docs/architecture.md "Retries, time limits, the clock"). */
export const NETSUITE_AUTH_FAILED = 'netsuite_auth_failed';

const TOKEN_PATH = /\/auth\/oauth2\/v1\/token$/;

/**
 * NetSuite refused the relay's credentials: a 401 that survived the client's one token refresh, or a
 * refused token request (400 is invalid_grant, e.g. an integration record without the REST Web
 * Services scope; 401 invalid_client, e.g. a revoked certificate).
 */
export function isNetSuiteAuthFailure(error: unknown): boolean {
  if (!(error instanceof HttpError) || error.target.system !== 'netsuite') return false;
  if (error.status === 401) return true;
  return error.status === 400 && TOKEN_PATH.test(error.target.path);
}
