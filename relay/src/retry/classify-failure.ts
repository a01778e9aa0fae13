import { ConnectionError, HttpError, PermanentError, ResponseShapeError, TimeoutError } from './errors';

export type FailureDecision =
  | { action: 'retry'; afterMs?: number; reason: string }
  | { action: 'never'; reason: string }
  | { action: 'lookup_first'; reason: string };

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * What to do after a failed remote call (DESIGN.md "Retries"), decided from the error alone:
 * - 408, 429 and 5xx retry, after Retry-After when the remote gave one;
 * - NetSuite's concurrency answers (429, the 401 INVALID_LOGIN it gives to a fresh token under load,
 *   RESTlet-style SSS_REQUEST_LIMIT_EXCEEDED) retry; 401 elsewhere was already refreshed once by the client;
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
  if (error.target.system === 'netsuite' && isNetSuiteConcurrencyAnswer(status, error.body)) {
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

function isNetSuiteConcurrencyAnswer(status: number, body: unknown): boolean {
  const codes = netSuiteErrorCodes(body);
  if (status === 401) return codes.includes('INVALID_LOGIN');
  return codes.includes('SSS_REQUEST_LIMIT_EXCEEDED') || codes.includes('WS_REQUEST_BLOCKED');
}
