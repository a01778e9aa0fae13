import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * One backfill from a date. Its per-type keyset cursors live in `poll_cursor` under
 * `backfill:<id>:<scope>`, so a restart resumes each scan where its last stored page ended.
 */
export const backfillRun = sqliteTable('backfill_run', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** `YYYY-MM-DD`: records last modified on or after this day (NetSuite's time zone). */
  since: text('since').notNull(),
  /** `running` | `done` | `failed`. */
  status: text('status').notNull(),
  /** A dry run: scan and report what a real run would do, handing nothing to the inbox. */
  dryRun: integer('dry_run', { mode: 'boolean' }).notNull().default(false),
  /** JSON: per scope { done, scanned, accepted } (scopes: vendor, vendorbill, purchaseorder, deleted). */
  progress: text('progress').notNull(),
  message: text('message'),
  requestedBy: text('requested_by').notNull(),
  startedAt: text('started_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  finishedAt: text('finished_at'),
});
