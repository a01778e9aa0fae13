import { primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Cached reference data of both systems (account codes, departments, accounts, currencies, ...). */
export const referenceItem = sqliteTable(
  'reference_item',
  {
    system: text('system').notNull(),
    kind: text('kind').notNull(),
    id: text('id').notNull(),
    data: text('data').notNull(),
    refreshedAt: text('refreshed_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.system, table.kind, table.id] })],
);
