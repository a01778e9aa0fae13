// Every kind of step the audit trail records. A closed union, so a new step is a deliberate choice.

export const AUDIT_ACTIONS = [
  'event_received',
  'event_stale',
  'event_unchanged',
  'mapping_checked',
  'procurify_request',
  'netsuite_request',
  'retry_scheduled',
  'state_changed',
  'writeback_sent',
  'writeback_failed',
  'replay_requested',
  'mapping_changed',
  'setting_changed',
  'credential_changed',
  'reference_refreshed',
  'user_added',
  'user_removed',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditInput {
  action: AuditAction;
  /** Who caused it: `netsuite`, `worker`, `poller`, `admin`, `cli`, ... */
  actor: string;
  recordType?: string | null;
  recordId?: string | null;
  detail?: Record<string, unknown>;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: AuditAction;
  recordType: string | null;
  recordId: string | null;
  detail: Record<string, unknown>;
}
