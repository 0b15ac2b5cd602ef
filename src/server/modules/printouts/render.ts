import { and, eq } from 'drizzle-orm';
import type { PrintoutFormat, PrintoutKind } from '../../../domain/documents';
import type { Executor } from '../../db/client';
import { documentTemplates, officeLogos, offices } from '../../db/schema';
import { slug } from '../../http/download';
import { renderDocx } from './docx';
import { letterheadOf, type OfficeValues, officeValues } from './office';
import { renderPdf } from './pdf';
import { fillTemplate } from './templates';
import { printoutTitles } from './titles';
import type { Built } from './values';

export const mediaTypes: Record<PrintoutFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface PrintingOffice {
  id: string;
  values: OfficeValues;
}

/** The office whose header a printout carries, as of today. */
export async function printingOffice(tx: Executor, officeId: string, today: string): Promise<PrintingOffice> {
  const [office] = await tx.select().from(offices).where(eq(offices.id, officeId));
  if (!office) throw new Error(`office ${officeId} missing`);
  return { id: officeId, values: officeValues(office, today) };
}

/**
 * A built printout in the asked format, under the office's header: a DOCX from the office's
 * template when it has one for this printout, else from the built-in layout.
 */
export async function renderPrintout(
  tx: Executor,
  office: PrintingOffice,
  kind: PrintoutKind,
  built: Built,
  format: PrintoutFormat,
): Promise<{ content: Buffer; fromTemplate: boolean }> {
  const officeId = office.id;
  const values = { ...office.values, ...built.values };
  if (format === 'docx') {
    const [template] = await tx
      .select({ content: documentTemplates.content })
      .from(documentTemplates)
      .where(and(eq(documentTemplates.officeId, officeId), eq(documentTemplates.kind, kind)));
    if (template) return { content: fillTemplate(template.content, values), fromTemplate: true };
  }
  const [logo] = await tx
    .select({ content: officeLogos.content, mediaType: officeLogos.mediaType })
    .from(officeLogos)
    .where(eq(officeLogos.officeId, officeId));
  const letterhead = letterheadOf(office.values, logo ?? null);
  const render = format === 'pdf' ? renderPdf : renderDocx;
  return { content: await render(built.printout, letterhead), fromTemplate: false };
}

/** "plan-pracy-z-rodzina-RA-4-2026.pdf": what the paper is and whose. */
export const printoutFilename = (kind: PrintoutKind, about: string, format: PrintoutFormat) =>
  `${slug([printoutTitles[kind], about].filter(Boolean).join(' '))}.${format}`;
