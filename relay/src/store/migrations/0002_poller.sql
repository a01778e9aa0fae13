CREATE TABLE `backfill_run` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`since` text NOT NULL,
	`status` text NOT NULL,
	`dry_run` integer DEFAULT false NOT NULL,
	`progress` text NOT NULL,
	`message` text,
	`requested_by` text NOT NULL,
	`started_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`finished_at` text
);
--> statement-breakpoint
CREATE TABLE `poll_cursor` (
	`name` text PRIMARY KEY NOT NULL,
	`last_modified` text NOT NULL,
	`record_id` text NOT NULL,
	`updated_at` text NOT NULL
);
