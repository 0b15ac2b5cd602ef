/*
 * A printout as the built-in layout sees it: neutral blocks that the PDF and the DOCX renderers
 * draw alike, so that the two formats of one printout always say the same.
 */

export type Block =
  | { kind: 'heading'; text: string }
  /** Running text; line breaks are kept. */
  | { kind: 'paragraph'; text: string }
  /** Label–value pairs, as on a form. */
  | { kind: 'fields'; rows: ReadonlyArray<readonly [label: string, value: string]> }
  | { kind: 'table'; columns: readonly string[]; rows: ReadonlyArray<readonly string[]>; empty: string }
  | { kind: 'list'; items: readonly string[] };

export interface Printout {
  title: string;
  /** Under the title: what the paper is about (case number, family, period). */
  reference: readonly string[];
  blocks: readonly Block[];
  /** Captions under the lines left for signatures. */
  signatures: readonly string[];
}

/** The office's header on every page one: its name, address, contact and logo. */
export interface Letterhead {
  name: string;
  address: string | null;
  contact: string | null;
  /** "Białystok, dnia 25.11.2026 r." — the place and date of the paper. */
  placeAndDate: string;
  logo: { content: Buffer; mediaType: string } | null;
}

export const DASH = '—';
