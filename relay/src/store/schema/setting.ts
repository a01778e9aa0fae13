import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Runtime settings changed through the admin API or CLI (environment settings live in config/). */
export const setting = sqliteTable('setting', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull(),
  updatedBy: text('updated_by').notNull(),
});
