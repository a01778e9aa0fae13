import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Written by every readiness check: a relay that says ready has just written to its database. */
export const relayHeartbeat = sqliteTable('relay_heartbeat', {
  /** One row per relay process (`<host>:<pid>`), so relays sharing a libSQL server do not contend on one. */
  relay: text('relay').primaryKey(),
  at: text('at').notNull(),
  atMs: integer('at_ms').notNull(),
});
