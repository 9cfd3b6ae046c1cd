CREATE TABLE `catalogue_item_versions` (
	`item_id` text NOT NULL,
	`version` integer NOT NULL,
	`spec` text NOT NULL,
	`name` text NOT NULL,
	`name_initials` text NOT NULL,
	`search_text` text NOT NULL,
	`code` text,
	`department` text NOT NULL,
	`dept_name` text NOT NULL,
	`task_type` text NOT NULL,
	`published_at` text NOT NULL,
	`published_by` text NOT NULL,
	`change_summary` text NOT NULL,
	PRIMARY KEY(`item_id`, `version`)
);
--> statement-breakpoint
CREATE TABLE `catalogue_items` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text,
	`department` text NOT NULL,
	`name` text NOT NULL,
	`name_initials` text NOT NULL,
	`search_text` text NOT NULL,
	`dept_name` text NOT NULL,
	`task_type` text,
	`serve_type` text NOT NULL,
	`online_level` text,
	`cross_scope` text,
	`has_form` integer NOT NULL,
	`origin` text NOT NULL,
	`draft` text NOT NULL,
	`draft_updated_at` text NOT NULL,
	`draft_updated_by` text NOT NULL,
	`latest_version` integer,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `catalogue_revision` (
	`id` text PRIMARY KEY NOT NULL,
	`rev` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `catalogue_items_code_uq` ON `catalogue_items` (`code`);--> statement-breakpoint
CREATE INDEX `catalogue_items_initials_idx` ON `catalogue_items` (`name_initials`,`name`,`id`);--> statement-breakpoint
CREATE INDEX `catalogue_items_department_idx` ON `catalogue_items` (`department`,`name_initials`,`id`);--> statement-breakpoint
CREATE INDEX `catalogue_items_facets_idx` ON `catalogue_items` (`department`,`task_type`,`serve_type`,`online_level`,`cross_scope`,`origin`,`has_form`,`latest_version`,`search_text`,`name_initials`,`name`);--> statement-breakpoint
CREATE INDEX `catalogue_items_updated_idx` ON `catalogue_items` (`draft_updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `catalogue_items_origin_idx` ON `catalogue_items` (`origin`);
