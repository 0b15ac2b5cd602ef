import { Ok, RecordParams } from '../../../contract/common';
import {
  Attachment,
  AttachmentFields,
  AttachmentList,
  AttachmentListQuery,
  DeleteAttachmentBody,
  DeletedAttachmentList,
} from '../../../contract/documents';
import { FamilyParams } from '../../../contract/families';
import type { AppDeps } from '../../deps';
import { sendDownload } from '../../http/download';
import type { Api } from '../../http/types';
import { userContext } from '../../http/types';
import { MB, receiveFile } from '../../http/upload';
import { attachmentsService } from './service';

export function attachmentsRoutes(app: Api, deps: AppDeps) {
  const attachments = attachmentsService(deps);
  const tags = ['documents'];

  app.get('/api/families/:id/attachments', {
    config: { permission: 'families:read' },
    schema: {
      tags,
      summary:
        "The family's attachments (of one engagement when asked), and the office's size limit; audited",
      params: FamilyParams,
      querystring: AttachmentListQuery,
      response: { 200: AttachmentList },
    },
    handler: (request) => attachments.list(userContext(request), request.params.id, request.query),
  });

  app.post('/api/families/:id/attachments', {
    config: { permission: 'families:edit' },
    schema: {
      tags,
      summary:
        'Attach a PDF, JPEG, PNG or DOCX (multipart/form-data: fields category, description, engagementId, recordType, recordId, then "file"); the type is read from the content; 413 over the office limit',
      params: FamilyParams,
      consumes: ['multipart/form-data'],
      response: { 201: Attachment },
    },
    handler: async (request, reply) => {
      const ctx = userContext(request);
      const mb = await attachments.limitMb(ctx);
      const upload = await receiveFile(request, { bytes: mb * MB, mb }, AttachmentFields);
      return reply.status(201).send(await attachments.upload(ctx, request.params.id, upload));
    },
  });

  app.get('/api/attachments/:id/content', {
    config: { permission: 'families:read' },
    schema: {
      tags,
      summary: 'Download an attachment; audited (a hidden family answers 404, audited too)',
      params: RecordParams,
    },
    handler: async (request, reply) =>
      sendDownload(reply, await attachments.download(userContext(request), request.params.id)),
  });

  app.delete('/api/attachments/:id', {
    config: { permission: 'families:edit' },
    schema: {
      tags,
      summary: 'Delete an attachment (kept, with the reason, for the data-protection officer)',
      params: RecordParams,
      body: DeleteAttachmentBody,
      response: { 200: Ok },
    },
    handler: async (request) => {
      await attachments.remove(userContext(request), request.params.id, request.body);
      return { ok: true as const };
    },
  });

  app.get('/api/attachments/deleted', {
    config: { permission: 'attachments:deleted' },
    schema: {
      tags,
      summary: "The office's deleted attachments: who deleted which, when and why",
      response: { 200: DeletedAttachmentList },
    },
    handler: async (request) => ({ items: await attachments.deleted(userContext(request)) }),
  });
}
