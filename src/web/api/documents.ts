import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Ok } from '../../contract/common';
import {
  Attachment,
  type AttachmentCategory,
  AttachmentList,
  type AttachmentRecordType,
  DeletedAttachmentList,
  LogoInfo,
  type PrintoutFormat,
  type PrintoutKind,
  PrintoutTemplateList,
} from '../../contract/documents';
import { api, apiUpload, apiUrl, type QueryValue } from './client';

export const documentsKeys = {
  /** Every list of a family's attachments (all of them, or one engagement's) is under this prefix. */
  family: (familyId: string) => ['attachments', 'family', familyId] as const,
  attachments: (familyId: string, engagementId: string | null) =>
    ['attachments', 'family', familyId, engagementId ?? 'all'] as const,
  deleted: ['attachments', 'deleted'] as const,
  templates: ['printout-templates'] as const,
  logo: ['office-logo'] as const,
};

const segment = (value: string) => encodeURIComponent(value);

// ── printouts ───────────────────────────────────────────────────────────────────────────────

/** A printout of a family's record (PDF or DOCX): a plain link, the session cookie goes along. */
export const printoutUrl = (
  kind: Exclude<PrintoutKind, 'timesheet'>,
  id: string,
  format: PrintoutFormat,
  options: { version?: number; from?: string | null; to?: string | null } = {},
) =>
  apiUrl(`/api/printouts/${kind}/${segment(id)}`, {
    format,
    version: options.version,
    from: options.from,
    to: options.to,
  } satisfies Record<string, QueryValue>);

// ── attachments ─────────────────────────────────────────────────────────────────────────────

/** The family's attachments (one engagement's when given) and the office's size limit; audited. */
export function useAttachments(familyId: string, engagementId: string | null = null) {
  return useQuery({
    queryKey: documentsKeys.attachments(familyId, engagementId),
    queryFn: ({ signal }) =>
      api(`/api/families/${segment(familyId)}/attachments`, {
        schema: AttachmentList,
        signal,
        query: { engagementId },
      }),
  });
}

export interface AttachmentUpload {
  file: File;
  category: AttachmentCategory;
  description?: string;
  engagementId?: string;
  recordType?: AttachmentRecordType;
  recordId?: string;
}

/** Attaches a file to the family's file (the server recognises its type from the content). */
export function useUploadAttachment(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, ...fields }: AttachmentUpload) =>
      apiUpload(`/api/families/${segment(familyId)}/attachments`, { file, fields, schema: Attachment }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentsKeys.family(familyId) }),
  });
}

/** Deletes an attachment with the reason (kept for the data-protection officer). */
export function useDeleteAttachment() {
  const queryClient = useQueryClient();
  const reload = (familyId: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: documentsKeys.family(familyId) }),
      queryClient.invalidateQueries({ queryKey: documentsKeys.deleted }),
    ]);
  return useMutation({
    mutationFn: ({ attachment, reason }: { attachment: Attachment; reason: string }) =>
      api(`/api/attachments/${segment(attachment.id)}`, {
        method: 'DELETE',
        body: { version: attachment.version, reason },
        schema: Ok,
      }),
    onSuccess: (_ok, { attachment }) => reload(attachment.familyId),
    // Deleted or changed by someone else meanwhile: show the list as it is now.
    onError: (_error, { attachment }) => void reload(attachment.familyId),
  });
}

/** The attachment's file; the download is audited. */
export const attachmentContentUrl = (id: string) => `/api/attachments/${segment(id)}/content`;

/** The office's deleted attachments, for the data-protection officer; audited. */
export function useDeletedAttachments() {
  return useQuery({
    queryKey: documentsKeys.deleted,
    queryFn: ({ signal }) => api('/api/attachments/deleted', { schema: DeletedAttachmentList, signal }),
    select: (data) => data.items,
  });
}

// ── templates ───────────────────────────────────────────────────────────────────────────────

/** Every printout with its placeholders and the office's template for it, if any. */
export function usePrintoutTemplates() {
  return useQuery({
    queryKey: documentsKeys.templates,
    queryFn: ({ signal }) => api('/api/printout-templates', { schema: PrintoutTemplateList, signal }),
    select: (data) => data.items,
  });
}

/** Uploads the office's DOCX template for a printout; the answer is the whole list again. */
export function useUploadTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, file }: { kind: PrintoutKind; file: File }) =>
      apiUpload(`/api/printout-templates/${kind}`, { method: 'PUT', file, schema: PrintoutTemplateList }),
    onSuccess: (list) => queryClient.setQueryData(documentsKeys.templates, list),
  });
}

/** Goes back to the built-in layout of a printout. */
export function useRemoveTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (kind: PrintoutKind) =>
      api(`/api/printout-templates/${kind}`, { method: 'DELETE', schema: PrintoutTemplateList }),
    onSuccess: (list) => queryClient.setQueryData(documentsKeys.templates, list),
  });
}

/** The office's template as uploaded, and a starting one with every placeholder. */
export const templateFileUrl = (kind: PrintoutKind) => `/api/printout-templates/${kind}/file`;
export const templateStarterUrl = (kind: PrintoutKind) => `/api/printout-templates/${kind}/starter`;

// ── the office's logo ───────────────────────────────────────────────────────────────────────

/** Whether the office has a logo for the header of its printouts, and since when. */
export function useLogoInfo() {
  return useQuery({
    queryKey: documentsKeys.logo,
    queryFn: ({ signal }) => api('/api/office/logo/info', { schema: LogoInfo, signal }),
  });
}

/** The logo's picture; the time it was uploaded makes a new logo a new address for the browser. */
export const logoUrl = (uploadedAt: string | null) => apiUrl('/api/office/logo', { v: uploadedAt });

/** Uploads the logo (PNG or JPEG up to 1 MB). */
export function useUploadLogo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => apiUpload('/api/office/logo', { method: 'PUT', file, schema: LogoInfo }),
    onSuccess: (info) => queryClient.setQueryData(documentsKeys.logo, info),
  });
}

/** Removes the logo: the printouts' header goes without it. */
export function useRemoveLogo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api('/api/office/logo', { method: 'DELETE', schema: LogoInfo }),
    onSuccess: (info) => queryClient.setQueryData(documentsKeys.logo, info),
  });
}
