import { z } from 'zod';
import type { Secret } from '../config';
import { HttpError, type RequestTarget } from '../transport/errors';
import { parseResponse } from '../transport/parse-response';
import { describeError, type RequestRecord } from '../transport/request-record';
import { parseRetryAfter } from '../transport/retry-after';
import { createDispatcher, sendRequest, type ReceivedResponse } from '../transport/send-request';
import { createTokenCache } from '../transport/token-cache';
import { recordUrl } from './record-url';
import { createSemaphore } from './semaphore';
import { toSuiteQlPage, suiteQlSchema, type SuiteQlPage } from './suiteql-page';

export type { SuiteQlPage, SuiteQlRow } from './suiteql-page';
import { fetchNetSuiteToken, netSuiteRefreshAfterMs } from './token';

export interface NetSuiteClientOptions {
  /** `https://<account>.suitetalk.api.netsuite.com` or an override (a simulator). */
  baseUrl: string;
  accountId: string;
  clientId: string;
  certificateId: string;
  privateKey: Secret;
  /** Requests in flight at once, shared by every caller of this client (default 2). */
  concurrency?: number;
  timeoutMs: number;
  /** Defaults to `<baseUrl>/services/rest/auth/oauth2/v1/token`. */
  tokenUrl?: string;
  now?: () => number;
  onRequest?: (record: RequestRecord) => void;
  /** NETSUITE_BASE_CURRENCY: the ISO code of the base currency, for an account without Multiple Currencies. */
  baseCurrency?: string;
}

export interface NetSuiteClient {
  /**
   * The account's base currency as configured (ISO code). Without Multiple Currencies, REST and
   * SuiteQL cannot read currencies, so this is the only way the poller can name it.
   */
  readonly baseCurrency?: string;
  suiteql(query: string, page?: { limit?: number; offset?: number }): Promise<SuiteQlPage>;
  getRecord(type: string, id: string, options?: { expandSubResources?: boolean }): Promise<Record<string, unknown>>;
  /**
   * REST upsert by external id (`PUT …/<type>/eid:<externalId>` → 204): creates the record or
   * updates the one holding that external id. The relay writes only its sync-state records this way;
   * it never edits a vendor, bill or PO.
   */
  upsertRecord(type: string, externalId: string, body: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

const recordSchema = z.record(z.string(), z.unknown());

interface Call {
  method: 'GET' | 'POST' | 'PUT';
  url: URL;
  headers?: Record<string, string>;
  body?: unknown;
  expect: number;
}

/** SuiteTalk REST (SuiteQL and the record API) with an M2M token and a concurrency budget. */
export function createNetSuiteClient(options: NetSuiteClientOptions): NetSuiteClient {
  const now = options.now ?? Date.now;
  const base = options.baseUrl.replace(/\/+$/, '');
  const tokenUrl = options.tokenUrl ?? `${base}/services/rest/auth/oauth2/v1/token`;
  const dispatcher = createDispatcher(options.timeoutMs);
  const semaphore = createSemaphore(options.concurrency ?? 2);
  const report = (record: RequestRecord) => options.onRequest?.(record);

  const tokens = createTokenCache({
    now,
    refreshAfterMs: netSuiteRefreshAfterMs,
    fetchToken: () =>
      timed('POST', new URL(tokenUrl).pathname, 1, async () => {
        const token = await fetchNetSuiteToken({ ...options, tokenUrl, nowMs: now(), dispatcher });
        return { value: token, status: 200 };
      }),
  });

  async function timed<T>(
    method: string,
    path: string,
    attempt: number,
    work: () => Promise<{ value: T; status: number }>,
  ): Promise<T> {
    const started = Date.now();
    try {
      const { value, status } = await work();
      report({ system: 'netsuite', method, path, status, durationMs: Date.now() - started, attempt });
      return value;
    } catch (error) {
      const status = error instanceof HttpError ? error.status : undefined;
      report({
        system: 'netsuite',
        method,
        path,
        status,
        durationMs: Date.now() - started,
        attempt,
        error: describeError(error),
      });
      throw error;
    }
  }

  const send = (call: Call, token: string, attempt: number): Promise<ReceivedResponse> =>
    semaphore.run(() =>
      timed(call.method, call.url.pathname + call.url.search, attempt, async () => {
        const response = await sendRequest({
          system: 'netsuite',
          method: call.method,
          url: call.url,
          headers: {
            authorization: `Bearer ${token}`,
            accept: 'application/json',
            ...(call.body === undefined ? {} : { 'content-type': 'application/json' }),
            ...call.headers,
          },
          body: call.body === undefined ? undefined : JSON.stringify(call.body),
          timeoutMs: options.timeoutMs,
          dispatcher,
        });
        return { value: response, status: response.status };
      }),
    );

  async function call(request: Call): Promise<ReceivedResponse> {
    const target: RequestTarget = {
      system: 'netsuite',
      method: request.method,
      path: request.url.pathname + request.url.search,
    };
    let token = await tokens.get();
    let response = await send(request, token, 1);
    if (response.status === 401) {
      // Expired or revoked token: one refresh, one retry. A second 401 goes to classifyFailure.
      tokens.invalidate(token);
      token = await tokens.get();
      response = await send(request, token, 2);
    }
    if (response.status !== request.expect) {
      throw new HttpError(
        target,
        response.status,
        response.body,
        parseRetryAfter(response.headers['retry-after'], now()),
      );
    }
    return response;
  }

  return {
    baseCurrency: options.baseCurrency,
    async suiteql(query, page = {}) {
      const limit = page.limit ?? 1000;
      const offset = page.offset ?? 0;
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
        throw new RangeError(`SuiteQL limit must be 1 to 1000, got ${limit}`);
      if (!Number.isInteger(offset) || offset < 0)
        throw new RangeError(`SuiteQL offset must be a whole number ≥ 0, got ${offset}`);
      const url = new URL(`${base}/services/rest/query/v1/suiteql`);
      url.searchParams.set('limit', String(limit));
      url.searchParams.set('offset', String(offset));
      const response = await call({
        method: 'POST',
        url,
        headers: { prefer: 'transient' },
        body: { q: query },
        expect: 200,
      });
      const target = { system: 'netsuite' as const, method: 'POST', path: url.pathname };
      return toSuiteQlPage(parseResponse(suiteQlSchema, 'SuiteQL collection', response.body, target));
    },
    async getRecord(type, id, recordOptions = {}) {
      const url = recordUrl(base, type, id);
      if (recordOptions.expandSubResources) url.searchParams.set('expandSubResources', 'true');
      const response = await call({ method: 'GET', url, expect: 200 });
      return parseResponse(recordSchema, `${type} record`, response.body, {
        system: 'netsuite',
        method: 'GET',
        path: url.pathname,
      });
    },
    async upsertRecord(type, externalId, body) {
      await call({ method: 'PUT', url: recordUrl(base, type, `eid:${externalId}`), body, expect: 204 });
    },
    close: () => dispatcher.close(),
  };
}
