CREATE TABLE "document_counters" (
	"department" text NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "document_counters_department_kind_year_pk" PRIMARY KEY("department","kind","year")
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" text PRIMARY KEY NOT NULL,
	"application_id" text NOT NULL,
	"kind" text NOT NULL,
	"ref" text NOT NULL,
	"department" text NOT NULL,
	"year" integer NOT NULL,
	"serial" integer NOT NULL,
	"doc_no" text NOT NULL,
	"data" text NOT NULL,
	"issued_at" text NOT NULL,
	"issued_by" text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "documents_subject_uq" ON "documents" USING btree ("application_id","kind","ref");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_serial_uq" ON "documents" USING btree ("department","kind","year","serial");--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" text PRIMARY KEY NOT NULL,
	"dedupe_key" text NOT NULL,
	"application_id" text,
	"recipient_id" text NOT NULL,
	"event" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"variables" text NOT NULL,
	"created_at" text NOT NULL,
	"read_at" text
);
--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_dedupe_uq" ON "notifications" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "notifications_recipient_idx" ON "notifications" USING btree ("recipient_id","created_at");--> statement-breakpoint
CREATE TABLE "sms_messages" (
	"id" text PRIMARY KEY NOT NULL,
	"notification_id" text NOT NULL,
	"phone" text NOT NULL,
	"body" text NOT NULL,
	"status" text NOT NULL,
	"provider" text,
	"provider_ref" text,
	"created_at" text NOT NULL,
	"sent_at" text
);
--> statement-breakpoint
CREATE UNIQUE INDEX "sms_messages_notification_uq" ON "sms_messages" USING btree ("notification_id");--> statement-breakpoint
CREATE TABLE "result_handovers" (
	"application_id" text PRIMARY KEY NOT NULL,
	"method" text NOT NULL,
	"pickup_code" text,
	"carrier" text,
	"tracking_no" text,
	"address" text,
	"recipient_name" text,
	"recipient_id_number" text,
	"signature" text,
	"handed_over_at" text,
	"handed_over_by" text,
	"created_at" text NOT NULL,
	"updated_at" text NOT NULL
);
