DROP INDEX "outbox_due_idx";--> statement-breakpoint
DROP INDEX "timers_due_idx";--> statement-breakpoint
CREATE INDEX "outbox_pending_due_idx" ON "outbox" USING btree ("next_attempt_at") WHERE delivered_at IS NULL AND failed_at IS NULL;--> statement-breakpoint
CREATE INDEX "timers_pending_due_idx" ON "timers" USING btree ("due_at") WHERE fired_at IS NULL AND cancelled_at IS NULL;