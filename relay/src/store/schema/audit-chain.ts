import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Where the audit chain became keyed: entries from `keyedFromId` on are HMAC-SHA256 under a key
 * derived from the master key (earlier ones, written by older relays, plain SHA-256). `keyCheck` is
 * that key's MAC of `keyedFromId`, so the row cannot be moved or rewritten without the key.
 */
export const auditChain = sqliteTable('audit_chain', {
  id: integer('id').primaryKey(),
  keyedFromId: integer('keyed_from_id').notNull(),
  keyCheck: text('key_check').notNull(),
  createdAt: text('created_at').notNull(),
});
