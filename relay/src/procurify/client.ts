import type { z } from 'zod';
import type { Secret } from '../config';
import { HttpError, type RequestTarget } from '../retry/errors';
import { describeError as errorName, type RequestRecord } from '../retry/request-record';
import { parseResponse } from '../retry/parse-response';
import { parseRetryAfter } from '../retry/retry-after';
import { createDispatcher, sendRequest, type ReceivedResponse } from '../retry/send-request';
import { createTokenCache } from '../retry/token-cache';
import { createRequestBudget } from './budget';
import { fetchProcurifyToken, procurifyRefreshAfterMs } from './token';

export type { RequestRecord };

export interface ProcurifyClientOptions {
  baseUrl: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: Secret;
  timeoutMs: number;
  /** Optional rate budget of the connection. */
  maxRequestsPerSecond?: number;
  now?: () => number;
  /** Waits for the request budget (the same clock as `now`). */
  sleep?: (ms: number) => Promise<void>;
  onRequest?: (record: RequestRecord) => void;
}

export type Query = Record<string, string | number | boolean | undefined>;

export interface ProcurifyRequest<T> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** An API path ending with `/`, e.g. `/api/v3/vendors/`. */
  path: string;
  query?: Query;
  body?: unknown;
  /** Statuses that count as success (200 and 201 by default). */
  expect?: readonly number[];
  schema: z.ZodType<T>;
  schemaName: string;
}

export interface ProcurifyClient {
  request<T>(request: ProcurifyRequest<T>): Promise<T>;
  close(): Promise<void>;
}

/** The Procurify API over undici: token, headers, shared budget, one retry after a 401, typed errors. */
export function createProcurifyClient(options: ProcurifyClientOptions): ProcurifyClient {
  const now = options.now ?? Date.now;
  const dispatcher = createDispatcher(options.timeoutMs);
  const budget = createRequestBudget({ maxPerSecond: options.maxRequestsPerSecond, now, sleep: options.sleep });
  const report = (record: RequestRecord) => options.onRequest?.(record);
  const base = options.baseUrl.replace(/\/+$/, '');

  const tokens = createTokenCache({
    now,
    refreshAfterMs: procurifyRefreshAfterMs,
    fetchToken: async () => {
      const started = Date.now();
      const path = new URL(options.tokenUrl).pathname;
      try {
        const token = await fetchProcurifyToken({ ...options, dispatcher });
        report({
          system: 'procurify',
          method: 'POST',
          path,
          status: 200,
          durationMs: Date.now() - started,
          attempt: 1,
        });
        return token;
      } catch (error) {
        const status = error instanceof HttpError ? error.status : undefined;
        report({
          system: 'procurify',
          method: 'POST',
          path,
          status,
          durationMs: Date.now() - started,
          attempt: 1,
          error: errorName(error),
        });
        throw error;
      }
    },
  });

  async function attempt(url: URL, request: ProcurifyRequest<unknown>, token: string, attemptNo: number) {
    await budget.acquire();
    const started = Date.now();
    const path = url.pathname + url.search;
    try {
      const response = await sendRequest({
        system: 'procurify',
        method: request.method,
        url,
        headers: {
          authorization: `Bearer ${token}`,
          'x-procurify-client': 'api',
          accept: 'application/json',
          ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        timeoutMs: options.timeoutMs,
        dispatcher,
      });
      report({
        system: 'procurify',
        method: request.method,
        path,
        status: response.status,
        durationMs: Date.now() - started,
        attempt: attemptNo,
      });
      return response;
    } catch (error) {
      report({
        system: 'procurify',
        method: request.method,
        path,
        status: undefined,
        durationMs: Date.now() - started,
        attempt: attemptNo,
        error: errorName(error),
      });
      throw error;
    }
  }

  return {
    async request<T>(request: ProcurifyRequest<T>): Promise<T> {
      const url = buildUrl(base, request.path, request.query);
      const target: RequestTarget = { system: 'procurify', method: request.method, path: url.pathname + url.search };
      let token = await tokens.get();
      let response = await attempt(url, request, token, 1);
      if (response.status === 401) {
        tokens.invalidate(token);
        token = await tokens.get();
        response = await attempt(url, request, token, 2);
      }
      if (!(request.expect ?? [200, 201]).includes(response.status)) {
        throw failure(target, response, now(), budget.pauseUntil);
      }
      return parseResponse(request.schema, request.schemaName, response.body, target);
    },
    close: () => dispatcher.close(),
  };
}

function failure(
  target: RequestTarget,
  response: ReceivedResponse,
  nowMs: number,
  pauseUntil: (ms: number) => void,
): HttpError {
  const retryAfterMs = parseRetryAfter(response.headers['retry-after'], nowMs);
  // One 429 pauses the whole connection, so concurrent workers do not hammer a limit already hit.
  if (response.status === 429 && retryAfterMs !== undefined) pauseUntil(nowMs + retryAfterMs);
  return new HttpError(target, response.status, response.body, retryAfterMs);
}

/** Joins base, path and query; every Procurify API path ends with `/` (procurify-api.md §2). */
export function buildUrl(base: string, path: string, query: Query = {}): URL {
  if (!path.startsWith('/') || !path.split('?')[0]!.endsWith('/')) {
    throw new Error(`Procurify API paths start and end with "/": ${path}`);
  }
  const url = new URL(base + path);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  return url;
}
