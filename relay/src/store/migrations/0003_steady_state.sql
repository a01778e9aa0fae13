ALTER TABLE `sync_record` ADD `content_hash` text;--> statement-breakpoint
ALTER TABLE `sync_record` ADD `shown_hash` text;--> statement-breakpoint
-- Upgrading from the custbody/custentity fields: show every processed record once in its new
-- sync-state record (the state writer writes each one, then only when what it shows changes).
INSERT INTO `writeback` (`record_type`, `record_id`, `due_at_ms`, `attempts`, `generation`)
SELECT `record_type`, `record_id`, 0, 0, 1 FROM `sync_record` WHERE `status` <> 'pending'
ON CONFLICT DO NOTHING;
