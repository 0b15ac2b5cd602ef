import Docxtemplater from 'docxtemplater';
import InspectModule from 'docxtemplater/js/inspect-module.js';
import PizZip from 'pizzip';
import { AppError } from '../../errors/app-error';
import type { Placeholder, Values } from './values';

/*
 * Office templates: a DOCX with `{placeholders}` (and `{#part}…{/part}` for repeated parts),
 * checked at upload against the printout's placeholders and filled with docxtemplater.
 */

// Errors are answered to the administrator, not logged.
const options = { paragraphLoop: true, linebreaks: true, nullGetter: () => '', errorLogging: false };

/** Why docxtemplater could not read a template, in words an administrator understands. */
const syntaxReasons: Record<string, (tag: string) => string> = {
  unopened_tag: () => 'zamknięcie nawiasu „}” bez otwarcia',
  unclosed_tag: (tag) => `niezamknięty nawias przy „${tag}”`,
  duplicate_open_tag: (tag) => `podwójne otwarcie nawiasu przy „${tag}”`,
  duplicate_close_tag: (tag) => `podwójne zamknięcie nawiasu przy „${tag}”`,
  unopened_loop: (tag) => `zakończenie części powtarzanej {/${tag}} bez jej początku`,
  unclosed_loop: (tag) => `część powtarzana {#${tag}} nie ma zakończenia {/${tag}}`,
  closing_tag_does_not_match_opening_tag: (tag) => `zakończenie części powtarzanej nie pasuje do {#${tag}}`,
};

interface TemplateErrorDetail {
  properties?: { id?: string; xtag?: string; errors?: TemplateErrorDetail[] };
}

function readable(error: unknown): AppError {
  const details = (error as TemplateErrorDetail).properties?.errors ?? [error as TemplateErrorDetail];
  const first = details[0]?.properties;
  const reason = first?.id && syntaxReasons[first.id]?.(first.xtag ?? '');
  return new AppError('template_invalid', {
    params: { reason: reason ?? 'plik nie jest poprawnym szablonem DOCX' },
  });
}

function open(content: Buffer, modules: InspectModule[] = []) {
  let zip: PizZip;
  try {
    zip = new PizZip(content);
  } catch {
    throw new AppError('template_invalid', { params: { reason: 'plik nie jest dokumentem DOCX' } });
  }
  try {
    return new Docxtemplater(zip, { ...options, modules });
  } catch (error) {
    throw readable(error);
  }
}

type TagTree = { [name: string]: TagTree };

/** The first placeholder not among the printout's (a repeated part also sees the names outside it). */
function unknownTag(tree: TagTree, scopes: readonly (readonly Placeholder[])[]): string | null {
  for (const [name, inner] of Object.entries(tree)) {
    const known = scopes.map((scope) => scope.find((p) => p.name === name)).find(Boolean);
    if (!known) return name;
    const deeper = unknownTag(inner, known.fields ? [known.fields, ...scopes] : scopes);
    if (deeper) return deeper;
  }
  return null;
}

/** Checks an uploaded template; answers the placeholders it uses, or refuses it naming the bad one. */
export function checkTemplate(content: Buffer, placeholders: readonly Placeholder[]): string[] {
  const inspect = new InspectModule();
  open(content, [inspect]);
  const tree = inspect.getAllTags() as TagTree;
  const unknown = unknownTag(tree, [placeholders]);
  if (unknown) throw new AppError('template_unknown_placeholder', { params: { placeholder: unknown } });
  return Object.keys(tree);
}

/** The template filled with the record's values. */
export function fillTemplate(content: Buffer, values: Values): Buffer {
  const document = open(content);
  document.render(values);
  return document.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}
