import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Where a SuiteQL keyset scan stands: the (last-modified, id) of the last row handed to the inbox.
 * `lastModified` is NetSuite wall time (`YYYY-MM-DDTHH:MM:SS` in the integration user's time zone),
 * exactly as TO_CHAR gave it, so the next TO_TIMESTAMP reads it back in the same zone.
 */
export const pollCursor = sqliteTable('poll_cursor', {
  /** `poll:vendor`, `poll:deleted`, `backfill:3:vendorbill`, ... */
  name: text('name').primaryKey(),
  lastModified: text('last_modified').notNull(),
  recordId: text('record_id').notNull(),
  updatedAt: text('updated_at').notNull(),
});
