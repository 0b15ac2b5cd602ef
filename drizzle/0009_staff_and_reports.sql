CREATE TABLE "staff_development" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"date" date NOT NULL,
	"hours" numeric(5, 2),
	"note" text,
	CONSTRAINT "staff_development_kind_check" CHECK ("staff_development"."kind" in ('training', 'supervision', 'support_group', 'assistants_meeting'))
);
--> statement-breakpoint
CREATE TABLE "employment_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"position" text NOT NULL,
	"form" text NOT NULL,
	"fte" numeric(3, 2) NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"funding" text NOT NULL,
	"funding_name" text,
	"funding_year" integer,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "employment_periods_position_check" CHECK ("employment_periods"."position" in ('family_assistant', 'other')),
	CONSTRAINT "employment_periods_form_check" CHECK ("employment_periods"."form" in ('employment_task_based', 'service_contract', 'other')),
	CONSTRAINT "employment_periods_funding_check" CHECK ("employment_periods"."funding" in ('ministry_programme', 'eu_project', 'own_funds', 'other')),
	CONSTRAINT "employment_periods_fte_check" CHECK ("employment_periods"."fte" > 0 and "employment_periods"."fte" <= 1),
	CONSTRAINT "employment_periods_dates_check" CHECK ("employment_periods"."ends_on" is null or "employment_periods"."ends_on" >= "employment_periods"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "staff_equipment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"number" text,
	"description" text,
	"issued_on" date NOT NULL,
	"returned_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "staff_equipment_kind_check" CHECK ("staff_equipment"."kind" in ('transport_ticket', 'phone', 'id_card', 'other')),
	CONSTRAINT "staff_equipment_dates_check" CHECK ("staff_equipment"."returned_on" is null or "staff_equipment"."returned_on" >= "staff_equipment"."issued_on")
);
--> statement-breakpoint
CREATE TABLE "staff_qualifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text NOT NULL,
	"institution" text,
	"obtained_on" date,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "report_definitions" (
	"office_id" uuid NOT NULL,
	"key" text NOT NULL,
	"rows" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_definitions_office_id_key_pk" PRIMARY KEY("office_id","key")
);
--> statement-breakpoint
ALTER TABLE "staff_development" ADD CONSTRAINT "staff_development_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_development" ADD CONSTRAINT "staff_development_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employment_periods" ADD CONSTRAINT "employment_periods_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employment_periods" ADD CONSTRAINT "employment_periods_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_equipment" ADD CONSTRAINT "staff_equipment_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_equipment" ADD CONSTRAINT "staff_equipment_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_qualifications" ADD CONSTRAINT "staff_qualifications_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_qualifications" ADD CONSTRAINT "staff_qualifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_definitions" ADD CONSTRAINT "report_definitions_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_definitions" ADD CONSTRAINT "report_definitions_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "staff_development_user_idx" ON "staff_development" USING btree ("user_id","date");--> statement-breakpoint
CREATE INDEX "employment_periods_office_idx" ON "employment_periods" USING btree ("office_id","starts_on");--> statement-breakpoint
CREATE INDEX "employment_periods_user_idx" ON "employment_periods" USING btree ("user_id","starts_on");--> statement-breakpoint
CREATE INDEX "staff_equipment_user_idx" ON "staff_equipment" USING btree ("user_id","issued_on");--> statement-breakpoint
CREATE INDEX "staff_qualifications_user_idx" ON "staff_qualifications" USING btree ("user_id");