ALTER TABLE "bundles" ADD COLUMN "archived_at" text;--> statement-breakpoint
ALTER TABLE "bundles" ADD COLUMN "archived_by" text;