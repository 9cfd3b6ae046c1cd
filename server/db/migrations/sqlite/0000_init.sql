CREATE TABLE `applications` (
	`id` text PRIMARY KEY NOT NULL,
	`bundle_key` text NOT NULL,
	`version` integer NOT NULL,
	`applicant_id` text NOT NULL,
	`answers` text NOT NULL,
	`data` text NOT NULL,
	`status` text NOT NULL,
	`submitted_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`request_id` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `applications_request_uq` ON `applications` (`applicant_id`,`request_id`);--> statement-breakpoint
CREATE INDEX `applications_applicant_idx` ON `applications` (`applicant_id`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `applications_bundle_idx` ON `applications` (`bundle_key`,`version`);--> statement-breakpoint
CREATE TABLE `bundle_versions` (
	`key` text NOT NULL,
	`version` integer NOT NULL,
	`spec` text NOT NULL,
	`published_at` text NOT NULL,
	`published_by` text NOT NULL,
	`change_summary` text NOT NULL,
	PRIMARY KEY(`key`, `version`)
);
--> statement-breakpoint
CREATE TABLE `bundles` (
	`key` text PRIMARY KEY NOT NULL,
	`draft` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `departments` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`name_en` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `drafts` (
	`applicant_id` text NOT NULL,
	`bundle_key` text NOT NULL,
	`version` integer NOT NULL,
	`answers` text NOT NULL,
	`data` text NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`applicant_id`, `bundle_key`)
);
--> statement-breakpoint
CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text,
	`instance_id` text,
	`bundle_key` text,
	`definition_version` integer,
	`actor_id` text NOT NULL,
	`actor_name` text NOT NULL,
	`department` text,
	`kind` text NOT NULL,
	`message` text NOT NULL,
	`data` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `events_application_idx` ON `events` (`application_id`,`at`);--> statement-breakpoint
CREATE TABLE `flow_instances` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`bundle_key` text NOT NULL,
	`definition_version` integer NOT NULL,
	`engine` text NOT NULL,
	`state` text NOT NULL,
	`status` text NOT NULL,
	`rev` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `flow_instances_application_uq` ON `flow_instances` (`application_id`);--> statement-breakpoint
CREATE TABLE `licences` (
	`id` text PRIMARY KEY NOT NULL,
	`holder_id` text NOT NULL,
	`type` text NOT NULL,
	`title` text NOT NULL,
	`fields` text NOT NULL,
	`issued_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `licences_holder_type_uq` ON `licences` (`holder_id`,`type`);--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`subscription_id` text NOT NULL,
	`topic` text NOT NULL,
	`payload` text NOT NULL,
	`attempts` integer NOT NULL,
	`next_attempt_at` text NOT NULL,
	`delivered_at` text,
	`failed_at` text,
	`last_error` text,
	`claimed_by` text,
	`claimed_until` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `outbox_due_idx` ON `outbox` (`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `rate_limits` (
	`key` text PRIMARY KEY NOT NULL,
	`count` integer NOT NULL,
	`window_start` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `ratings` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`applicant_id` text NOT NULL,
	`score` integer NOT NULL,
	`comment` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ratings_application_uq` ON `ratings` (`application_id`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`ip` text
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE INDEX `sessions_expires_idx` ON `sessions` (`expires_at`);--> statement-breakpoint
CREATE TABLE `tasks` (
	`id` text PRIMARY KEY NOT NULL,
	`instance_id` text NOT NULL,
	`application_id` text NOT NULL,
	`node` text NOT NULL,
	`activation` integer NOT NULL,
	`name` text NOT NULL,
	`department` text NOT NULL,
	`role` text NOT NULL,
	`assignee` text,
	`status` text NOT NULL,
	`outcome` text,
	`comment` text,
	`created_at` text NOT NULL,
	`due_at` text,
	`completed_at` text,
	`completed_by` text,
	`request_id` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tasks_activation_uq` ON `tasks` (`instance_id`,`node`,`activation`);--> statement-breakpoint
CREATE INDEX `tasks_inbox_idx` ON `tasks` (`department`,`role`,`status`);--> statement-breakpoint
CREATE INDEX `tasks_application_idx` ON `tasks` (`application_id`);--> statement-breakpoint
CREATE TABLE `timers` (
	`id` text PRIMARY KEY NOT NULL,
	`dedupe_key` text NOT NULL,
	`instance_id` text,
	`kind` text NOT NULL,
	`payload` text NOT NULL,
	`due_at` text NOT NULL,
	`fired_at` text,
	`cancelled_at` text,
	`claimed_by` text,
	`claimed_until` text,
	`attempts` integer NOT NULL,
	`last_error` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `timers_dedupe_uq` ON `timers` (`dedupe_key`);--> statement-breakpoint
CREATE INDEX `timers_due_idx` ON `timers` (`due_at`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`password_hash` text NOT NULL,
	`roles` text NOT NULL,
	`department` text,
	`profile` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_uq` ON `users` (`username`);--> statement-breakpoint
CREATE TABLE `webhook_subscriptions` (
	`id` text PRIMARY KEY NOT NULL,
	`url` text NOT NULL,
	`secret` text NOT NULL,
	`topics` text NOT NULL,
	`active` integer NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL
);
