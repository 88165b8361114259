CREATE TABLE "sla_sweep_state" (
	"id" text PRIMARY KEY NOT NULL,
	"swept_until" timestamp with time zone NOT NULL
);
--> statement-breakpoint
DROP INDEX "case_record_deadline_idx";--> statement-breakpoint
DROP INDEX "case_record_yellow_idx";--> statement-breakpoint
CREATE INDEX "case_record_deadline_idx" ON "case_record" USING btree ("stage_deadline") WHERE "case_record"."stage" <> 'none';--> statement-breakpoint
CREATE INDEX "case_record_yellow_idx" ON "case_record" USING btree ("stage_yellow_at") WHERE "case_record"."stage" <> 'none';--> statement-breakpoint
-- Room on each page for updated row versions, so that the sweep's warning updates (which touch no
-- indexed column) are HOT updates: no index entries rewritten.
ALTER TABLE "case_record" SET (fillfactor = 85);
