import type { PrintoutTemplateEntry } from '../../../contract/documents';
import {
  LOGO_MAX_BYTES,
  logoMediaTypes,
  type PrintoutKind,
  TEMPLATE_MAX_BYTES,
} from '../../../domain/documents';
import type { UserContext } from '../../access/context';
import { audit } from '../../audit/audit';
import type { AppDeps } from '../../deps';
import { AppError, notFound } from '../../errors/app-error';
import { detectFileType } from '../../http/file-type';
import { MB, type Upload } from '../../http/upload';
import { placeholdersOf, printoutCatalogue } from '../printouts/catalogue';
import { checkTemplate } from '../printouts/templates';
import * as q from './queries';
import { starterTemplate } from './starter';

export const templateLimit = { bytes: TEMPLATE_MAX_BYTES, mb: TEMPLATE_MAX_BYTES / MB };
export const logoLimit = { bytes: LOGO_MAX_BYTES, mb: LOGO_MAX_BYTES / MB };

/** The office's paper: its DOCX templates for the printouts, and the logo on their header. */
export function templatesService({ db }: AppDeps) {
  return {
    async list(ctx: UserContext): Promise<PrintoutTemplateEntry[]> {
      const templates = await q.templatesOf(db, ctx.actor.officeId);
      return printoutCatalogue.map((entry) => {
        const template = templates.find((t) => t.kind === entry.kind);
        return {
          ...entry,
          template: template
            ? {
                fileName: template.fileName,
                placeholders: template.placeholders,
                uploadedBy: template.uploadedBy,
                uploadedAt: template.uploadedAt.toISOString(),
              }
            : null,
        };
      });
    },

    /** Takes a template only once every placeholder in it is known; else the built-in layout stays. */
    async upload(ctx: UserContext, kind: PrintoutKind, upload: Upload<object>) {
      if ((await detectFileType(upload.content)) !== 'docx') {
        throw new AppError('file_type_not_allowed', { params: { allowed: 'DOCX' } });
      }
      const placeholders = checkTemplate(upload.content, placeholdersOf(kind));
      await db.transaction(async (tx) => {
        await q.putTemplate(tx, {
          officeId: ctx.actor.officeId,
          kind,
          fileName: upload.fileName,
          content: upload.content,
          placeholders,
          uploadedBy: ctx.actor.id,
        });
        await audit(ctx, tx, {
          action: 'template.uploaded',
          entityType: 'office',
          entityId: ctx.actor.officeId,
          details: { kind, fileName: upload.fileName },
        });
      });
    },

    async remove(ctx: UserContext, kind: PrintoutKind) {
      await db.transaction(async (tx) => {
        if (!(await q.deleteTemplate(tx, ctx.actor.officeId, kind))) throw notFound();
        await audit(ctx, tx, {
          action: 'template.removed',
          entityType: 'office',
          entityId: ctx.actor.officeId,
          details: { kind },
        });
      });
    },

    async file(ctx: UserContext, kind: PrintoutKind) {
      return db.transaction(async (tx) => {
        const template = await q.templateFile(tx, ctx.actor.officeId, kind);
        if (!template) throw notFound();
        await audit(ctx, tx, {
          action: 'template.downloaded',
          entityType: 'office',
          entityId: ctx.actor.officeId,
          details: { kind, fileName: template.fileName },
        });
        return template;
      });
    },

    starter: (kind: PrintoutKind) => starterTemplate(kind),

    async logoInfo(ctx: UserContext) {
      const logo = await q.logoOf(db, ctx.actor.officeId);
      return { present: Boolean(logo), uploadedAt: logo?.uploadedAt.toISOString() ?? null };
    },

    async logo(ctx: UserContext) {
      const logo = await q.logoOf(db, ctx.actor.officeId);
      if (!logo) throw notFound();
      return logo;
    },

    async uploadLogo(ctx: UserContext, upload: Upload<object>) {
      const type = await detectFileType(upload.content);
      const mediaType = type === 'png' ? 'image/png' : type === 'jpg' ? 'image/jpeg' : null;
      if (!mediaType || !logoMediaTypes.includes(mediaType)) {
        throw new AppError('file_type_not_allowed', { params: { allowed: 'PNG, JPEG' } });
      }
      await db.transaction(async (tx) => {
        await q.putLogo(tx, {
          officeId: ctx.actor.officeId,
          mediaType,
          content: upload.content,
          uploadedBy: ctx.actor.id,
        });
        await audit(ctx, tx, {
          action: 'office.logo_changed',
          entityType: 'office',
          entityId: ctx.actor.officeId,
        });
      });
    },

    async removeLogo(ctx: UserContext) {
      await db.transaction(async (tx) => {
        if (!(await q.deleteLogo(tx, ctx.actor.officeId))) throw notFound();
        await audit(ctx, tx, {
          action: 'office.logo_removed',
          entityType: 'office',
          entityId: ctx.actor.officeId,
        });
      });
    },
  };
}
