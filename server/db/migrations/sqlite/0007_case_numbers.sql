ALTER TABLE `applications` ADD `case_no` text;--> statement-breakpoint
ALTER TABLE `applications` ADD `delivery` text;--> statement-breakpoint
CREATE UNIQUE INDEX `applications_case_no_uq` ON `applications` (`case_no`);--> statement-breakpoint
CREATE TABLE `case_counters` (
	`prefix` text PRIMARY KEY NOT NULL,
	`last` integer NOT NULL
);
