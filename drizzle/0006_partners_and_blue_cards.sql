CREATE TABLE "blue_card_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"blue_card_id" uuid NOT NULL,
	"date" date NOT NULL,
	"note" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "blue_cards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family_id" uuid NOT NULL,
	"started_on" date NOT NULL,
	"initiated_by" text NOT NULL,
	"form_a_filled_by" text NOT NULL,
	"assistant_initiated" boolean NOT NULL,
	"form_a_sent_on" date,
	"assistant_in_group" boolean DEFAULT false NOT NULL,
	"assistant_tasks" text,
	"closed_on" date,
	"closure_ground" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "blue_cards_closure_check" CHECK (("blue_cards"."closed_on" is null) = ("blue_cards"."closure_ground" is null) and ("blue_cards"."closure_ground" is null or "blue_cards"."closure_ground" in ('violence_stopped', 'no_grounds'))),
	CONSTRAINT "blue_cards_sent_check" CHECK ("blue_cards"."form_a_sent_on" is null or "blue_cards"."form_a_sent_on" >= "blue_cards"."started_on")
);
--> statement-breakpoint
CREATE TABLE "engagement_partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"institution_id" uuid,
	"role" text NOT NULL,
	"person_name" text,
	"contact" text,
	"since" date NOT NULL,
	"until" date,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "engagement_partners_role_check" CHECK ("engagement_partners"."role" in ('school_tutor', 'school_pedagogue', 'probation_officer', 'police_officer', 'psychologist', 'doctor', 'therapist', 'social_worker', 'foster_care_coordinator', 'other')),
	CONSTRAINT "engagement_partners_who_check" CHECK ("engagement_partners"."institution_id" is not null or "engagement_partners"."person_name" is not null),
	CONSTRAINT "engagement_partners_period_check" CHECK ("engagement_partners"."until" is null or "engagement_partners"."until" >= "engagement_partners"."since")
);
--> statement-breakpoint
CREATE TABLE "institutions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"street" text,
	"postal_code" text,
	"city" text,
	"phone" text,
	"email" text,
	"website" text,
	"hours" text,
	"services" jsonb NOT NULL,
	"contacts" jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "institutions_kind_check" CHECK ("institutions"."kind" in ('welfare_centre', 'crisis_intervention', 'interdisciplinary_team', 'local_government', 'alcohol_commission', 'counselling_centre', 'school', 'preschool', 'culture_centre', 'health_care', 'education_office', 'ngo', 'parish', 'police', 'labour_office', 'support_group', 'court', 'other'))
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"person_id" uuid,
	"institution_id" uuid NOT NULL,
	"service" text NOT NULL,
	"referred_on" date NOT NULL,
	"status" text DEFAULT 'referred' NOT NULL,
	"outcome" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referrals_status_check" CHECK ("referrals"."status" in ('referred', 'in_progress', 'completed', 'not_taken_up'))
);
--> statement-breakpoint
CREATE TABLE "team_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"body" text NOT NULL,
	"date" date NOT NULL,
	"members" jsonb NOT NULL,
	"conclusions" text NOT NULL,
	"tasks" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_meetings_body_check" CHECK ("team_meetings"."body" in ('interdisciplinary_team', 'diagnostic_support_group'))
);
--> statement-breakpoint
ALTER TABLE "offices" ADD COLUMN "team_lead_sees_blue_cards" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "blue_card_meetings" ADD CONSTRAINT "blue_card_meetings_blue_card_id_blue_cards_id_fk" FOREIGN KEY ("blue_card_id") REFERENCES "public"."blue_cards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "blue_card_meetings" ADD CONSTRAINT "blue_card_meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "blue_cards" ADD CONSTRAINT "blue_cards_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "blue_cards" ADD CONSTRAINT "blue_cards_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_partners" ADD CONSTRAINT "engagement_partners_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_partners" ADD CONSTRAINT "engagement_partners_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institutions" ADD CONSTRAINT "institutions_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_meetings" ADD CONSTRAINT "team_meetings_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_meetings" ADD CONSTRAINT "team_meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "blue_card_meetings_card_idx" ON "blue_card_meetings" USING btree ("blue_card_id","date");--> statement-breakpoint
CREATE INDEX "blue_cards_family_idx" ON "blue_cards" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "engagement_partners_engagement_idx" ON "engagement_partners" USING btree ("engagement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "institutions_office_name" ON "institutions" USING btree ("office_id",lower("name"));--> statement-breakpoint
CREATE INDEX "institutions_search_idx" ON "institutions" USING btree ("office_id",search_key("name"),"id");--> statement-breakpoint
CREATE INDEX "referrals_engagement_idx" ON "referrals" USING btree ("engagement_id");--> statement-breakpoint
CREATE INDEX "team_meetings_engagement_idx" ON "team_meetings" USING btree ("engagement_id","date");