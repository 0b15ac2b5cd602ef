CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"assistant_id" uuid NOT NULL,
	"date" date NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL,
	"kind" text NOT NULL,
	"place" text NOT NULL,
	"place_note" text,
	"participants" jsonb NOT NULL,
	"description" text NOT NULL,
	"action_ids" jsonb NOT NULL,
	"follow_ups" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "contacts_kind_check" CHECK ("contacts"."kind" in ('home_visit', 'consultation', 'escort', 'phone_call', 'group_meeting', 'working_meeting', 'monitoring_visit')),
	CONSTRAINT "contacts_place_check" CHECK ("contacts"."place" in ('family_home', 'office_duty', 'institution', 'phone', 'elsewhere')),
	CONSTRAINT "contacts_time_check" CHECK ("contacts"."start_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and "contacts"."end_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and "contacts"."start_time" < "contacts"."end_time")
);
--> statement-breakpoint
CREATE TABLE "duty_hours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"assistant_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL,
	"place" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "duty_hours_weekday_check" CHECK ("duty_hours"."weekday" between 1 and 5),
	CONSTRAINT "duty_hours_validity_check" CHECK ("duty_hours"."valid_to" is null or "duty_hours"."valid_to" >= "duty_hours"."valid_from"),
	CONSTRAINT "duty_hours_time_check" CHECK ("duty_hours"."start_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and "duty_hours"."end_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and "duty_hours"."start_time" < "duty_hours"."end_time")
);
--> statement-breakpoint
CREATE TABLE "planned_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"assistant_id" uuid NOT NULL,
	"date" date NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL,
	"kind" text NOT NULL,
	"place" text NOT NULL,
	"note" text,
	"status" text DEFAULT 'planned' NOT NULL,
	"cancel_reason" text,
	"cancel_note" text,
	"contact_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "planned_visits_kind_check" CHECK ("planned_visits"."kind" in ('home_visit', 'consultation', 'escort', 'phone_call', 'group_meeting', 'working_meeting', 'monitoring_visit')),
	CONSTRAINT "planned_visits_place_check" CHECK ("planned_visits"."place" in ('family_home', 'office_duty', 'institution', 'phone', 'elsewhere')),
	CONSTRAINT "planned_visits_status_check" CHECK ("planned_visits"."status" in ('planned', 'held', 'cancelled')),
	CONSTRAINT "planned_visits_cancel_check" CHECK (("planned_visits"."status" = 'cancelled') = ("planned_visits"."cancel_reason" is not null) and ("planned_visits"."cancel_reason" is null or "planned_visits"."cancel_reason" in ('family_absent', 'cancelled_by_family', 'cancelled_by_assistant'))),
	CONSTRAINT "planned_visits_held_check" CHECK (("planned_visits"."status" = 'held') = ("planned_visits"."contact_id" is not null)),
	CONSTRAINT "planned_visits_time_check" CHECK ("planned_visits"."start_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and "planned_visits"."end_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and "planned_visits"."start_time" < "planned_visits"."end_time")
);
--> statement-breakpoint
CREATE TABLE "work_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"date" date NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL,
	"kind" text NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "work_records_kind_check" CHECK ("work_records"."kind" in ('documentation', 'travel', 'training', 'supervision', 'team_meeting', 'duty_hours', 'other')),
	CONSTRAINT "work_records_time_check" CHECK ("work_records"."start_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and "work_records"."end_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and "work_records"."start_time" < "work_records"."end_time")
);
--> statement-breakpoint
ALTER TABLE "offices" ADD COLUMN "contact_target_per_week" numeric(3, 1) DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE "offices" ADD COLUMN "work_day_start" text DEFAULT '08:00' NOT NULL;--> statement-breakpoint
ALTER TABLE "offices" ADD COLUMN "work_day_end" text DEFAULT '20:00' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "fte" numeric(3, 2) DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_assistant_id_users_id_fk" FOREIGN KEY ("assistant_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_hours" ADD CONSTRAINT "duty_hours_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duty_hours" ADD CONSTRAINT "duty_hours_assistant_id_users_id_fk" FOREIGN KEY ("assistant_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_visits" ADD CONSTRAINT "planned_visits_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_visits" ADD CONSTRAINT "planned_visits_assistant_id_users_id_fk" FOREIGN KEY ("assistant_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planned_visits" ADD CONSTRAINT "planned_visits_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_records" ADD CONSTRAINT "work_records_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contacts_engagement_idx" ON "contacts" USING btree ("engagement_id","date");--> statement-breakpoint
CREATE INDEX "contacts_assistant_idx" ON "contacts" USING btree ("assistant_id","date");--> statement-breakpoint
CREATE INDEX "duty_hours_office_idx" ON "duty_hours" USING btree ("office_id","weekday");--> statement-breakpoint
CREATE INDEX "planned_visits_assistant_idx" ON "planned_visits" USING btree ("assistant_id","date");--> statement-breakpoint
CREATE INDEX "planned_visits_engagement_idx" ON "planned_visits" USING btree ("engagement_id","date");--> statement-breakpoint
CREATE INDEX "work_records_user_idx" ON "work_records" USING btree ("user_id","date");--> statement-breakpoint
ALTER TABLE "offices" ADD CONSTRAINT "offices_contact_target_check" CHECK ("offices"."contact_target_per_week" > 0 and "offices"."contact_target_per_week" <= 14);--> statement-breakpoint
ALTER TABLE "offices" ADD CONSTRAINT "offices_work_day_check" CHECK ("offices"."work_day_start" < "offices"."work_day_end");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_fte_check" CHECK ("users"."fte" > 0 and "users"."fte" <= 1);