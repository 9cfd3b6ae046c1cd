ALTER TABLE "one_time_codes" ADD COLUMN "subject" text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE "one_time_codes" SET "subject" = "user_id";--> statement-breakpoint
CREATE INDEX "one_time_codes_subject_idx" ON "one_time_codes" USING btree ("subject","purpose","created_at");
