PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_id` text NOT NULL,
	`bundle_key` text NOT NULL,
	`version` integer NOT NULL,
	`material` text NOT NULL,
	`name` text NOT NULL,
	`mime` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`content` text,
	`application_id` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_attachments`("id", "owner_id", "bundle_key", "version", "material", "name", "mime", "size", "sha256", "content", "application_id", "created_at") SELECT "id", "owner_id", "bundle_key", "version", "material", "name", "mime", "size", "sha256", "content", "application_id", "created_at" FROM `attachments`;--> statement-breakpoint
DROP TABLE `attachments`;--> statement-breakpoint
ALTER TABLE `__new_attachments` RENAME TO `attachments`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `attachments_owner_idx` ON `attachments` (`owner_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `attachments_application_idx` ON `attachments` (`application_id`);
