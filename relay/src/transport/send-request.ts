import { Agent, errors as undiciErrors, request, type Dispatcher } from 'undici';
import { ConnectionError, TimeoutError, type RemoteSystem, type RequestTarget } from './errors';

export interface SentRequest {
  system: RemoteSystem;
  method: string;
  url: URL;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  dispatcher: Dispatcher;
}

export interface ReceivedResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON when the body is JSON, the text otherwise, undefined when empty. */
  body: unknown;
}

// Failures that happen before a byte of the request left us; everything else may have reached the remote.
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** A keep-alive connection pool for one remote system, closed with the client that owns it. */
export function createDispatcher(timeoutMs: number): Agent {
  return new Agent({ headersTimeout: timeoutMs, bodyTimeout: timeoutMs, connectTimeout: Math.min(timeoutMs, 10_000) });
}

/**
 * Sends one request and reads its whole answer within `timeoutMs`, turning transport failures into
 * TimeoutError / ConnectionError. Any status is returned, not thrown: the caller decides what is an error.
 */
export async function sendRequest(sent: SentRequest): Promise<ReceivedResponse> {
  const target: RequestTarget = { system: sent.system, method: sent.method, path: sent.url.pathname + sent.url.search };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), sent.timeoutMs);
  try {
    const response = await request(sent.url, {
      method: sent.method as Dispatcher.HttpMethod,
      headers: sent.headers,
      body: sent.body,
      signal: controller.signal,
      headersTimeout: sent.timeoutMs,
      bodyTimeout: sent.timeoutMs,
      dispatcher: sent.dispatcher,
    });
    const text = await response.body.text();
    return { status: response.statusCode, headers: response.headers, body: parseBody(text) };
  } catch (error) {
    throw toTransportError(error, target, sent.timeoutMs, controller.signal.aborted);
  } finally {
    clearTimeout(timer);
  }
}

function toTransportError(error: unknown, target: RequestTarget, timeoutMs: number, aborted: boolean): Error {
  const code = errorCode(error);
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return new TimeoutError(target, timeoutMs, false);
  if (
    aborted ||
    error instanceof undiciErrors.HeadersTimeoutError ||
    error instanceof undiciErrors.BodyTimeoutError ||
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT'
  ) {
    // An abort may land while still connecting; we cannot tell, so we assume the worst (sent).
    return new TimeoutError(target, timeoutMs, true);
  }
  return new ConnectionError(target, !NOT_SENT_CODES.has(code ?? ''), { cause: error });
}

function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
