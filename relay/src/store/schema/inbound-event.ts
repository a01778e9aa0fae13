import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The durable inbox: every accepted event, kept at least 30 days so a repeated eventId is
 * recognised as a duplicate. Written before the 202 is sent.
 */
export const inboundEvent = sqliteTable(
  'inbound_event',
  {
    eventId: text('event_id').primaryKey(),
    recordType: text('record_type').notNull(),
    recordId: text('record_id').notNull(),
    action: text('action').notNull(),
    source: text('source').notNull(),
    occurredAt: text('occurred_at').notNull(),
    /** snapshot.lastModified; null for deletes. */
    lastModified: text('last_modified'),
    snapshot: text('snapshot'),
    receivedAt: text('received_at').notNull(),
    /**
     * What the event did: `applied` (became the record's latest version), `unchanged` (newer, but
     * with the content already known: nothing to do) or `stale` (older than the version known).
     */
    disposition: text('disposition').notNull(),
    receivedAtMs: integer('received_at_ms').notNull(),
  },
  (table) => [
    index('inbound_event_record_idx').on(table.recordType, table.recordId),
    index('inbound_event_received_idx').on(table.receivedAtMs),
  ],
);
