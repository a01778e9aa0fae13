import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Append-only audit trail; each row's hash covers its content and the previous row's hash. */
export const auditEntry = sqliteTable(
  'audit_entry',
  {
    id: integer('id').primaryKey(),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    recordType: text('record_type'),
    recordId: text('record_id'),
    /** JSON, redacted before it is written. */
    detail: text('detail').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [index('audit_entry_record_idx').on(table.recordType, table.recordId, table.id)],
);

/** The chain head, kept apart so that deleting the newest rows is detected too. */
export const auditHead = sqliteTable('audit_head', {
  id: integer('id').primaryKey(),
  lastId: integer('last_id').notNull(),
  lastHash: text('last_hash').notNull(),
  entries: integer('entries').notNull(),
});
