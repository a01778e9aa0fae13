import type { EventEnvelope } from '../../../suiteapp/src/lib/snapshot-types';
import { Secret } from '../../../relay/src/config';
import { signedHeaders } from '../../../relay/src/crypto/signature';
import { PROOF_SECRETS } from './proof-systems';

// HTTP calls to a relay at a base URL: signed event batches (as the SuiteApp sends them) and admin reads.

export async function postEvents(baseUrl: string, events: EventEnvelope[], account = '1234567_SB1') {
  const body = JSON.stringify({ events });
  const timestamp = String(Math.floor(Date.now() / 1000));
  return fetch(`${baseUrl}/v1/netsuite/events`, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      ...signedHeaders(new Secret(PROOF_SECRETS.eventSecret), {
        timestamp,
        account,
        method: 'POST',
        pathWithQuery: '/v1/netsuite/events',
        body,
      }),
    },
  });
}

export async function adminGet<T>(baseUrl: string, pathWithQuery: string): Promise<T> {
  const response = await fetch(`${baseUrl}${pathWithQuery}`, {
    headers: { authorization: `Bearer ${PROOF_SECRETS.adminToken}` },
  });
  if (!response.ok) throw new Error(`GET ${pathWithQuery} answered ${response.status}`);
  return (await response.json()) as T;
}

export interface RecordItem {
  recordType: string;
  recordId: string;
  status: string;
  procurifyId: string | null;
  message?: string | null;
}

/** Every record the relay holds, keyed `type:id`. */
export async function listRecords(baseUrl: string): Promise<Map<string, RecordItem>> {
  const records = new Map<string, RecordItem>();
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ limit: '500', ...(cursor ? { cursor } : {}) });
    const page: { items: RecordItem[]; nextCursor: string | null } = await adminGet(baseUrl, `/v1/records?${query}`);
    for (const item of page.items) records.set(`${item.recordType}:${item.recordId}`, item);
    cursor = page.nextCursor;
  } while (cursor);
  return records;
}
