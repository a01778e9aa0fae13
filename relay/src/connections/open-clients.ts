import { Secret, type Config } from '../config';
import { createNetSuiteClient, type NetSuiteClient } from '../netsuite';
import { createProcurifyClient, type ProcurifyClient } from '../procurify';
import type { RequestRecord } from '../transport/request-record';
import { systemClock, type Clock } from '../time/clock';
import type { NetSuiteCredentials, ProcurifyCredentials } from './credential-sets';

export interface Clients {
  procurify?: ProcurifyClient;
  netsuite?: NetSuiteClient;
}

/** One client per connection: their rate, concurrency and token state are shared by every caller. */
export function openClients(
  config: Config,
  credentials: { procurify?: ProcurifyCredentials; netsuite?: NetSuiteCredentials },
  onRequest: (record: RequestRecord) => void,
  options: { procurifyMaxRequestsPerSecond?: number; clock?: Clock } = {},
): Clients {
  const timeoutMs = config.sync.requestTimeoutMs;
  const clock = options.clock ?? systemClock;
  const procurify = credentials.procurify
    ? createProcurifyClient({
        baseUrl: credentials.procurify.baseUrl,
        tokenUrl: credentials.procurify.tokenUrl,
        clientId: credentials.procurify.clientId,
        clientSecret: new Secret(credentials.procurify.clientSecret),
        timeoutMs,
        maxRequestsPerSecond: options.procurifyMaxRequestsPerSecond ?? (config.procurify.rateLimit || undefined),
        onRequest,
        now: clock.now,
        sleep: (ms) => clock.sleep(ms),
      })
    : undefined;
  const netsuite = credentials.netsuite
    ? createNetSuiteClient({
        baseUrl: credentials.netsuite.baseUrl,
        accountId: credentials.netsuite.accountId,
        clientId: credentials.netsuite.clientId,
        certificateId: credentials.netsuite.certificateId,
        privateKey: new Secret(credentials.netsuite.privateKey),
        concurrency: config.netsuite.concurrency,
        baseCurrency: config.netsuite.baseCurrency,
        timeoutMs,
        onRequest,
        now: clock.now,
      })
    : undefined;
  return { procurify, netsuite };
}
