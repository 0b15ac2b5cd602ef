CREATE TABLE "genogram_persons" (
	"id" uuid PRIMARY KEY NOT NULL,
	"family_id" uuid NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"sex" text,
	"birth_year" integer,
	"death_year" integer,
	"deceased" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "genogram_relations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"family_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"type" text,
	"from_id" uuid NOT NULL,
	"to_id" uuid NOT NULL,
	"since" integer,
	"until" integer,
	CONSTRAINT "genogram_relations_kind_check" CHECK ("genogram_relations"."kind" in ('partnership', 'parentage', 'sibling', 'emotional')),
	CONSTRAINT "genogram_relations_ends_check" CHECK ("genogram_relations"."from_id" <> "genogram_relations"."to_id")
);
--> statement-breakpoint
CREATE TABLE "genograms" (
	"family_id" uuid PRIMARY KEY NOT NULL,
	"index_person_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "genogram_persons" ADD CONSTRAINT "genogram_persons_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "genogram_relations" ADD CONSTRAINT "genogram_relations_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "genograms" ADD CONSTRAINT "genograms_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "genograms" ADD CONSTRAINT "genograms_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "genogram_persons_family_idx" ON "genogram_persons" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "genogram_relations_family_idx" ON "genogram_relations" USING btree ("family_id");