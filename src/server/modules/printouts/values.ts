import type { Printout } from './layout';

/*
 * What a printout says, by name: the built-in layout is drawn from these values, and an
 * office's DOCX template gets the same ones as its placeholders, so both say the same.
 */

/** One row of a repeated part (`{#kontakty}…{/kontakty}` in a template). */
export type Row = { [name: string]: string | Row[] };
export type Values = { [name: string]: string | Row[] };

/** A placeholder as the template page documents it; `fields` for a repeated part. */
export interface Placeholder {
  name: string;
  description: string;
  fields?: readonly Placeholder[];
}

export interface Built {
  values: Values;
  printout: Printout;
}

export const placeholder = (
  name: string,
  description: string,
  fields?: readonly Placeholder[],
): Placeholder => (fields ? { name, description, fields } : { name, description });
