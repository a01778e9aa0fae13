import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * One row per NetSuite record: its latest known version (events coalesce here), its sync state,
 * and the worker's lease. `dirty` means the latest version still has to be processed.
 */
export const syncRecord = sqliteTable(
  'sync_record',
  {
    recordType: text('record_type').notNull(),
    recordId: text('record_id').notNull(),
    status: text('status').notNull(),
    procurifyId: text('procurify_id'),
    message: text('message'),
    /** JSON array of { code, ...details }. */
    issues: text('issues').notNull().default('[]'),
    /** JSON for the NetSuite subtab: per-line mapping. */
    detail: text('detail'),
    /** Latest known snapshot (JSON), null once deleted. */
    snapshot: text('snapshot'),
    action: text('action').notNull(),
    versionLastModified: text('version_last_modified'),
    versionOccurredAt: text('version_occurred_at').notNull(),
    /** The version last processed to an outcome; older events are stale. */
    processedLastModified: text('processed_last_modified'),
    /**
     * Content address of the latest known version (snapshot without lastModified; null for a
     * delete): a new version with the same hash changes nothing (docs/architecture.md "Versions and no-op changes").
     */
    contentHash: text('content_hash'),
    dirty: integer('dirty', { mode: 'boolean' }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAtMs: integer('next_attempt_at_ms').notNull(),
    /** When the current run of transient failures began (retries stop after the configured age). */
    failingSinceMs: integer('failing_since_ms'),
    /** A write whose outcome is unknown: look the record up before writing again. */
    uncertainWrite: integer('uncertain_write', { mode: 'boolean' }).notNull().default(false),
    /** Hash of the last body written to Procurify, so an unchanged record costs no call. */
    writtenHash: text('written_hash'),
    /** Hash of the sync-state record last written to NetSuite: it is written only when what NetSuite shows changes. */
    shownHash: text('shown_hash'),
    /**
     * JSON: how far a multi-step Procurify write got (the bill's items and draft, the steps done), saved
     * after every step so a retry, crash or restart resumes it instead of starting over.
     */
    writeProgress: text('write_progress'),
    leaseOwner: text('lease_owner'),
    leaseUntilMs: integer('lease_until_ms'),
    lastSyncedAt: text('last_synced_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.recordType, table.recordId] }),
    index('sync_record_due_idx').on(table.dirty, table.nextAttemptAtMs),
    index('sync_record_status_idx').on(table.status, table.recordType),
  ],
);
