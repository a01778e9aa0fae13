import { Secret, type Config } from '../config';
import { createNetSuiteClient, type NetSuiteClient } from '../netsuite';
import { createProcurifyClient, type ProcurifyClient } from '../procurify';
import type { RequestRecord } from '../retry/request-record';
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
  options: { procurifyMaxRequestsPerSecond?: number } = {},
): Clients {
  const timeoutMs = config.sync.requestTimeoutMs;
  const procurify = credentials.procurify
    ? createProcurifyClient({
        baseUrl: credentials.procurify.baseUrl,
        tokenUrl: credentials.procurify.tokenUrl,
        clientId: credentials.procurify.clientId,
        clientSecret: new Secret(credentials.procurify.clientSecret),
        timeoutMs,
        maxRequestsPerSecond: options.procurifyMaxRequestsPerSecond ?? (config.procurify.rateLimit || undefined),
        onRequest,
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
        timeoutMs,
        onRequest,
      })
    : undefined;
  return { procurify, netsuite };
}
