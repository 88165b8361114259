CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_name" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"request_id" text,
	"district_code" text
);
--> statement-breakpoint
CREATE TABLE "app_user" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"kind" text NOT NULL,
	"password_hash" text,
	"disabled" boolean DEFAULT false NOT NULL,
	"locale" text DEFAULT 'zh-CN' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "app_user_username_shape" CHECK ("app_user"."username" ~ '^[A-Za-z0-9_.-]{3,64}$')
);
--> statement-breakpoint
CREATE TABLE "login_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "role_assignment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"scope_path" "ltree",
	"department_id" uuid,
	"force" text,
	"employment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "role_assignment_target" CHECK ("role_assignment"."scope_path" IS NOT NULL OR "role_assignment"."department_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "user_session" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "building" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"grid_id" uuid NOT NULL,
	"micro_grid_id" uuid,
	"district_code" text NOT NULL,
	"path" "ltree" NOT NULL,
	"floors" integer NOT NULL,
	"location" geometry(Point,4326) NOT NULL,
	"footprint" geometry(Polygon,4326),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "building_floors_range" CHECK ("building"."floors" BETWEEN 1 AND 200)
);
--> statement-breakpoint
CREATE TABLE "building_unit" (
	"building_id" uuid NOT NULL,
	"unit_no" integer NOT NULL,
	"households" integer NOT NULL,
	CONSTRAINT "building_unit_building_id_unit_no_pk" PRIMARY KEY("building_id","unit_no"),
	CONSTRAINT "building_unit_no_range" CHECK ("building_unit"."unit_no" BETWEEN 1 AND 99),
	CONSTRAINT "building_unit_households_range" CHECK ("building_unit"."households" BETWEEN 0 AND 2000)
);
--> statement-breakpoint
CREATE TABLE "department" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"district_code" text NOT NULL,
	"jurisdiction" "ltree" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "division" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"parent_code" text,
	"district_code" text NOT NULL,
	"path" "ltree" NOT NULL,
	"boundary" geometry(MultiPolygon,4326),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "division_code_shape" CHECK (("division"."level" = 'district' AND "division"."code" ~ '^[1-9][0-9]{5}$') OR ("division"."level" = 'subdistrict' AND "division"."code" ~ '^[1-9][0-9]{8}$') OR ("division"."level" = 'community' AND "division"."code" ~ '^[1-9][0-9]{11}$'))
);
--> statement-breakpoint
CREATE TABLE "grid" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"community_code" text NOT NULL,
	"district_code" text NOT NULL,
	"path" "ltree" NOT NULL,
	"boundary" geometry(MultiPolygon,4326) NOT NULL,
	"unit_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grid_code_shape" CHECK ("grid"."code" ~ '^[1-9][0-9]{14}$')
);
--> statement-breakpoint
CREATE TABLE "micro_grid" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"grid_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"path" "ltree" NOT NULL,
	"boundary" geometry(MultiPolygon,4326) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "micro_grid_code_shape" CHECK ("micro_grid"."code" ~ '^[1-9][0-9]{16}$')
);
--> statement-breakpoint
CREATE TABLE "party_hub_household" (
	"hub_id" uuid NOT NULL,
	"building_id" uuid NOT NULL,
	"unit_no" integer NOT NULL,
	"room" text NOT NULL,
	CONSTRAINT "party_hub_household_hub_id_building_id_unit_no_room_pk" PRIMARY KEY("hub_id","building_id","unit_no","room")
);
--> statement-breakpoint
CREATE TABLE "party_org" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"parent_id" uuid,
	"district_code" text NOT NULL,
	"territory_path" "ltree" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "role_assignment" ADD CONSTRAINT "role_assignment_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignment" ADD CONSTRAINT "role_assignment_department_id_department_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."department"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_session" ADD CONSTRAINT "user_session_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "building" ADD CONSTRAINT "building_grid_id_grid_id_fk" FOREIGN KEY ("grid_id") REFERENCES "public"."grid"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "building" ADD CONSTRAINT "building_micro_grid_id_micro_grid_id_fk" FOREIGN KEY ("micro_grid_id") REFERENCES "public"."micro_grid"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "building_unit" ADD CONSTRAINT "building_unit_building_id_building_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."building"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "division" ADD CONSTRAINT "division_parent_code_division_code_fk" FOREIGN KEY ("parent_code") REFERENCES "public"."division"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grid" ADD CONSTRAINT "grid_community_code_division_code_fk" FOREIGN KEY ("community_code") REFERENCES "public"."division"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "micro_grid" ADD CONSTRAINT "micro_grid_grid_id_grid_id_fk" FOREIGN KEY ("grid_id") REFERENCES "public"."grid"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_hub_household" ADD CONSTRAINT "party_hub_household_hub_id_party_org_id_fk" FOREIGN KEY ("hub_id") REFERENCES "public"."party_org"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_hub_household" ADD CONSTRAINT "party_hub_household_building_id_building_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."building"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_org" ADD CONSTRAINT "party_org_parent_id_party_org_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."party_org"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "app_user_username_key" ON "app_user" USING btree (lower("username"));--> statement-breakpoint
CREATE INDEX "role_assignment_user_idx" ON "role_assignment" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "role_assignment_scope_gist" ON "role_assignment" USING gist ("scope_path");--> statement-breakpoint
CREATE INDEX "user_session_user_idx" ON "user_session" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "building_code_key" ON "building" USING btree ("code");--> statement-breakpoint
CREATE INDEX "building_path_gist" ON "building" USING gist ("path");--> statement-breakpoint
CREATE INDEX "building_location_gist" ON "building" USING gist ("location");--> statement-breakpoint
CREATE INDEX "building_grid_idx" ON "building" USING btree ("grid_id");--> statement-breakpoint
CREATE UNIQUE INDEX "department_code_key" ON "department" USING btree ("district_code","code");--> statement-breakpoint
CREATE INDEX "division_path_gist" ON "division" USING gist ("path");--> statement-breakpoint
CREATE INDEX "division_boundary_gist" ON "division" USING gist ("boundary");--> statement-breakpoint
CREATE INDEX "division_parent_idx" ON "division" USING btree ("parent_code");--> statement-breakpoint
CREATE UNIQUE INDEX "grid_code_key" ON "grid" USING btree ("code");--> statement-breakpoint
CREATE INDEX "grid_path_gist" ON "grid" USING gist ("path");--> statement-breakpoint
CREATE INDEX "grid_boundary_gist" ON "grid" USING gist ("boundary");--> statement-breakpoint
CREATE INDEX "grid_community_idx" ON "grid" USING btree ("community_code");--> statement-breakpoint
CREATE UNIQUE INDEX "micro_grid_code_key" ON "micro_grid" USING btree ("code");--> statement-breakpoint
CREATE INDEX "micro_grid_path_gist" ON "micro_grid" USING gist ("path");--> statement-breakpoint
CREATE INDEX "micro_grid_boundary_gist" ON "micro_grid" USING gist ("boundary");--> statement-breakpoint
CREATE INDEX "micro_grid_grid_idx" ON "micro_grid" USING btree ("grid_id");--> statement-breakpoint
CREATE INDEX "party_org_parent_idx" ON "party_org" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "party_org_territory_gist" ON "party_org" USING gist ("territory_path");