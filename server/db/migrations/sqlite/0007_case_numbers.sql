ALTER TABLE `applications` ADD `case_no` text;--> statement-breakpoint
ALTER TABLE `applications` ADD `delivery` text;--> statement-breakpoint
CREATE UNIQUE INDEX `applications_case_no_uq` ON `applications` (`case_no`);