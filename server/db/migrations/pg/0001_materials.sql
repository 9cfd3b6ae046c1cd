CREATE TABLE "attachments" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_id" text NOT NULL,
	"bundle_key" text NOT NULL,
	"version" integer NOT NULL,
	"material" text NOT NULL,
	"name" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" text NOT NULL,
	"application_id" text,
	"created_at" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "material_promises" (
	"application_id" text NOT NULL,
	"material" text NOT NULL,
	"material_name" text NOT NULL,
	"deferral_days" integer NOT NULL,
	"promise_text" text NOT NULL,
	"signed_name" text NOT NULL,
	"signed_by" text NOT NULL,
	"signed_at" text NOT NULL,
	CONSTRAINT "material_promises_application_id_material_pk" PRIMARY KEY("application_id","material")
);
--> statement-breakpoint
CREATE INDEX "attachments_owner_idx" ON "attachments" USING btree ("owner_id","created_at");--> statement-breakpoint
CREATE INDEX "attachments_application_idx" ON "attachments" USING btree ("application_id");