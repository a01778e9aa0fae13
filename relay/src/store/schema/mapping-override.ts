import { primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Manual mappings (NetSuite id → Procurify id) that always win over the automatic rules. */
export const mappingOverride = sqliteTable(
  'mapping_override',
  {
    kind: text('kind').notNull(),
    netsuiteId: text('netsuite_id').notNull(),
    procurifyId: text('procurify_id').notNull(),
    updatedAt: text('updated_at').notNull(),
    updatedBy: text('updated_by').notNull(),
  },
  (table) => [primaryKey({ columns: [table.kind, table.netsuiteId] })],
);
