import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Pending writebacks to NetSuite, one per record (coalesced): the body is built from the record's
 * state when it is sent, so several state changes cost one PATCH.
 */
export const writeback = sqliteTable(
  'writeback',
  {
    recordType: text('record_type').notNull(),
    recordId: text('record_id').notNull(),
    dueAtMs: integer('due_at_ms').notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    leaseOwner: text('lease_owner'),
    leaseUntilMs: integer('lease_until_ms'),
    /** Bumped on every state change, so a PATCH of an older state does not clear a newer one. */
    generation: integer('generation').notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.recordType, table.recordId] })],
);
