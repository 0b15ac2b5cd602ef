import type { PrintoutKind } from '../../../domain/documents';
import { placeholdersOf } from '../printouts/catalogue';
import { renderDocx } from '../printouts/docx';
import type { Block } from '../printouts/layout';
import { officePlaceholders } from '../printouts/office';
import { printoutTitles } from '../printouts/titles';
import type { Placeholder } from '../printouts/values';

/*
 * A starting point for an office's template: the printout's every placeholder laid out in the
 * built-in style, for the administrator to rearrange and word in an office suite.
 */

const tag = (name: string) => `{${name}}`;

function blocksOf(p: Placeholder): Block[] {
  const fields = p.fields ?? [];
  if (fields.length === 0) return [{ kind: 'fields', rows: [[p.description, tag(p.name)]] }];
  const simple = fields.filter((f) => !f.fields);
  const nested = fields.filter((f) => f.fields);
  if (nested.length === 0) {
    // A table row between {#part} and {/part} repeats once per item.
    const cells = simple.map((f) => tag(f.name));
    cells[0] = `{#${p.name}}${cells[0]}`;
    cells[cells.length - 1] = `${cells[cells.length - 1]}{/${p.name}}`;
    return [
      { kind: 'heading', text: p.description },
      { kind: 'table', columns: simple.map((f) => f.description), rows: [cells], empty: '' },
    ];
  }
  // A part holding another: paragraphs between {#part} and {/part} repeat.
  return [
    { kind: 'heading', text: p.description },
    { kind: 'paragraph', text: `{#${p.name}}` },
    ...simple.flatMap(blocksOf),
    ...nested.flatMap(blocksOf),
    { kind: 'paragraph', text: `{/${p.name}}` },
  ];
}

export function starterTemplate(kind: PrintoutKind): Promise<Buffer> {
  const own = placeholdersOf(kind).filter((p) => !officePlaceholders.includes(p));
  return renderDocx(
    { title: printoutTitles[kind], reference: [], blocks: own.flatMap(blocksOf), signatures: ['Podpis'] },
    {
      name: tag('urzad_nazwa'),
      address: tag('urzad_adres'),
      contact: tag('urzad_kontakt'),
      placeAndDate: tag('miejscowosc_i_data'),
      logo: null,
    },
  );
}
