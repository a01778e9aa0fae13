import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Named people of the admin API and pages, each with a role and a token of their own, so the audit
 * trail says who did what. Only a hash of the token is stored. MLC_ADMIN_TOKEN stays valid as the
 * first administrator's token and has no row here.
 */
export const adminUser = sqliteTable('admin_user', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  /** `viewer` | `operator` | `admin`. */
  role: text('role').notNull(),
  /** SHA-256 of the token, hex. */
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: text('created_at').notNull(),
  createdBy: text('created_by').notNull(),
  /** Set when the person's access was removed; their audit entries stay. */
  disabledAt: text('disabled_at'),
});
