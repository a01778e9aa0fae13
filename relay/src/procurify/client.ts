import type { z } from 'zod';
import type { Secret } from '../config';
import { HttpError, type RequestTarget } from '../transport/errors';
import { describeError as errorName, type RequestRecord } from '../transport/request-record';
import { parseResponse } from '../transport/parse-response';
import { parseRetryAfter } from '../transport/retry-after';
import { createDispatcher, sendRequest, type ReceivedResponse } from '../transport/send-request';
import { createTokenCache } from '../transport/token-cache';
import { createRequestPace, type Grant, type PaceStatus } from './pace';
import { fetchProcurifyToken, procurifyRefreshAfterMs } from './token';

export type { RequestRecord };

export interface ProcurifyClientOptions {
  baseUrl: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: Secret;
  timeoutMs: number;
  /** The configured rate limit of the connection (PROCURIFY_RATE_LIMIT): the pace's start and ceiling. */
  maxRequestsPerSecond?: number;
  now?: () => number;
  /** Waits for the pace (the same clock as `now`). */
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
  /** The connection's pace: the rate it keeps to, learnt from 429s or configured. */
  pace(): PaceStatus;
  close(): Promise<void>;
}

/**
 * Tries of one request that Procurify answers 429: a 429 means it was not processed, so the client
 * sends it again itself, at the pace just learnt, before handing the failure to the job's backoff.
 */
const THROTTLED_TRIES = 4;

/** The Procurify API over undici: token, headers, a learnt shared pace, one retry after a 401, typed errors. */
export function createProcurifyClient(options: ProcurifyClientOptions): ProcurifyClient {
  const now = options.now ?? Date.now;
  const dispatcher = createDispatcher(options.timeoutMs);
  const pace = createRequestPace({
    ceilingPerSecond: options.maxRequestsPerSecond,
    now,
    sleep: options.sleep,
  });
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
    const grant = await pace.acquire();
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
      observe(grant, response);
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

  function observe(grant: Grant, response: ReceivedResponse): void {
    const retryAfterMs = response.status === 429 ? parseRetryAfter(response.headers['retry-after'], now()) : undefined;
    pace.observe(grant, response.status, retryAfterMs);
  }

  async function send(url: URL, request: ProcurifyRequest<unknown>, attemptNo: number): Promise<ReceivedResponse> {
    let token = await tokens.get();
    let response = await attempt(url, request, token, attemptNo);
    if (response.status === 401) {
      tokens.invalidate(token);
      token = await tokens.get();
      response = await attempt(url, request, token, attemptNo + 1);
    }
    return response;
  }

  return {
    async request<T>(request: ProcurifyRequest<T>): Promise<T> {
      const url = buildUrl(base, request.path, request.query);
      const target: RequestTarget = { system: 'procurify', method: request.method, path: url.pathname + url.search };
      let response = await send(url, request, 1);
      for (let tries = 1; response.status === 429 && tries < THROTTLED_TRIES; tries += 1) {
        response = await send(url, request, tries + 1);
      }
      if (!(request.expect ?? [200, 201]).includes(response.status)) {
        const retryAfterMs = parseRetryAfter(response.headers['retry-after'], now());
        throw new HttpError(target, response.status, response.body, retryAfterMs);
      }
      return parseResponse(request.schema, request.schemaName, response.body, target);
    },
    pace: () => pace.status(),
    close: () => dispatcher.close(),
  };
}

/** Joins base, path and query; every Procurify API path ends with `/` (docs/reference/procurify-api.md "Requests"). */
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
