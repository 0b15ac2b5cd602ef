import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  attachmentCategories,
  attachmentMediaTypes,
  attachmentRecordTypes,
  logoMediaTypes,
  printoutKinds,
} from '../../../domain/documents';
import { families } from './families';
import { engagements } from './intake';
import { offices } from './offices';
import { users } from './users';
import { oneOf } from './working-time';

/*
 * Files kept in the database, so that a backup of the database is a backup of everything:
 * the office's logo, its printout templates, and the scans attached to families' files.
 */

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

export const officeLogos = pgTable(
  'office_logos',
  {
    officeId: uuid('office_id')
      .primaryKey()
      .references(() => offices.id),
    mediaType: text('media_type').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => users.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('office_logos_media_type_check', oneOf(sql`${t.mediaType}`, logoMediaTypes))],
);

/** An office's own DOCX layout for one printout, used instead of the built-in one. */
export const documentTemplates = pgTable(
  'document_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    kind: text('kind').notNull(),
    fileName: text('file_name').notNull(),
    content: bytea('content').notNull(),
    /** The placeholders the template uses, found when it was checked at upload. */
    placeholders: jsonb('placeholders').$type<string[]>().notNull(),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => users.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('document_templates_office_kind').on(t.officeId, t.kind),
    check('document_templates_kind_check', oneOf(sql`${t.kind}`, printoutKinds)),
  ],
);

/**
 * A scan or file in a family's file, perhaps of one engagement and one of its records.
 * Deleting keeps the row (and the content) for the data-protection officer to see.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    familyId: uuid('family_id')
      .notNull()
      .references(() => families.id),
    engagementId: uuid('engagement_id').references(() => engagements.id),
    recordType: text('record_type'),
    recordId: uuid('record_id'),
    category: text('category').notNull(),
    description: text('description'),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => users.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    deletedBy: uuid('deleted_by').references(() => users.id),
    deleteReason: text('delete_reason'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('attachments_family_idx').on(t.familyId, t.uploadedAt),
    index('attachments_office_deleted_idx').on(t.officeId, t.deletedAt),
    check('attachments_category_check', oneOf(sql`${t.category}`, attachmentCategories)),
    check('attachments_media_type_check', oneOf(sql`${t.mediaType}`, Object.values(attachmentMediaTypes))),
    check(
      'attachments_record_check',
      sql`(${t.recordType} is null and ${t.recordId} is null) or (${t.engagementId} is not null and ${t.recordId} is not null and ${oneOf(sql`${t.recordType}`, attachmentRecordTypes)})`,
    ),
    check(
      'attachments_deleted_check',
      sql`(${t.deletedAt} is null) = (${t.deletedBy} is null) and (${t.deletedAt} is null) = (${t.deleteReason} is null)`,
    ),
  ],
);

/** The bytes of an attachment, apart from its description so that lists never read them. */
export const attachmentContents = pgTable('attachment_contents', {
  attachmentId: uuid('attachment_id')
    .primaryKey()
    .references(() => attachments.id),
  content: bytea('content').notNull(),
});
