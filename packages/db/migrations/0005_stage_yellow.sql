DROP INDEX "case_record_deadline_idx";--> statement-breakpoint
ALTER TABLE "case_record" ADD COLUMN "stage_yellow_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "case_record_yellow_idx" ON "case_record" USING btree ("stage_yellow_at") WHERE "case_record"."stage" <> 'none' AND "case_record"."warning" = 'none';--> statement-breakpoint
CREATE INDEX "case_record_deadline_idx" ON "case_record" USING btree ("stage_deadline") WHERE "case_record"."stage" <> 'none' AND "case_record"."warning" <> 'red';