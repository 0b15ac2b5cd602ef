import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { imageSize } from 'image-size';
import type { Block, Letterhead, Printout } from './layout';

const GREY = '555555';
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

/** Runs of one text, its line breaks kept. */
const runs = (text: string, options: { bold?: boolean; color?: string; size?: number } = {}) =>
  text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...options }));

const para = (text: string, options: ConstructorParameters<typeof Paragraph>[0] & object = {}) =>
  new Paragraph({ children: runs(text), ...options });

const cell = (text: string, options: { bold?: boolean; color?: string; shade?: boolean } = {}) =>
  new TableCell({
    children: [new Paragraph({ children: runs(text, { bold: options.bold, color: options.color }) })],
    shading: options.shade ? { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' } : undefined,
  });

function logoRun(logo: NonNullable<Letterhead['logo']>) {
  const { width = 1, height = 1 } = imageSize(logo.content);
  const scale = 56 / Math.max(width, height);
  return new ImageRun({
    type: logo.mediaType === 'image/png' ? 'png' : 'jpg',
    data: logo.content,
    transformation: { width: Math.round(width * scale), height: Math.round(height * scale) },
  });
}

function header(letterhead: Letterhead): Paragraph[] {
  return [
    new Paragraph({
      children: [
        ...(letterhead.logo ? [logoRun(letterhead.logo), new TextRun({ text: '  ' })] : []),
        new TextRun({ text: letterhead.name, bold: true, size: 24 }),
      ],
    }),
    ...[letterhead.address, letterhead.contact].flatMap((line) =>
      line ? [new Paragraph({ children: runs(line, { color: GREY }) })] : [],
    ),
    new Paragraph({
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 } },
      children: [],
    }),
    para(letterhead.placeAndDate, { alignment: AlignmentType.RIGHT, spacing: { before: 120, after: 240 } }),
  ];
}

function block(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ children: runs(b.text, { bold: true }), spacing: { before: 200, after: 80 } })];
    case 'paragraph':
      return [para(b.text, { alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 } })];
    case 'fields':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          columnWidths: [3000, 6000],
          borders: noBorders,
          rows: b.rows.map(
            ([label, value]) => new TableRow({ children: [cell(label, { color: GREY }), cell(value)] }),
          ),
        }),
      ];
    case 'table':
      return b.rows.length === 0
        ? [new Paragraph({ children: [new TextRun({ text: b.empty, italics: true, color: GREY })] })]
        : [
            new Table({
              width: { size: 100, type: WidthType.PERCENTAGE },
              rows: [
                new TableRow({
                  tableHeader: true,
                  children: b.columns.map((c) => cell(c, { bold: true, shade: true })),
                }),
                ...b.rows.map((row) => new TableRow({ children: row.map((value) => cell(value)) })),
              ],
            }),
          ];
    case 'list':
      return b.items.map((item) => para(item, { bullet: { level: 0 } }));
  }
}

function signatures(captions: readonly string[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    rows: [
      new TableRow({
        children: captions.map(
          (caption) =>
            new TableCell({
              children: [
                para('..............................................', {
                  alignment: AlignmentType.CENTER,
                  spacing: { before: 720 },
                }),
                new Paragraph({
                  alignment: AlignmentType.CENTER,
                  children: runs(caption, { color: GREY, size: 16 }),
                }),
              ],
            }),
        ),
      }),
    ],
  });
}

/** The printout as a DOCX, for editing in an office suite; the same content as the PDF. */
export function renderDocx(printout: Printout, letterhead: Letterhead): Promise<Buffer> {
  const document = new Document({
    creator: 'Asysta',
    title: printout.title,
    styles: { default: { document: { run: { font: 'Calibri', size: 21 } } } },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({ text: `${printout.title} — strona `, size: 16, color: GREY }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 16, color: GREY }),
                ],
              }),
            ],
          }),
        },
        children: [
          ...header(letterhead),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: printout.title, bold: true, size: 28 })],
          }),
          ...printout.reference.map(
            (line) =>
              new Paragraph({ alignment: AlignmentType.CENTER, children: runs(line, { color: GREY }) }),
          ),
          new Paragraph({ children: [] }),
          ...printout.blocks.flatMap(block),
          ...(printout.signatures.length > 0 ? [signatures(printout.signatures)] : []),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
