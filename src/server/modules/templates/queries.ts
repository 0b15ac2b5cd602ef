import { and, eq } from 'drizzle-orm';
import type { PrintoutKind } from '../../../domain/documents';
import type { Executor } from '../../db/client';
import { userRef } from '../../db/refs';
import { documentTemplates, officeLogos } from '../../db/schema';

export async function templatesOf(db: Executor, officeId: string) {
  return db
    .select({
      kind: documentTemplates.kind,
      fileName: documentTemplates.fileName,
      placeholders: documentTemplates.placeholders,
      uploadedBy: userRef(documentTemplates.uploadedBy),
      uploadedAt: documentTemplates.uploadedAt,
    })
    .from(documentTemplates)
    .where(eq(documentTemplates.officeId, officeId));
}

export async function templateFile(db: Executor, officeId: string, kind: PrintoutKind) {
  const [row] = await db
    .select({ fileName: documentTemplates.fileName, content: documentTemplates.content })
    .from(documentTemplates)
    .where(and(eq(documentTemplates.officeId, officeId), eq(documentTemplates.kind, kind)));
  return row;
}

/** The office's one template for a printout, replacing the one before. */
export async function putTemplate(db: Executor, values: typeof documentTemplates.$inferInsert) {
  await db
    .insert(documentTemplates)
    .values(values)
    .onConflictDoUpdate({
      target: [documentTemplates.officeId, documentTemplates.kind],
      set: {
        fileName: values.fileName,
        content: values.content,
        placeholders: values.placeholders,
        uploadedBy: values.uploadedBy,
        uploadedAt: new Date(),
      },
    });
}

export async function deleteTemplate(db: Executor, officeId: string, kind: PrintoutKind) {
  const rows = await db
    .delete(documentTemplates)
    .where(and(eq(documentTemplates.officeId, officeId), eq(documentTemplates.kind, kind)))
    .returning({ id: documentTemplates.id });
  return rows.length > 0;
}

export async function logoOf(db: Executor, officeId: string) {
  const [row] = await db.select().from(officeLogos).where(eq(officeLogos.officeId, officeId));
  return row;
}

export async function putLogo(db: Executor, values: typeof officeLogos.$inferInsert) {
  await db
    .insert(officeLogos)
    .values(values)
    .onConflictDoUpdate({
      target: officeLogos.officeId,
      set: {
        mediaType: values.mediaType,
        content: values.content,
        uploadedBy: values.uploadedBy,
        uploadedAt: new Date(),
      },
    });
}

export async function deleteLogo(db: Executor, officeId: string) {
  const rows = await db.delete(officeLogos).where(eq(officeLogos.officeId, officeId)).returning();
  return rows.length > 0;
}
