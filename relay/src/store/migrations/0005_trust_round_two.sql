CREATE TABLE `relay_heartbeat` (
	`relay` text PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`at_ms` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `admin_user` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`disabled_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `admin_user_name_unique` ON `admin_user` (`name`);--> statement-breakpoint
CREATE UNIQUE INDEX `admin_user_token_hash_unique` ON `admin_user` (`token_hash`);--> statement-breakpoint
CREATE TABLE `admin_session` (
	`id` text PRIMARY KEY NOT NULL,
	`user_name` text NOT NULL,
	`role` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at_ms` integer NOT NULL,
	`revoked_at` text
);
--> statement-breakpoint
CREATE INDEX `admin_session_expires_idx` ON `admin_session` (`expires_at_ms`);--> statement-breakpoint
CREATE TABLE `audit_chain` (
	`id` integer PRIMARY KEY NOT NULL,
	`keyed_from_id` integer NOT NULL,
	`key_check` text NOT NULL,
	`created_at` text NOT NULL
);
