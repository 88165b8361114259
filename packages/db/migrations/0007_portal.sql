CREATE TABLE "case_follower" (
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "case_follower_case_id_user_id_pk" PRIMARY KEY("case_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "open311_client" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"contact" text,
	"key_hash" text NOT NULL,
	"key_prefix" text NOT NULL,
	"district_code" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	"last_used_at" timestamp with time zone,
	CONSTRAINT "open311_client_key_hash_unique" UNIQUE("key_hash")
);
--> statement-breakpoint
CREATE TABLE "rate_counter" (
	"key" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resident_link" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sms_code" (
	"phone_hash" text PRIMARY KEY NOT NULL,
	"code_hash" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "phone_hash" text;--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "phone_masked" text;--> statement-breakpoint
ALTER TABLE "case_record" ADD COLUMN "open311_client_id" uuid;--> statement-breakpoint
ALTER TABLE "case_follower" ADD CONSTRAINT "case_follower_case_id_case_record_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_record"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_follower" ADD CONSTRAINT "case_follower_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "open311_client" ADD CONSTRAINT "open311_client_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "open311_client" ADD CONSTRAINT "open311_client_revoked_by_app_user_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_link" ADD CONSTRAINT "resident_link_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_follower_user_idx" ON "case_follower" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "open311_client_district_idx" ON "open311_client" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "resident_link_user_idx" ON "resident_link" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "app_user_phone_key" ON "app_user" USING btree ("phone_hash") WHERE "app_user"."phone_hash" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "case_record_community_idx" ON "case_record" USING btree ("community_code","reported_at");--> statement-breakpoint
CREATE INDEX "case_record_location_gist" ON "case_record" USING gist ("location");