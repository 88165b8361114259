CREATE TABLE "case_action" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_name" text,
	"actor_role" text,
	"from_status" text,
	"to_status" text NOT NULL,
	"payload" jsonb NOT NULL,
	"district_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_assignment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"territory_path" "ltree",
	"department_id" uuid,
	"role" text NOT NULL,
	"state" text NOT NULL,
	"claimed_by" uuid,
	"dispatched_at" timestamp with time zone NOT NULL,
	"claimed_at" timestamp with time zone,
	"done_at" timestamp with time zone,
	"note" text,
	CONSTRAINT "case_assignment_target" CHECK (("case_assignment"."territory_path" IS NULL) <> ("case_assignment"."department_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "case_attachment" (
	"case_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"action_seq" integer NOT NULL,
	"purpose" text NOT NULL,
	CONSTRAINT "case_attachment_case_id_file_id_pk" PRIMARY KEY("case_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "case_number_sequence" (
	"district_code" text NOT NULL,
	"day" date NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "case_number_sequence_district_code_day_pk" PRIMARY KEY("district_code","day")
);
--> statement-breakpoint
CREATE TABLE "case_record" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"district_code" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"category_code" text,
	"appeal_nature" text,
	"channel" text NOT NULL,
	"external_ref" text,
	"reporter_id" uuid,
	"reporter_name" text,
	"reporter_phone_masked" text,
	"location" geometry(Point,4326),
	"address" text,
	"grid_id" uuid,
	"micro_grid_id" uuid,
	"community_code" text,
	"subdistrict_code" text,
	"path" "ltree" NOT NULL,
	"outside_grid" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	"level" text NOT NULL,
	"stage" text NOT NULL,
	"stage_started_at" timestamp with time zone NOT NULL,
	"stage_clock" jsonb NOT NULL,
	"stage_deadline" timestamp with time zone,
	"suspended_since" timestamp with time zone,
	"warning" text DEFAULT 'none' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"rework_count" integer DEFAULT 0 NOT NULL,
	"reopen_count" integer DEFAULT 0 NOT NULL,
	"return_count" integer DEFAULT 0 NOT NULL,
	"escalation_count" integer DEFAULT 0 NOT NULL,
	"evaluation" text,
	"master_case_id" uuid,
	"reported_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"dispatched_at" timestamp with time zone,
	"handled_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"closed_on_time" boolean,
	"search_text" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_record_version_positive" CHECK ("case_record"."version" > 0)
);
--> statement-breakpoint
CREATE TABLE "intake_idempotency" (
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"case_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "intake_idempotency_scope_key_pk" PRIMARY KEY("scope","key")
);
--> statement-breakpoint
CREATE TABLE "file_object" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"uploader_id" uuid,
	"district_code" text,
	"kind" text NOT NULL,
	"mime" text NOT NULL,
	"bytes" integer NOT NULL,
	"width" integer,
	"height" integer,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"thumb_key" text,
	"original_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "file_object_bytes" CHECK ("file_object"."bytes" > 0)
);
--> statement-breakpoint
CREATE TABLE "notification" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"case_id" uuid,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "notification_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"district_code" text,
	"recipient_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE "holiday_calendar" (
	"day" date PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sla_setting" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_category" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"parent_code" text,
	"kind" text NOT NULL,
	"source" text NOT NULL,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"default_level" text NOT NULL,
	"lead_department" text,
	"assist_departments" text[] DEFAULT '{}'::text[] NOT NULL,
	"accept_amount" integer NOT NULL,
	"accept_unit" text NOT NULL,
	"handle_amount" integer NOT NULL,
	"handle_unit" text NOT NULL,
	"verify_amount" integer NOT NULL,
	"verify_unit" text NOT NULL,
	"auto_escalate" boolean DEFAULT true NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_category_amounts" CHECK ("case_category"."accept_amount" > 0 AND "case_category"."handle_amount" > 0 AND "case_category"."verify_amount" > 0)
);
--> statement-breakpoint
ALTER TABLE "case_action" ADD CONSTRAINT "case_action_case_id_case_record_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_record"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assignment" ADD CONSTRAINT "case_assignment_case_id_case_record_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_record"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assignment" ADD CONSTRAINT "case_assignment_department_id_department_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."department"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assignment" ADD CONSTRAINT "case_assignment_claimed_by_app_user_id_fk" FOREIGN KEY ("claimed_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_attachment" ADD CONSTRAINT "case_attachment_case_id_case_record_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_record"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_attachment" ADD CONSTRAINT "case_attachment_file_id_file_object_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."file_object"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_record" ADD CONSTRAINT "case_record_category_code_case_category_code_fk" FOREIGN KEY ("category_code") REFERENCES "public"."case_category"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_record" ADD CONSTRAINT "case_record_reporter_id_app_user_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_record" ADD CONSTRAINT "case_record_grid_id_grid_id_fk" FOREIGN KEY ("grid_id") REFERENCES "public"."grid"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_record" ADD CONSTRAINT "case_record_micro_grid_id_micro_grid_id_fk" FOREIGN KEY ("micro_grid_id") REFERENCES "public"."micro_grid"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_idempotency" ADD CONSTRAINT "intake_idempotency_case_id_case_record_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_record"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "file_object" ADD CONSTRAINT "file_object_uploader_id_app_user_id_fk" FOREIGN KEY ("uploader_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_outbox" ADD CONSTRAINT "notification_outbox_recipient_id_app_user_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_action_seq_key" ON "case_action" USING btree ("case_id","seq");--> statement-breakpoint
CREATE INDEX "case_action_at_idx" ON "case_action" USING btree ("district_code","at");--> statement-breakpoint
CREATE INDEX "case_assignment_case_idx" ON "case_assignment" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_assignment_department_idx" ON "case_assignment" USING btree ("department_id","state");--> statement-breakpoint
CREATE INDEX "case_assignment_territory_gist" ON "case_assignment" USING gist ("territory_path");--> statement-breakpoint
CREATE UNIQUE INDEX "case_record_number_key" ON "case_record" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "case_record_external_key" ON "case_record" USING btree ("district_code","channel","external_ref") WHERE "case_record"."external_ref" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "case_record_path_gist" ON "case_record" USING gist ("path");--> statement-breakpoint
CREATE INDEX "case_record_status_idx" ON "case_record" USING btree ("district_code","status");--> statement-breakpoint
CREATE INDEX "case_record_deadline_idx" ON "case_record" USING btree ("stage_deadline") WHERE "case_record"."stage" <> 'none';--> statement-breakpoint
CREATE INDEX "case_record_search_trgm" ON "case_record" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "case_record_reported_idx" ON "case_record" USING btree ("district_code","reported_at");--> statement-breakpoint
CREATE INDEX "file_object_uploader_idx" ON "file_object" USING btree ("uploader_id");--> statement-breakpoint
CREATE INDEX "notification_user_idx" ON "notification" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "notification_outbox_due_idx" ON "notification_outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "case_category_parent_idx" ON "case_category" USING btree ("parent_code");