import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Block, Letterhead, Printout } from './layout';

/* Roboto, shipped with pdfmake, has every Polish letter; nothing is read from the network. */
const fontDir = path.join(
  path.dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
  'fonts/Roboto',
);
pdfmake.setFonts({
  Roboto: {
    normal: path.join(fontDir, 'Roboto-Regular.ttf'),
    bold: path.join(fontDir, 'Roboto-Medium.ttf'),
    italics: path.join(fontDir, 'Roboto-Italic.ttf'),
    bolditalics: path.join(fontDir, 'Roboto-MediumItalic.ttf'),
  },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontDir));

const GREY = '#555555';

function header(letterhead: Letterhead): Content[] {
  const text: Content = {
    stack: [
      { text: letterhead.name, bold: true, fontSize: 12 },
      ...(letterhead.address ? [{ text: letterhead.address, color: GREY }] : []),
      ...(letterhead.contact ? [{ text: letterhead.contact, color: GREY }] : []),
    ],
  };
  const logo = letterhead.logo
    ? {
        image: `data:${letterhead.logo.mediaType};base64,${letterhead.logo.content.toString('base64')}`,
        fit: [56, 56] as [number, number],
        width: 64,
      }
    : null;
  return [
    logo ? { columns: [logo, text], columnGap: 8 } : text,
    { canvas: [{ type: 'line', x1: 0, y1: 4, x2: 495, y2: 4, lineWidth: 0.7 }], margin: [0, 0, 0, 6] },
    { text: letterhead.placeAndDate, alignment: 'right', margin: [0, 0, 0, 14] },
  ];
}

function block(b: Block): Content {
  switch (b.kind) {
    case 'heading':
      return { text: b.text, bold: true, fontSize: 11, margin: [0, 10, 0, 4] };
    case 'paragraph':
      return { text: b.text, margin: [0, 0, 0, 6], alignment: 'justify' };
    case 'fields':
      return {
        table: {
          widths: [150, '*'],
          body: b.rows.map(([label, value]) => [{ text: label, color: GREY }, value]),
        },
        layout: 'noBorders',
        margin: [0, 0, 0, 6],
      };
    case 'table':
      return b.rows.length === 0
        ? { text: b.empty, italics: true, color: GREY, margin: [0, 0, 0, 6] }
        : {
            table: {
              headerRows: 1,
              widths: b.columns.map((_, i) => (i === b.columns.length - 1 ? '*' : 'auto')),
              body: [
                b.columns.map((c) => ({ text: c, bold: true, fillColor: '#eeeeee' })),
                ...b.rows.map((r) => [...r]),
              ],
            },
            layout: {
              hLineWidth: () => 0.5,
              vLineWidth: () => 0.5,
              hLineColor: () => '#999999',
              vLineColor: () => '#999999',
            },
            fontSize: 9,
            margin: [0, 0, 0, 6],
          };
    case 'list':
      return { ul: [...b.items], margin: [0, 0, 0, 6] };
  }
}

function signatures(captions: readonly string[]): Content {
  return {
    columns: captions.map((caption) => ({
      stack: [
        {
          text: '..................................................',
          alignment: 'center',
          margin: [0, 36, 0, 2],
        },
        { text: caption, alignment: 'center', fontSize: 8, color: GREY },
      ],
    })),
    columnGap: 16,
    unbreakable: true,
  };
}

/** The printout as a PDF (A4) with the office's header on the first page. */
export function renderPdf(printout: Printout, letterhead: Letterhead): Promise<Buffer> {
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [50, 45, 50, 55],
    info: { title: printout.title, author: letterhead.name, creator: 'Asysta' },
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
    footer: (page, pages) => ({
      text: `${printout.title} — strona ${page} z ${pages}`,
      alignment: 'right',
      fontSize: 8,
      color: GREY,
      margin: [50, 20, 50, 0],
    }),
    content: [
      ...header(letterhead),
      { text: printout.title, bold: true, fontSize: 14, alignment: 'center', margin: [0, 0, 0, 4] },
      ...printout.reference.map((line) => ({ text: line, alignment: 'center' as const, color: GREY })),
      { text: '', margin: [0, 0, 0, 10] },
      ...printout.blocks.map(block),
      ...(printout.signatures.length > 0 ? [signatures(printout.signatures)] : []),
    ],
  };
  return pdfmake.createPdf(definition).getBuffer();
}
