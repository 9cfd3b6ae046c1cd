CREATE TABLE "access_log" (
	"id" text PRIMARY KEY NOT NULL,
	"at" text NOT NULL,
	"user_id" text NOT NULL,
	"username" text NOT NULL,
	"department" text,
	"application_id" text NOT NULL,
	"action" text NOT NULL,
	"target" text,
	"reason" text,
	"ip" text
);
--> statement-breakpoint
CREATE INDEX "access_log_application_idx" ON "access_log" USING btree ("application_id","at");--> statement-breakpoint
CREATE INDEX "access_log_user_idx" ON "access_log" USING btree ("user_id","at");--> statement-breakpoint
CREATE INDEX "access_log_at_idx" ON "access_log" USING btree ("at","id");
