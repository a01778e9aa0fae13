import { AsyncLocalStorage } from 'node:async_hooks';
import type { AuditInput } from '../audit/actions';
import type { RequestRecord } from '../transport/request-record';

// The API clients are shared by every job, but each request belongs in the audit trail of the
// record being processed. The worker runs each job inside a collector; the clients' onRequest
// hook (`auditRequest`) adds to whichever collector is current.

export interface RecordScope {
  recordType: string;
  recordId: string;
  actor: string;
}

interface Collector {
  scope: RecordScope;
  entries: AuditInput[];
}

const current = new AsyncLocalStorage<Collector>();

export function collectRequests<T>(scope: RecordScope, entries: AuditInput[], run: () => Promise<T>): Promise<T> {
  return current.run({ scope, entries }, run);
}

/** The onRequest hook for both API clients: requests made outside a job are not audited one by one. */
export function auditRequest(record: RequestRecord): void {
  const collector = current.getStore();
  if (!collector) return;
  collector.entries.push({
    action: record.system === 'procurify' ? 'procurify_request' : 'netsuite_request',
    actor: collector.scope.actor,
    recordType: collector.scope.recordType,
    recordId: collector.scope.recordId,
    detail: { ...record },
  });
}
