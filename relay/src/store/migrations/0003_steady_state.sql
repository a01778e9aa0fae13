ALTER TABLE `sync_record` ADD `content_hash` text;--> statement-breakpoint
ALTER TABLE `sync_record` ADD `shown_hash` text;