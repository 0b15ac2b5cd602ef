import type { PrintoutFormat, PrintoutKind } from '../../../domain/documents';
import type { Executor } from '../../db/client';
import { slug } from '../../http/download';
import { findOffice } from '../office/queries';
import { logoOf, templateFile } from '../templates/queries';
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
  return { id: officeId, values: officeValues(await findOffice(tx, officeId), today) };
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
  if (format === 'docx') {
    const template = await templateFile(tx, office.id, kind);
    if (template) {
      return {
        content: fillTemplate(template.content, { ...office.values, ...built.values }),
        fromTemplate: true,
      };
    }
  }
  const logo = await logoOf(tx, office.id);
  const letterhead = letterheadOf(
    office.values,
    logo ? { content: logo.content, mediaType: logo.mediaType } : null,
  );
  const render = format === 'pdf' ? renderPdf : renderDocx;
  return { content: await render(built.printout, letterhead), fromTemplate: false };
}

/** "plan-pracy-z-rodzina-RA-4-2026.pdf": what the paper is and whose. */
export const printoutFilename = (kind: PrintoutKind, about: string, format: PrintoutFormat) =>
  `${slug([printoutTitles[kind], about].filter(Boolean).join(' '))}.${format}`;
