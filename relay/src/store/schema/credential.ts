import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Credential sets sealed with AES-256-GCM under the master key; never stored or logged in clear. */
export const credential = sqliteTable('credential', {
  system: text('system').primaryKey(),
  sealed: text('sealed').notNull(),
  updatedAt: text('updated_at').notNull(),
  updatedBy: text('updated_by').notNull(),
});
