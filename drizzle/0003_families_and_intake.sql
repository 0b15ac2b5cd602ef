CREATE TABLE "contact_bans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"parent_id" uuid NOT NULL,
	"court" text NOT NULL,
	"ruling_date" date,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "families" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"case_number" text NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"street" text NOT NULL,
	"postal_code" text NOT NULL,
	"city" text NOT NULL,
	"phone" text,
	"social_worker_id" uuid,
	"registered_by" uuid NOT NULL,
	"court_supervision" boolean DEFAULT false NOT NULL,
	"probation_officer" text,
	"limited_parental_authority" boolean DEFAULT false NOT NULL,
	"foster_care" boolean DEFAULT false NOT NULL,
	"foster_care_coordinator" text,
	"za_zyciem" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "family_members" (
	"family_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"relation" text NOT NULL,
	"in_household" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "family_members_family_id_person_id_pk" PRIMARY KEY("family_id","person_id"),
	CONSTRAINT "family_members_relation_check" CHECK ("family_members"."relation" in ('parent', 'child', 'partner', 'grandparent', 'sibling', 'other'))
);
--> statement-breakpoint
CREATE TABLE "family_problems" (
	"family_id" uuid NOT NULL,
	"problem_type_id" uuid NOT NULL,
	CONSTRAINT "family_problems_family_id_problem_type_id_pk" PRIMARY KEY("family_id","problem_type_id")
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"pesel" text,
	"birth_date" date,
	"sex" text,
	"phone" text,
	"school_or_work" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "people_identity_check" CHECK ("people"."pesel" is not null or "people"."birth_date" is not null),
	CONSTRAINT "people_sex_check" CHECK ("people"."sex" in ('female', 'male'))
);
--> statement-breakpoint
CREATE TABLE "problem_types" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assistance_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"interview_id" uuid,
	"justification" text NOT NULL,
	"legal_basis" text NOT NULL,
	"consent_date" date,
	"consent_signed_by" text,
	"court" text,
	"court_case_signature" text,
	"court_ruling_date" date,
	"status" text DEFAULT 'pending' NOT NULL,
	"filed_by" uuid NOT NULL,
	"filed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"rejection_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "assistance_requests_status_check" CHECK ("assistance_requests"."status" in ('pending', 'approved', 'rejected')),
	CONSTRAINT "assistance_requests_basis_check" CHECK (("assistance_requests"."legal_basis" = 'consent' and "assistance_requests"."consent_date" is not null and "assistance_requests"."consent_signed_by" is not null)
        or ("assistance_requests"."legal_basis" = 'court_order' and "assistance_requests"."court" is not null and "assistance_requests"."court_case_signature" is not null and "assistance_requests"."court_ruling_date" is not null)
        or "assistance_requests"."legal_basis" = 'minor_parent')
);
--> statement-breakpoint
CREATE TABLE "engagement_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"engagement_id" uuid NOT NULL,
	"assistant_id" uuid NOT NULL,
	"assigned_by" uuid NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "engagements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"request_id" uuid,
	"assistant_id" uuid NOT NULL,
	"status" text DEFAULT 'assigned' NOT NULL,
	"assigned_by" uuid NOT NULL,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	"first_visit_at" timestamp with time zone,
	"first_contact_date" date,
	"closed_on" date,
	"closure_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "engagements_status_check" CHECK ("engagements"."status" in ('assigned', 'diagnosis', 'implementation', 'monitoring', 'closure_requested', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "environmental_interviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family_id" uuid NOT NULL,
	"interview_date" date NOT NULL,
	"diagnosis" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "offices" ADD COLUMN "caseload_warning_at" integer;--> statement-breakpoint
ALTER TABLE "offices" ADD COLUMN "monitoring_counts_toward_caseload" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "offices" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "contact_bans" ADD CONSTRAINT "contact_bans_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_bans" ADD CONSTRAINT "contact_bans_child_id_people_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_bans" ADD CONSTRAINT "contact_bans_parent_id_people_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "families" ADD CONSTRAINT "families_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "families" ADD CONSTRAINT "families_social_worker_id_users_id_fk" FOREIGN KEY ("social_worker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "families" ADD CONSTRAINT "families_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_members" ADD CONSTRAINT "family_members_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_members" ADD CONSTRAINT "family_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_problems" ADD CONSTRAINT "family_problems_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_problems" ADD CONSTRAINT "family_problems_problem_type_id_problem_types_id_fk" FOREIGN KEY ("problem_type_id") REFERENCES "public"."problem_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_types" ADD CONSTRAINT "problem_types_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_requests" ADD CONSTRAINT "assistance_requests_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_requests" ADD CONSTRAINT "assistance_requests_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_requests" ADD CONSTRAINT "assistance_requests_interview_id_environmental_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."environmental_interviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_requests" ADD CONSTRAINT "assistance_requests_filed_by_users_id_fk" FOREIGN KEY ("filed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_requests" ADD CONSTRAINT "assistance_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_assignments" ADD CONSTRAINT "engagement_assignments_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_assignments" ADD CONSTRAINT "engagement_assignments_assistant_id_users_id_fk" FOREIGN KEY ("assistant_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_assignments" ADD CONSTRAINT "engagement_assignments_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_request_id_assistance_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."assistance_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_assistant_id_users_id_fk" FOREIGN KEY ("assistant_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "environmental_interviews" ADD CONSTRAINT "environmental_interviews_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "environmental_interviews" ADD CONSTRAINT "environmental_interviews_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contact_bans_family_idx" ON "contact_bans" USING btree ("family_id");--> statement-breakpoint
CREATE UNIQUE INDEX "families_office_case_number_unique" ON "families" USING btree ("office_id",lower("case_number"));--> statement-breakpoint
CREATE INDEX "families_office_name_idx" ON "families" USING btree ("office_id",search_key("name"),"id");--> statement-breakpoint
CREATE INDEX "families_social_worker_idx" ON "families" USING btree ("social_worker_id");--> statement-breakpoint
CREATE INDEX "families_registered_by_idx" ON "families" USING btree ("registered_by");--> statement-breakpoint
CREATE INDEX "families_case_number_trgm" ON "families" USING gin (search_key("case_number") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "families_street_trgm" ON "families" USING gin (search_key("street") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "family_members_person_idx" ON "family_members" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "family_problems_type_idx" ON "family_problems" USING btree ("problem_type_id");--> statement-breakpoint
CREATE UNIQUE INDEX "people_office_pesel_unique" ON "people" USING btree ("office_id","pesel") WHERE "people"."pesel" is not null;--> statement-breakpoint
CREATE INDEX "people_name_trgm" ON "people" USING gin (search_key("last_name" || ' ' || "first_name") gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "problem_types_office_name_unique" ON "problem_types" USING btree ("office_id",lower("name"));--> statement-breakpoint
CREATE INDEX "assistance_requests_queue_idx" ON "assistance_requests" USING btree ("office_id","status","filed_at");--> statement-breakpoint
CREATE INDEX "assistance_requests_family_idx" ON "assistance_requests" USING btree ("family_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assistance_requests_one_pending" ON "assistance_requests" USING btree ("family_id") WHERE "assistance_requests"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "engagement_assignments_assistant_idx" ON "engagement_assignments" USING btree ("assistant_id","engagement_id");--> statement-breakpoint
CREATE INDEX "engagement_assignments_engagement_idx" ON "engagement_assignments" USING btree ("engagement_id");--> statement-breakpoint
CREATE INDEX "engagements_assistant_status_idx" ON "engagements" USING btree ("assistant_id","status");--> statement-breakpoint
CREATE INDEX "engagements_family_idx" ON "engagements" USING btree ("family_id");--> statement-breakpoint
CREATE UNIQUE INDEX "engagements_one_open_per_family" ON "engagements" USING btree ("family_id") WHERE "engagements"."status" <> 'closed';--> statement-breakpoint
CREATE INDEX "environmental_interviews_family_idx" ON "environmental_interviews" USING btree ("family_id");