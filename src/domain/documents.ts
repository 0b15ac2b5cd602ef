/*
 * The office's paper: printouts of the records, the office's own templates for them, and the
 * scans attached to a family's file.
 */

/** Every printout the office can make, in the order the user meets them. */
export const printoutKinds = [
  'consent_assistance',
  'consent_data',
  'consent_group',
  'assistance_request',
  'assignment',
  'work_plan',
  'assessment',
  'extension_request',
  'closure_request',
  'court_opinion',
  'contact_card',
  'timesheet',
  'partner_list',
] as const;
export type PrintoutKind = (typeof printoutKinds)[number];

export const printoutFormats = ['pdf', 'docx'] as const;
export type PrintoutFormat = (typeof printoutFormats)[number];

/** What a scan is: the signed paper that goes with a record, or a letter from outside. */
export const attachmentCategories = [
  'signed_consent',
  'signed_plan',
  'signed_assessment',
  'court_letter',
  'institution_letter',
  'certificate',
  'other',
] as const;
export type AttachmentCategory = (typeof attachmentCategories)[number];

/** The records of an engagement a file may be attached to. */
export const attachmentRecordTypes = [
  'assistance_request',
  'work_plan_version',
  'assessment',
  'engagement_request',
  'court_opinion',
] as const;
export type AttachmentRecordType = (typeof attachmentRecordTypes)[number];

/** The kinds of file accepted, recognised from their content, never from their name. */
export const attachmentMediaTypes = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;
export type AttachmentExtension = keyof typeof attachmentMediaTypes;

export const logoMediaTypes = ['image/png', 'image/jpeg'] as const;

/** The default largest attachment, in MB; the office may change it within the bounds. */
export const ATTACHMENT_MAX_MB = { default: 20, min: 1, max: 100 } as const;
/** The largest logo, in bytes. */
export const LOGO_MAX_BYTES = 1_048_576;
/** The largest template, in bytes. */
export const TEMPLATE_MAX_BYTES = 5 * 1_048_576;
