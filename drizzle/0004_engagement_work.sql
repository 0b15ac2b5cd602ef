CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"assessed_on" date NOT NULL,
	"plan_number" integer,
	"goal_progress" jsonb NOT NULL,
	"family_situation" text NOT NULL,
	"children_views" text,
	"recommendation" text NOT NULL,
	"working_meeting" jsonb,
	"submitted_by" uuid NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledged_by" uuid,
	"acknowledged_at" timestamp with time zone,
	"manager_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "assessments_recommendation_check" CHECK ("assessments"."recommendation" in ('continue', 'extend', 'monitoring', 'close'))
);
--> statement-breakpoint
CREATE TABLE "court_opinions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"court" text NOT NULL,
	"case_signature" text NOT NULL,
	"received_on" date NOT NULL,
	"due_on" date NOT NULL,
	"opinion" text,
	"written_on" date,
	"sent_on" date,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "diagnoses" (
	"engagement_id" uuid PRIMARY KEY NOT NULL,
	"areas" jsonb NOT NULL,
	"strengths" text,
	"child_views" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engagement_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"justification" text NOT NULL,
	"months" integer,
	"closure_reason" text,
	"return_to" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "engagement_requests_status_check" CHECK ("engagement_requests"."status" in ('pending', 'approved', 'rejected')),
	CONSTRAINT "engagement_requests_kind_check" CHECK (("engagement_requests"."kind" = 'extension' and "engagement_requests"."months" > 0)
        or ("engagement_requests"."kind" = 'closure' and "engagement_requests"."closure_reason" in ('goals_achieved', 'family_withdrew', 'no_effects', 'method_change', 'child_of_age', 'court_decision') and "engagement_requests"."return_to" in ('implementation', 'monitoring')))
);
--> statement-breakpoint
CREATE TABLE "work_plan_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"goals" jsonb NOT NULL,
	"coauthors" jsonb NOT NULL,
	"acknowledged_on" date,
	"acknowledged_by" text,
	"change_note" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "first_contact_joint" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "cooperation_rules" text;--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "monitoring_started_on" date;--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "monitoring_result" text;--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "monitoring_note" text;--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "supporting_family_analysed_on" date;--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "supporting_family_outcome" text;--> statement-breakpoint
ALTER TABLE "engagements" ADD COLUMN "supporting_family_note" text;--> statement-breakpoint
ALTER TABLE "offices" ADD COLUMN "plan_months" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "offices" ADD COLUMN "assessment_months" integer DEFAULT 6 NOT NULL;--> statement-breakpoint
ALTER TABLE "offices" ADD COLUMN "standard_months" integer DEFAULT 18 NOT NULL;--> statement-breakpoint
ALTER TABLE "offices" ADD COLUMN "extension_months" integer DEFAULT 6 NOT NULL;--> statement-breakpoint
ALTER TABLE "offices" ADD COLUMN "monitoring_months" integer DEFAULT 6 NOT NULL;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_acknowledged_by_users_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_opinions" ADD CONSTRAINT "court_opinions_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_opinions" ADD CONSTRAINT "court_opinions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnoses" ADD CONSTRAINT "diagnoses_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnoses" ADD CONSTRAINT "diagnoses_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_requests" ADD CONSTRAINT "engagement_requests_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_requests" ADD CONSTRAINT "engagement_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_requests" ADD CONSTRAINT "engagement_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan_versions" ADD CONSTRAINT "work_plan_versions_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan_versions" ADD CONSTRAINT "work_plan_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessments_engagement_idx" ON "assessments" USING btree ("engagement_id","assessed_on");--> statement-breakpoint
CREATE INDEX "court_opinions_engagement_idx" ON "court_opinions" USING btree ("engagement_id");--> statement-breakpoint
CREATE INDEX "engagement_requests_engagement_idx" ON "engagement_requests" USING btree ("engagement_id");--> statement-breakpoint
CREATE INDEX "engagement_requests_status_idx" ON "engagement_requests" USING btree ("status","requested_at");--> statement-breakpoint
CREATE UNIQUE INDEX "engagement_requests_one_pending" ON "engagement_requests" USING btree ("engagement_id","kind") WHERE "engagement_requests"."status" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "work_plan_versions_number" ON "work_plan_versions" USING btree ("engagement_id","number");--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_monitoring_result_check" CHECK ("engagements"."monitoring_result" is null or "engagements"."monitoring_result" in ('confirmed', 'not_confirmed'));