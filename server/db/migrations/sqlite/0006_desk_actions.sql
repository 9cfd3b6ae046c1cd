CREATE TABLE `rating_rectifications` (
	`application_id` text PRIMARY KEY NOT NULL,
	`department` text NOT NULL,
	`due_at` text NOT NULL,
	`contact` text NOT NULL,
	`measures` text NOT NULL,
	`rectified_by` text NOT NULL,
	`rectified_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `ratings_score_idx` ON `ratings` (`score`,`at`);
