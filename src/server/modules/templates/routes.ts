import { z } from 'zod';
import { LogoInfo, PrintoutTemplateList, TemplateParams } from '../../../contract/documents';
import type { AppDeps } from '../../deps';
import { sendDownload } from '../../http/download';
import type { Api } from '../../http/types';
import { userContext } from '../../http/types';
import { receiveFile } from '../../http/upload';
import { mediaTypes } from '../printouts/render';
import { logoLimit, templateLimit, templatesService } from './service';

const NoFields = z.object({});
const multipart = { consumes: ['multipart/form-data'] };

export function templatesRoutes(app: Api, deps: AppDeps) {
  const templates = templatesService(deps);
  const tags = ['documents'];
  const permission = 'templates:manage';

  app.get('/api/printout-templates', {
    config: { permission },
    schema: {
      tags,
      summary: 'Every printout with its placeholders, and the office template in use for it, if any',
      response: { 200: PrintoutTemplateList },
    },
    handler: async (request) => ({ items: await templates.list(userContext(request)) }),
  });

  app.put('/api/printout-templates/:kind', {
    config: { permission },
    schema: {
      tags,
      summary:
        'Upload a DOCX template (multipart/form-data, field "file"); refused with 422 naming an unknown placeholder',
      params: TemplateParams,
      ...multipart,
      response: { 200: PrintoutTemplateList },
    },
    handler: async (request) => {
      const ctx = userContext(request);
      await templates.upload(ctx, request.params.kind, await receiveFile(request, templateLimit, NoFields));
      return { items: await templates.list(ctx) };
    },
  });

  app.delete('/api/printout-templates/:kind', {
    config: { permission },
    schema: {
      tags,
      summary: 'Go back to the built-in layout',
      params: TemplateParams,
      response: { 200: PrintoutTemplateList },
    },
    handler: async (request) => {
      const ctx = userContext(request);
      await templates.remove(ctx, request.params.kind);
      return { items: await templates.list(ctx) };
    },
  });

  app.get('/api/printout-templates/:kind/file', {
    config: { permission },
    schema: { tags, summary: 'The office template as uploaded', params: TemplateParams },
    handler: async (request, reply) => {
      const template = await templates.file(userContext(request), request.params.kind);
      return sendDownload(reply, { ...template, mediaType: mediaTypes.docx });
    },
  });

  app.get('/api/printout-templates/:kind/starter', {
    config: { permission },
    schema: {
      tags,
      summary: "A starting template with the printout's every placeholder",
      params: TemplateParams,
    },
    handler: async (request, reply) =>
      sendDownload(reply, {
        content: await templates.starter(request.params.kind),
        mediaType: mediaTypes.docx,
        fileName: `szablon-${request.params.kind}.docx`,
      }),
  });

  app.get('/api/office/logo', {
    config: { permission: 'authenticated' },
    schema: { tags, summary: "The office's logo, as printed on the header of its printouts" },
    handler: async (request, reply) => {
      const logo = await templates.logo(userContext(request));
      return reply
        .header('content-type', logo.mediaType)
        .header('cache-control', 'no-cache')
        .send(logo.content);
    },
  });

  app.put('/api/office/logo', {
    config: { permission: 'office:manage' },
    schema: {
      tags,
      summary: 'Upload the logo (PNG or JPEG up to 1 MB, multipart field "file")',
      ...multipart,
      response: { 200: LogoInfo },
    },
    handler: async (request) => {
      await templates.uploadLogo(userContext(request), await receiveFile(request, logoLimit, NoFields));
      return templates.logoInfo(userContext(request));
    },
  });

  app.delete('/api/office/logo', {
    config: { permission: 'office:manage' },
    schema: { tags, summary: 'Remove the logo', response: { 200: LogoInfo } },
    handler: async (request) => {
      await templates.removeLogo(userContext(request));
      return templates.logoInfo(userContext(request));
    },
  });

  app.get('/api/office/logo/info', {
    config: { permission: 'authenticated' },
    schema: { tags, summary: 'Whether the office has a logo', response: { 200: LogoInfo } },
    handler: (request) => templates.logoInfo(userContext(request)),
  });
}
