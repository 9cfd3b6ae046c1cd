ALTER TABLE "tasks" ADD COLUMN "bundle_key" text;--> statement-breakpoint
UPDATE "tasks" SET "bundle_key" = (SELECT "bundle_key" FROM "applications" WHERE "applications"."id" = "tasks"."application_id");--> statement-breakpoint
DROP INDEX "tasks_inbox_idx";--> statement-breakpoint
CREATE INDEX "tasks_open_due_idx" ON "tasks" USING btree ("department","due_at","created_at","id") WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "tasks_open_all_due_idx" ON "tasks" USING btree ("due_at","created_at","id") WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "tasks_open_bundle_idx" ON "tasks" USING btree ("department","bundle_key","due_at","created_at","id") WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "tasks_done_idx" ON "tasks" USING btree ("department","completed_at","id") WHERE status = 'done';--> statement-breakpoint
CREATE INDEX "tasks_done_bundle_idx" ON "tasks" USING btree ("department","bundle_key","completed_at","id") WHERE status = 'done';--> statement-breakpoint
CREATE INDEX "tasks_late_idx" ON "tasks" USING btree ("department","completed_at","id") WHERE status = 'done' AND due_at IS NOT NULL AND completed_at > due_at;--> statement-breakpoint
CREATE INDEX "tasks_late_all_idx" ON "tasks" USING btree ("completed_at","id") WHERE status = 'done' AND due_at IS NOT NULL AND completed_at > due_at;--> statement-breakpoint
DROP INDEX "applications_applicant_idx";--> statement-breakpoint
CREATE INDEX "applications_applicant_page_idx" ON "applications" USING btree ("applicant_id","submitted_at","id");--> statement-breakpoint
CREATE INDEX "users_display_name_idx" ON "users" USING btree ("display_name");--> statement-breakpoint
CREATE INDEX "timers_instance_pending_idx" ON "timers" USING btree ("instance_id") WHERE fired_at IS NULL AND cancelled_at IS NULL;--> statement-breakpoint
CREATE TABLE "task_counts" (
	"department" text NOT NULL,
	"role" text NOT NULL,
	"status" text NOT NULL,
	"shard" integer NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "task_counts_department_role_status_shard_pk" PRIMARY KEY("department","role","status","shard")
);
--> statement-breakpoint
INSERT INTO "task_counts" ("department", "role", "status", "shard", "n") SELECT "department", "role", "status", 0, COUNT(*) FROM "tasks" GROUP BY "department", "role", "status";--> statement-breakpoint
CREATE TABLE "closed_stats" (
	"day" text NOT NULL,
	"department" text NOT NULL,
	"shard" integer NOT NULL,
	"closed" integer NOT NULL,
	"late" integer NOT NULL,
	"handling_minutes" integer NOT NULL,
	CONSTRAINT "closed_stats_day_department_shard_pk" PRIMARY KEY("day","department","shard")
);
--> statement-breakpoint
INSERT INTO "closed_stats" ("day", "department", "shard", "closed", "late", "handling_minutes")
SELECT to_char("completed_at"::timestamptz AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD'), "department", 0, COUNT(*),
	SUM(CASE WHEN "due_at" IS NOT NULL AND "completed_at" > "due_at" THEN 1 ELSE 0 END),
	CAST(SUM(EXTRACT(EPOCH FROM ("completed_at"::timestamptz - "created_at"::timestamptz)) / 60) AS INTEGER)
FROM "tasks" WHERE "status" = 'done' AND "completed_at" IS NOT NULL GROUP BY 1, 2;
