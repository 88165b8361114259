CREATE TABLE "care_tag" (
	"code" text PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"visit_every_days" integer NOT NULL,
	"visible_to" text[] NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dual_registration" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid,
	"organisation_id" uuid,
	"community_code" text NOT NULL,
	"district_code" text NOT NULL,
	"path" "ltree" NOT NULL,
	"registered_on" date NOT NULL,
	"services" text,
	"ended_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dual_registration_one_party" CHECK (("dual_registration"."person_id" IS NULL) <> ("dual_registration"."organisation_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "household" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"room_id" uuid NOT NULL,
	"household_no" text,
	"head_person_id" uuid,
	"grid_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"path" "ltree" NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "import_job" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity" text NOT NULL,
	"mode" text NOT NULL,
	"status" text NOT NULL,
	"format" text NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"file_bytes" bigint NOT NULL,
	"scope_path" "ltree" NOT NULL,
	"district_code" text NOT NULL,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"bytes_read" bigint DEFAULT 0 NOT NULL,
	"rows_read" integer DEFAULT 0 NOT NULL,
	"inserted" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"failed" integer DEFAULT 0 NOT NULL,
	"error_report" text,
	"message" text,
	CONSTRAINT "import_job_mode" CHECK ("import_job"."mode" IN ('all_or_nothing', 'valid_only')),
	CONSTRAINT "import_job_status" CHECK ("import_job"."status" IN ('queued', 'running', 'done', 'rejected', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "organisation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"uscc" text,
	"legal_rep_name" text,
	"legal_rep_id_enc" text,
	"legal_rep_id_mask" text,
	"contact_name" text,
	"contact_phone_enc" text,
	"contact_phone_mask" text,
	"address" text,
	"building_id" uuid,
	"employees" integer,
	"has_party_org" boolean DEFAULT false NOT NULL,
	"party_members" integer,
	"grid_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"path" "ltree" NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "person" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"former_name" text,
	"id_type" text NOT NULL,
	"id_number_enc" text NOT NULL,
	"id_number_hash" text NOT NULL,
	"id_number_mask" text NOT NULL,
	"sex" text,
	"birth_date" date,
	"ethnicity" text,
	"native_place" text,
	"marital_status" text,
	"political_status" text,
	"party_member" boolean DEFAULT false NOT NULL,
	"education" text,
	"religion" text,
	"occupation" text,
	"workplace" text,
	"phone_enc" text,
	"phone_hash" text,
	"phone_mask" text,
	"hukou_place" text,
	"hukou_address" text,
	"current_address" text,
	"residency_type" text NOT NULL,
	"hukou_consistent" boolean,
	"migrant_reason" text,
	"permit_type" text,
	"permit_start" date,
	"permit_end" date,
	"nationality" text,
	"foreign_name" text,
	"grid_id" uuid NOT NULL,
	"room_id" uuid,
	"household_id" uuid,
	"relation_to_head" text,
	"district_code" text NOT NULL,
	"path" "ltree" NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	CONSTRAINT "person_residency_type" CHECK ("person"."residency_type" IN ('registered', 'migrant', 'overseas'))
);
--> statement-breakpoint
CREATE TABLE "person_tag" (
	"person_id" uuid NOT NULL,
	"tag_code" text NOT NULL,
	"tagged_on" date NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_tag_person_id_tag_code_pk" PRIMARY KEY("person_id","tag_code")
);
--> statement-breakpoint
CREATE TABLE "room" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"building_id" uuid NOT NULL,
	"unit_no" integer NOT NULL,
	"room_no" text NOT NULL,
	"floor" integer,
	"use" text DEFAULT 'residential' NOT NULL,
	"area_m2" numeric(10, 2),
	"rental_status" text,
	"owner_person_id" uuid,
	"owner_name" text,
	"owner_phone_enc" text,
	"owner_phone_mask" text,
	"note" text,
	"grid_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"path" "ltree" NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "room_unit_no_range" CHECK ("room"."unit_no" BETWEEN 1 AND 99)
);
--> statement-breakpoint
CREATE TABLE "visit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"tag_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"visited_on" date NOT NULL,
	"visitor_id" uuid,
	"visitor_name" text NOT NULL,
	"findings" text NOT NULL,
	"follow_up" text,
	"needs_follow_up" boolean DEFAULT false NOT NULL,
	"district_code" text NOT NULL,
	"path" "ltree" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dual_registration" ADD CONSTRAINT "dual_registration_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dual_registration" ADD CONSTRAINT "dual_registration_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dual_registration" ADD CONSTRAINT "dual_registration_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household" ADD CONSTRAINT "household_room_id_room_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."room"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household" ADD CONSTRAINT "household_head_person_id_person_id_fk" FOREIGN KEY ("head_person_id") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household" ADD CONSTRAINT "household_grid_id_grid_id_fk" FOREIGN KEY ("grid_id") REFERENCES "public"."grid"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_job" ADD CONSTRAINT "import_job_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_building_id_building_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."building"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_grid_id_grid_id_fk" FOREIGN KEY ("grid_id") REFERENCES "public"."grid"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_grid_id_grid_id_fk" FOREIGN KEY ("grid_id") REFERENCES "public"."grid"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_room_id_room_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."room"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_household_id_household_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."household"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_deleted_by_app_user_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_tag" ADD CONSTRAINT "person_tag_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_tag" ADD CONSTRAINT "person_tag_tag_code_care_tag_code_fk" FOREIGN KEY ("tag_code") REFERENCES "public"."care_tag"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_tag" ADD CONSTRAINT "person_tag_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room" ADD CONSTRAINT "room_building_id_building_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."building"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room" ADD CONSTRAINT "room_owner_person_id_person_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room" ADD CONSTRAINT "room_grid_id_grid_id_fk" FOREIGN KEY ("grid_id") REFERENCES "public"."grid"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit" ADD CONSTRAINT "visit_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit" ADD CONSTRAINT "visit_visitor_id_app_user_id_fk" FOREIGN KEY ("visitor_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "dual_registration_person_key" ON "dual_registration" USING btree ("person_id","community_code") WHERE "dual_registration"."person_id" IS NOT NULL AND "dual_registration"."ended_on" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "dual_registration_org_key" ON "dual_registration" USING btree ("organisation_id","community_code") WHERE "dual_registration"."organisation_id" IS NOT NULL AND "dual_registration"."ended_on" IS NULL;--> statement-breakpoint
CREATE INDEX "dual_registration_path_gist" ON "dual_registration" USING gist ("path");--> statement-breakpoint
CREATE INDEX "household_room_idx" ON "household" USING btree ("room_id");--> statement-breakpoint
CREATE INDEX "household_path_gist" ON "household" USING gist ("path");--> statement-breakpoint
CREATE INDEX "import_job_created_idx" ON "import_job" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_uscc_live_key" ON "organisation" USING btree ("uscc") WHERE "organisation"."uscc" IS NOT NULL AND "organisation"."deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX "organisation_path_gist" ON "organisation" USING gist ("path");--> statement-breakpoint
CREATE INDEX "organisation_grid_idx" ON "organisation" USING btree ("grid_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "person_id_number_live_key" ON "person" USING btree ("id_number_hash") WHERE "person"."deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX "person_path_gist" ON "person" USING gist ("path");--> statement-breakpoint
CREATE INDEX "person_grid_idx" ON "person" USING btree ("grid_id","name");--> statement-breakpoint
CREATE INDEX "person_room_idx" ON "person" USING btree ("room_id");--> statement-breakpoint
CREATE INDEX "person_household_idx" ON "person" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "person_phone_hash_idx" ON "person" USING btree ("phone_hash");--> statement-breakpoint
CREATE INDEX "person_deleted_idx" ON "person" USING btree ("deleted_at") WHERE "person"."deleted_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "person_tag_tag_idx" ON "person_tag" USING btree ("tag_code");--> statement-breakpoint
CREATE UNIQUE INDEX "room_address_key" ON "room" USING btree ("building_id","unit_no","room_no");--> statement-breakpoint
CREATE INDEX "room_path_gist" ON "room" USING gist ("path");--> statement-breakpoint
CREATE INDEX "room_grid_idx" ON "room" USING btree ("grid_id");--> statement-breakpoint
CREATE INDEX "visit_person_idx" ON "visit" USING btree ("person_id","visited_on");--> statement-breakpoint
CREATE INDEX "visit_path_gist" ON "visit" USING gist ("path");