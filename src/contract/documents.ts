import { z } from 'zod';
import {
  attachmentCategories,
  attachmentRecordTypes,
  printoutFormats,
  printoutKinds,
} from '../domain/documents';
import { DateOnly, Id, Month, OptionalText, Text, UserRef, Version } from './common';

/*
 * Documents: printouts of the records (PDF, DOCX), the office's DOCX templates for them, its
 * logo, and the files attached to a family's file.
 */

export const PrintoutKind = z.enum(printoutKinds);
export type PrintoutKind = z.infer<typeof PrintoutKind>;
export const PrintoutFormat = z.enum(printoutFormats);
export type PrintoutFormat = z.infer<typeof PrintoutFormat>;

/**
 * `id` is the record the printout is of: the engagement for the consents, the assignment, the
 * work plan, the contact card and the partner list; otherwise the request, the assessment, the
 * engagement's request or the court opinion itself.
 */
export const PrintoutParams = z.object({ kind: PrintoutKind.exclude(['timesheet']), id: Id });
export const PrintoutQuery = z.object({
  format: PrintoutFormat.default('pdf'),
  /** The work plan's version; the one in force when omitted. */
  version: z.coerce.number().int().positive().optional(),
  /** The contact card's period; from the first contact to today when omitted. */
  from: DateOnly.optional(),
  to: DateOnly.optional(),
});
export type PrintoutQuery = z.infer<typeof PrintoutQuery>;

export const TimesheetPrintoutQuery = z.object({
  month: Month,
  assistantId: Id.optional(),
  format: PrintoutFormat.default('pdf'),
});
export type TimesheetPrintoutQuery = z.infer<typeof TimesheetPrintoutQuery>;

type PlaceholderShape = { name: string; description: string; fields?: readonly PlaceholderShape[] };
export const Placeholder: z.ZodType<PlaceholderShape> = z.object({
  name: z.string(),
  description: z.string(),
  get fields() {
    return z.array(Placeholder).optional();
  },
});

export const OfficeTemplate = z.object({
  fileName: z.string(),
  placeholders: z.array(z.string()),
  uploadedBy: UserRef,
  uploadedAt: z.string(),
});

/** One printout on the templates page: what it offers a template, and the office's template if any. */
export const PrintoutTemplateEntry = z.object({
  kind: PrintoutKind,
  title: z.string(),
  placeholders: z.array(Placeholder),
  template: OfficeTemplate.nullable(),
});
export type PrintoutTemplateEntry = z.infer<typeof PrintoutTemplateEntry>;
export const PrintoutTemplateList = z.object({ items: z.array(PrintoutTemplateEntry) });
export type PrintoutTemplateList = z.infer<typeof PrintoutTemplateList>;
export const TemplateParams = z.object({ kind: PrintoutKind });

export const LogoInfo = z.object({ present: z.boolean(), uploadedAt: z.string().nullable() });
export type LogoInfo = z.infer<typeof LogoInfo>;

// ── attachments ──────────────────────────────────────────────────────────────────────────────

export const AttachmentCategory = z.enum(attachmentCategories);
export type AttachmentCategory = z.infer<typeof AttachmentCategory>;
export const AttachmentRecordType = z.enum(attachmentRecordTypes);
export type AttachmentRecordType = z.infer<typeof AttachmentRecordType>;

/** The form fields sent with the file (multipart/form-data, before the file). */
export const AttachmentFields = z
  .object({
    category: AttachmentCategory,
    description: OptionalText(1000),
    engagementId: Id.optional(),
    recordType: AttachmentRecordType.optional(),
    recordId: Id.optional(),
  })
  .refine((f) => !f.recordType === !f.recordId, { path: ['recordId'], message: 'required' })
  .refine((f) => !f.recordType || f.engagementId, { path: ['engagementId'], message: 'required' });
export type AttachmentFields = z.infer<typeof AttachmentFields>;

export const Attachment = z.object({
  id: Id,
  familyId: Id,
  engagementId: Id.nullable(),
  recordType: AttachmentRecordType.nullable(),
  recordId: Id.nullable(),
  category: AttachmentCategory,
  description: z.string().nullable(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  uploadedBy: UserRef,
  uploadedAt: z.string(),
  version: z.number().int(),
});
export type Attachment = z.infer<typeof Attachment>;
export const AttachmentList = z.object({ items: z.array(Attachment), maxMb: z.number().int() });
export type AttachmentList = z.infer<typeof AttachmentList>;
export const AttachmentListQuery = z.object({ engagementId: Id.optional() });

export const DeleteAttachmentBody = z.object({ version: Version, reason: Text(1000).min(1) });
export type DeleteAttachmentBody = z.infer<typeof DeleteAttachmentBody>;

/** A deleted attachment as the data-protection officer sees it: who, when and why, no content. */
export const DeletedAttachment = Attachment.extend({
  family: z.object({ id: Id, caseNumber: z.string() }),
  deletedBy: UserRef,
  deletedAt: z.string(),
  deleteReason: z.string(),
});
export type DeletedAttachment = z.infer<typeof DeletedAttachment>;
export const DeletedAttachmentList = z.object({ items: z.array(DeletedAttachment) });
export type DeletedAttachmentList = z.infer<typeof DeletedAttachmentList>;
