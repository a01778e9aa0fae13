import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Admin page sessions, so signing out holds across restarts and across relays sharing a libSQL
 * server. The cookie carries the signed id; a session counts only while its row exists unrevoked.
 */
export const adminSession = sqliteTable(
  'admin_session',
  {
    id: text('id').primaryKey(),
    userName: text('user_name').notNull(),
    role: text('role').notNull(),
    createdAt: text('created_at').notNull(),
    expiresAtMs: integer('expires_at_ms').notNull(),
    revokedAt: text('revoked_at'),
  },
  (table) => [index('admin_session_expires_idx').on(table.expiresAtMs)],
);
