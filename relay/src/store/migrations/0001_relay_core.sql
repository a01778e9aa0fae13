CREATE TABLE `audit_entry` (
	`id` integer PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`record_type` text,
	`record_id` text,
	`detail` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_entry_record_idx` ON `audit_entry` (`record_type`,`record_id`,`id`);--> statement-breakpoint
CREATE TABLE `audit_head` (
	`id` integer PRIMARY KEY NOT NULL,
	`last_id` integer NOT NULL,
	`last_hash` text NOT NULL,
	`entries` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `credential` (
	`system` text PRIMARY KEY NOT NULL,
	`sealed` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `inbound_event` (
	`event_id` text PRIMARY KEY NOT NULL,
	`record_type` text NOT NULL,
	`record_id` text NOT NULL,
	`action` text NOT NULL,
	`source` text NOT NULL,
	`occurred_at` text NOT NULL,
	`last_modified` text,
	`snapshot` text,
	`received_at` text NOT NULL,
	`disposition` text NOT NULL,
	`received_at_ms` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `inbound_event_record_idx` ON `inbound_event` (`record_type`,`record_id`);--> statement-breakpoint
CREATE INDEX `inbound_event_received_idx` ON `inbound_event` (`received_at_ms`);--> statement-breakpoint
CREATE TABLE `mapping_override` (
	`kind` text NOT NULL,
	`netsuite_id` text NOT NULL,
	`procurify_id` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	PRIMARY KEY(`kind`, `netsuite_id`)
);
--> statement-breakpoint
CREATE TABLE `reference_item` (
	`system` text NOT NULL,
	`kind` text NOT NULL,
	`id` text NOT NULL,
	`data` text NOT NULL,
	`refreshed_at` text NOT NULL,
	PRIMARY KEY(`system`, `kind`, `id`)
);
--> statement-breakpoint
CREATE TABLE `sync_record` (
	`record_type` text NOT NULL,
	`record_id` text NOT NULL,
	`status` text NOT NULL,
	`procurify_id` text,
	`message` text,
	`issues` text DEFAULT '[]' NOT NULL,
	`detail` text,
	`snapshot` text,
	`action` text NOT NULL,
	`version_last_modified` text,
	`version_occurred_at` text NOT NULL,
	`processed_last_modified` text,
	`dirty` integer NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at_ms` integer NOT NULL,
	`failing_since_ms` integer,
	`uncertain_write` integer DEFAULT false NOT NULL,
	`written_hash` text,
	`lease_owner` text,
	`lease_until_ms` integer,
	`last_synced_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`record_type`, `record_id`)
);
--> statement-breakpoint
CREATE INDEX `sync_record_due_idx` ON `sync_record` (`dirty`,`next_attempt_at_ms`);--> statement-breakpoint
CREATE INDEX `sync_record_status_idx` ON `sync_record` (`status`,`record_type`);--> statement-breakpoint
CREATE TABLE `writeback` (
	`record_type` text NOT NULL,
	`record_id` text NOT NULL,
	`due_at_ms` integer NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`lease_owner` text,
	`lease_until_ms` integer,
	`generation` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`record_type`, `record_id`)
);
