CREATE TABLE "attachment_contents" (
	"attachment_id" uuid PRIMARY KEY NOT NULL,
	"content" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"engagement_id" uuid,
	"record_type" text,
	"record_id" uuid,
	"category" text NOT NULL,
	"description" text,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"delete_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "attachments_category_check" CHECK ("attachments"."category" in ('signed_consent', 'signed_plan', 'signed_assessment', 'court_letter', 'institution_letter', 'certificate', 'other')),
	CONSTRAINT "attachments_media_type_check" CHECK ("attachments"."media_type" in ('application/pdf', 'image/jpeg', 'image/png', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
	CONSTRAINT "attachments_record_check" CHECK (("attachments"."record_type" is null and "attachments"."record_id" is null) or ("attachments"."engagement_id" is not null and "attachments"."record_id" is not null and "attachments"."record_type" in ('assistance_request', 'work_plan_version', 'assessment', 'engagement_request', 'court_opinion'))),
	CONSTRAINT "attachments_deleted_check" CHECK (("attachments"."deleted_at" is null) = ("attachments"."deleted_by" is null) and ("attachments"."deleted_at" is null) = ("attachments"."delete_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "document_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"content" "bytea" NOT NULL,
	"placeholders" jsonb NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_templates_kind_check" CHECK ("document_templates"."kind" in ('consent_assistance', 'consent_data', 'consent_group', 'assistance_request', 'assignment', 'work_plan', 'assessment', 'extension_request', 'closure_request', 'court_opinion', 'contact_card', 'timesheet', 'partner_list'))
);
--> statement-breakpoint
CREATE TABLE "office_logos" (
	"office_id" uuid PRIMARY KEY NOT NULL,
	"media_type" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "office_logos_media_type_check" CHECK ("office_logos"."media_type" in ('image/png', 'image/jpeg'))
);
--> statement-breakpoint
ALTER TABLE "offices" ADD COLUMN "attachment_max_mb" integer DEFAULT 20 NOT NULL;--> statement-breakpoint
ALTER TABLE "attachment_contents" ADD CONSTRAINT "attachment_contents_attachment_id_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_deleted_by_users_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_templates" ADD CONSTRAINT "document_templates_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_templates" ADD CONSTRAINT "document_templates_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_logos" ADD CONSTRAINT "office_logos_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_logos" ADD CONSTRAINT "office_logos_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachments_family_idx" ON "attachments" USING btree ("family_id","uploaded_at");--> statement-breakpoint
CREATE INDEX "attachments_office_deleted_idx" ON "attachments" USING btree ("office_id","deleted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "document_templates_office_kind" ON "document_templates" USING btree ("office_id","kind");--> statement-breakpoint
ALTER TABLE "offices" ADD CONSTRAINT "offices_attachment_max_check" CHECK ("offices"."attachment_max_mb" between 1 and 100);