import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type {
  Attachment,
  AttachmentFields,
  AttachmentListQuery,
  DeleteAttachmentBody,
  DeletedAttachment,
} from '../../../contract/documents';
import { attachmentMediaTypes } from '../../../domain/documents';
import type { UserContext } from '../../access/context';
import { requireAttachmentRemoval, requireVisibleFamily } from '../../access/family-scope';
import { audit } from '../../audit/audit';
import type { AppDeps } from '../../deps';
import { AppError, conflict, fieldError, notFound } from '../../errors/app-error';
import { detectFileType } from '../../http/file-type';
import type { Upload } from '../../http/upload';
import * as q from './queries';

const present = (row: q.AttachmentRow): Attachment => ({
  ...row,
  category: row.category as Attachment['category'],
  uploadedAt: row.uploadedAt.toISOString(),
});

const ALLOWED = 'PDF, JPEG, PNG, DOCX';

/** What the audit log says of an attachment. */
const about = (a: { familyId: string; fileName: string; category: string }) => ({
  familyId: a.familyId,
  fileName: a.fileName,
  category: a.category,
});

/** Files in a family's file: uploaded, listed, downloaded and deleted by those who see the family. */
export function attachmentsService({ db }: AppDeps) {
  /** An attachment of a family the person sees; any other id is a 404, audited when the family is hidden. */
  async function visibleAttachment(ctx: UserContext, id: string) {
    const attachment = await q.findAttachment(db, ctx.actor.officeId, id);
    if (!attachment) throw notFound();
    await requireVisibleFamily(db, ctx, attachment.familyId);
    return attachment;
  }

  return {
    limitMb: (ctx: UserContext) => q.attachmentLimitMb(db, ctx.actor.officeId),

    async list(ctx: UserContext, familyId: string, query: z.infer<typeof AttachmentListQuery>) {
      await requireVisibleFamily(db, ctx, familyId);
      return db.transaction(async (tx) => {
        const [rows, maxMb] = await Promise.all([
          q.attachmentsOf(tx, familyId, query.engagementId),
          q.attachmentLimitMb(tx, ctx.actor.officeId),
        ]);
        await audit(ctx, tx, {
          action: 'attachment.listed',
          entityType: 'family',
          entityId: familyId,
          details: query.engagementId ? { engagementId: query.engagementId } : {},
        });
        return { items: rows.map(present), maxMb };
      });
    },

    async upload(ctx: UserContext, familyId: string, upload: Upload<AttachmentFields>) {
      await requireVisibleFamily(db, ctx, familyId);
      const { fields } = upload;
      const type = await detectFileType(upload.content);
      if (!type) throw new AppError('file_type_not_allowed', { params: { allowed: ALLOWED } });
      const id = await db.transaction(async (tx) => {
        if (fields.engagementId) {
          const engagement = await q.engagementOfFamily(tx, fields.engagementId, familyId);
          if (!engagement) throw fieldError('engagementId', 'engagement_not_of_family');
          if (fields.recordType && fields.recordId) {
            if (!(await q.recordOfEngagement(tx, engagement, fields.recordType, fields.recordId))) {
              throw fieldError('recordId', 'record_not_of_engagement');
            }
          }
        }
        const attachmentId = await q.insertAttachment(
          tx,
          {
            officeId: ctx.actor.officeId,
            familyId,
            engagementId: fields.engagementId ?? null,
            recordType: fields.recordType ?? null,
            recordId: fields.recordId ?? null,
            category: fields.category,
            description: fields.description ?? null,
            fileName: upload.fileName,
            mediaType: attachmentMediaTypes[type],
            size: upload.content.length,
            sha256: createHash('sha256').update(upload.content).digest('hex'),
            uploadedBy: ctx.actor.id,
          },
          upload.content,
        );
        await audit(ctx, tx, {
          action: 'attachment.uploaded',
          entityType: 'attachment',
          entityId: attachmentId,
          details: about({ familyId, fileName: upload.fileName, category: fields.category }),
        });
        return attachmentId;
      });
      const created = await q.findAttachment(db, ctx.actor.officeId, id);
      if (!created) throw notFound();
      return present(created);
    },

    async download(ctx: UserContext, id: string) {
      const attachment = await visibleAttachment(ctx, id);
      return db.transaction(async (tx) => {
        const content = await q.contentOf(tx, id);
        if (!content) throw notFound();
        await audit(ctx, tx, {
          action: 'attachment.downloaded',
          entityType: 'attachment',
          entityId: id,
          details: about(attachment),
        });
        return { content, fileName: attachment.fileName, mediaType: attachment.mediaType };
      });
    },

    /** A soft delete, by the one who attached the file or the team's lead; kept for the DPO. */
    async remove(ctx: UserContext, id: string, body: DeleteAttachmentBody) {
      const attachment = await visibleAttachment(ctx, id);
      requireAttachmentRemoval(ctx, attachment.uploadedBy.id);
      await db.transaction(async (tx) => {
        if (
          !(await q.softDeleteIfVersion(tx, id, body.version, { userId: ctx.actor.id, reason: body.reason }))
        ) {
          throw conflict();
        }
        await audit(ctx, tx, {
          action: 'attachment.deleted',
          entityType: 'attachment',
          entityId: id,
          details: about(attachment),
        });
      });
    },

    async deleted(ctx: UserContext): Promise<DeletedAttachment[]> {
      return db.transaction(async (tx) => {
        const rows = await q.deletedAttachments(tx, ctx.actor.officeId, 500);
        await audit(ctx, tx, {
          action: 'attachment.deleted_listed',
          entityType: 'office',
          entityId: ctx.actor.officeId,
        });
        return rows.map((row) => ({ ...row, ...present(row), deletedAt: row.deletedAt.toISOString() }));
      });
    },
  };
}
