DROP INDEX `outbox_due_idx`;--> statement-breakpoint
CREATE INDEX `outbox_pending_due_idx` ON `outbox` (`next_attempt_at`) WHERE delivered_at IS NULL AND failed_at IS NULL;--> statement-breakpoint
DROP INDEX `timers_due_idx`;--> statement-breakpoint
CREATE INDEX `timers_pending_due_idx` ON `timers` (`due_at`) WHERE fired_at IS NULL AND cancelled_at IS NULL;