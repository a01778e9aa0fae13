import {
  ConnectionError,
  HttpError,
  isNetSuiteAuthFailure,
  NETSUITE_AUTH_FAILED,
  PermanentError,
  ResponseShapeError,
  TimeoutError,
} from '../transport';
import { bodyInWords } from '../transport/error-words';

const SYSTEM = { procurify: 'Procurify', netsuite: 'NetSuite' } as const;

/** A failure in plain words for the accountant reading the NetSuite record (≤ 300 chars written back). */
export function failureMessage(error: unknown): string {
  if (error instanceof PermanentError) return error.message;
  if (isNetSuiteAuthFailure(error)) {
    return `NetSuite refused the relay's credentials (${NETSUITE_AUTH_FAILED}); this waits and is tried again once they work: run mlc doctor.`;
  }
  if (error instanceof HttpError) {
    const system = SYSTEM[error.target.system];
    if (error.status === 429) return `${system} is limiting how fast we may send (HTTP 429).`;
    if (error.status >= 500) return `${system} had a server error (HTTP ${error.status}).`;
    if (error.status === 401) return `${system} refused our credentials (HTTP 401); check them with mlc doctor.`;
    if (error.status === 403) return `${system} denied access (HTTP 403); check the integration's permissions.`;
    return `${system} rejected the request (HTTP ${error.status}): ${bodyText(error.body)}`;
  }
  if (error instanceof TimeoutError)
    return `${SYSTEM[error.target.system]} did not answer within ${Math.round(error.timeoutMs / 1000)} s.`;
  if (error instanceof ConnectionError) return `Could not reach ${SYSTEM[error.target.system]}.`;
  if (error instanceof ResponseShapeError) return `${error.message}`;
  return 'An unexpected error occurred in the relay; the relay log has the details.';
}

/** What the refusal says, in words (the accountant reads it on the NetSuite record), at most 200 characters. */
function bodyText(body: unknown): string {
  const text = bodyInWords(body) ?? 'the answer had no readable message (the relay log has it).';
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
