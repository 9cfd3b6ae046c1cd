CREATE TABLE `dictionary_extensions` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`signature` text NOT NULL,
	`extension` text NOT NULL,
	`source` text NOT NULL,
	`note` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`reverted_by` text,
	`reverted_at` text
);
--> statement-breakpoint
CREATE INDEX `dictionary_extensions_signature_idx` ON `dictionary_extensions` (`signature`,`reverted_at`);--> statement-breakpoint
CREATE INDEX `dictionary_extensions_created_idx` ON `dictionary_extensions` (`created_at`,`id`);
