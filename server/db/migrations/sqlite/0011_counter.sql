CREATE TABLE `counter_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`clerk_id` text NOT NULL,
	`department` text NOT NULL,
	`bundle_key` text NOT NULL,
	`version` integer NOT NULL,
	`applicant_id` text NOT NULL,
	`party` text NOT NULL,
	`role` text NOT NULL,
	`visitor_name` text NOT NULL,
	`visitor_id_number` text NOT NULL,
	`phone` text,
	`account_created` integer NOT NULL,
	`draft_code_id` text,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`application_id` text
);
--> statement-breakpoint
CREATE INDEX `counter_sessions_clerk_idx` ON `counter_sessions` (`clerk_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `counter_filings` (
	`application_id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`filed_by` text NOT NULL,
	`filed_by_name` text NOT NULL,
	`department` text NOT NULL,
	`applicant_id` text NOT NULL,
	`party` text NOT NULL,
	`role` text NOT NULL,
	`visitor_name` text NOT NULL,
	`visitor_id_number` text NOT NULL,
	`authorisation_id` text,
	`confirmation` text NOT NULL,
	`signature` text,
	`otp_challenge_id` text,
	`confirmed_phone` text,
	`content_sha256` text NOT NULL,
	`draft_taken_over` integer NOT NULL,
	`filed_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `counter_filings_filer_idx` ON `counter_filings` (`filed_by`,`filed_at`);--> statement-breakpoint
CREATE INDEX `counter_filings_applicant_idx` ON `counter_filings` (`applicant_id`);--> statement-breakpoint
CREATE TABLE `counter_draft_codes` (
	`id` text PRIMARY KEY NOT NULL,
	`code_hash` text NOT NULL,
	`applicant_id` text NOT NULL,
	`bundle_key` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`used_at` text,
	`used_by` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `counter_draft_codes_code_uq` ON `counter_draft_codes` (`code_hash`);--> statement-breakpoint
CREATE INDEX `counter_draft_codes_draft_idx` ON `counter_draft_codes` (`applicant_id`,`bundle_key`);--> statement-breakpoint
CREATE TABLE `applicant_identities` (
	`holder_id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`source` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL
);--> statement-breakpoint
CREATE TABLE `one_time_codes` (
	`id` text PRIMARY KEY NOT NULL,
	`purpose` text NOT NULL,
	`user_id` text NOT NULL,
	`phone` text NOT NULL,
	`code_hash` text NOT NULL,
	`context` text NOT NULL,
	`attempts` integer NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`consumed_at` text
);
--> statement-breakpoint
CREATE INDEX `one_time_codes_phone_idx` ON `one_time_codes` (`phone`,`created_at`);
