import { and, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { AttachmentRecordType } from '../../../contract/documents';
import { ATTACHMENT_MAX_MB } from '../../../domain/documents';
import type { Executor } from '../../db/client';
import { userRef } from '../../db/refs';
import {
  assessments,
  attachmentContents,
  attachments,
  courtOpinions,
  engagementRequests,
  engagements,
  families,
  offices,
  workPlanVersions,
} from '../../db/schema';

const attachmentColumns = {
  id: attachments.id,
  familyId: attachments.familyId,
  engagementId: attachments.engagementId,
  recordType: sql<AttachmentRecordType | null>`${attachments.recordType}`,
  recordId: attachments.recordId,
  category: attachments.category,
  description: attachments.description,
  fileName: attachments.fileName,
  mediaType: attachments.mediaType,
  size: attachments.size,
  uploadedBy: userRef(attachments.uploadedBy),
  uploadedAt: attachments.uploadedAt,
  version: attachments.version,
};

/** A family's attachments, newest first; of one engagement when asked. */
export async function attachmentsOf(db: Executor, familyId: string, engagementId?: string) {
  return db
    .select(attachmentColumns)
    .from(attachments)
    .where(
      and(
        eq(attachments.familyId, familyId),
        isNull(attachments.deletedAt),
        engagementId ? eq(attachments.engagementId, engagementId) : undefined,
      ),
    )
    .orderBy(desc(attachments.uploadedAt), desc(attachments.id));
}
export type AttachmentRow = Awaited<ReturnType<typeof attachmentsOf>>[number];

export async function findAttachment(db: Executor, officeId: string, id: string) {
  const [row] = await db
    .select(attachmentColumns)
    .from(attachments)
    .where(and(eq(attachments.id, id), eq(attachments.officeId, officeId), isNull(attachments.deletedAt)));
  return row;
}

export async function contentOf(db: Executor, id: string) {
  const [row] = await db
    .select({ content: attachmentContents.content })
    .from(attachmentContents)
    .where(eq(attachmentContents.attachmentId, id));
  return row?.content;
}

export async function insertAttachment(
  db: Executor,
  values: typeof attachments.$inferInsert,
  content: Buffer,
): Promise<string> {
  const [row] = await db.insert(attachments).values(values).returning({ id: attachments.id });
  if (!row) throw new Error('attachment not inserted');
  await db.insert(attachmentContents).values({ attachmentId: row.id, content });
  return row.id;
}

export async function softDeleteIfVersion(
  db: Executor,
  id: string,
  version: number,
  by: { userId: string; reason: string },
) {
  const rows = await db
    .update(attachments)
    .set({
      deletedAt: new Date(),
      deletedBy: by.userId,
      deleteReason: by.reason,
      version: sql`${attachments.version} + 1`,
    })
    .where(and(eq(attachments.id, id), eq(attachments.version, version), isNull(attachments.deletedAt)))
    .returning({ id: attachments.id });
  return rows.length > 0;
}

/** Deleted attachments of the office, most recently deleted first, for the data-protection officer. */
export async function deletedAttachments(db: Executor, officeId: string, limit: number) {
  return db
    .select({
      ...attachmentColumns,
      family: sql<{
        id: string;
        caseNumber: string;
      }>`json_build_object('id', ${families.id}, 'caseNumber', ${families.caseNumber})`,
      deletedBy: userRef(attachments.deletedBy),
      deletedAt: sql<Date>`${attachments.deletedAt}`.mapWith((v) => new Date(v)),
      deleteReason: sql<string>`${attachments.deleteReason}`,
    })
    .from(attachments)
    .innerJoin(families, eq(families.id, attachments.familyId))
    .where(and(eq(attachments.officeId, officeId), isNotNull(attachments.deletedAt)))
    .orderBy(desc(attachments.deletedAt))
    .limit(limit);
}

export async function engagementOfFamily(db: Executor, engagementId: string, familyId: string) {
  const [row] = await db
    .select({ id: engagements.id, requestId: engagements.requestId })
    .from(engagements)
    .where(and(eq(engagements.id, engagementId), eq(engagements.familyId, familyId)));
  return row;
}

/** Whether a record of this type and id belongs to the engagement. */
export async function recordOfEngagement(
  db: Executor,
  engagement: { id: string; requestId: string | null },
  type: AttachmentRecordType,
  recordId: string,
): Promise<boolean> {
  if (type === 'assistance_request') return engagement.requestId === recordId;
  const table = {
    work_plan_version: workPlanVersions,
    assessment: assessments,
    engagement_request: engagementRequests,
    court_opinion: courtOpinions,
  }[type];
  const [row] = await db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.id, recordId), eq(table.engagementId, engagement.id)));
  return Boolean(row);
}

export async function attachmentLimitMb(db: Executor, officeId: string): Promise<number> {
  const [row] = await db
    .select({ mb: offices.attachmentMaxMb })
    .from(offices)
    .where(eq(offices.id, officeId));
  return row?.mb ?? ATTACHMENT_MAX_MB.default;
}
