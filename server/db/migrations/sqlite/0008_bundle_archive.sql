ALTER TABLE `bundles` ADD `archived_at` text;--> statement-breakpoint
ALTER TABLE `bundles` ADD `archived_by` text;