/**
 * The genogram of a family (BRIEF step 6): people across generations — household members and
 * others (grandparents, a parent living elsewhere) — and the relationships between them, in
 * the standard symbols. Pure data; drawn by genogram-svg.ts.
 */

/** Couples: each kind has its own line in the drawing. */
export const partnershipKinds = ['marriage', 'cohabitation', 'separation', 'divorce'] as const;
export type PartnershipKind = (typeof partnershipKinds)[number];

/** How a child belongs to a parent: a solid line, a dashed one (adoptive), a dotted one (foster). */
export const parentageKinds = ['biological', 'adoptive', 'foster'] as const;
export type ParentageKind = (typeof parentageKinds)[number];

/** Emotional ties drawn between two people. */
export const emotionalTies = ['close', 'distant', 'conflict', 'violence', 'cut_off'] as const;
export type EmotionalTie = (typeof emotionalTies)[number];

export type GenogramRelation =
  | {
      id: string;
      kind: 'partnership';
      type: PartnershipKind;
      a: string;
      b: string;
      since?: number | null;
      until?: number | null;
    }
  | { id: string; kind: 'parentage'; type: ParentageKind; parent: string; child: string }
  | { id: string; kind: 'sibling'; a: string; b: string }
  | { id: string; kind: 'emotional'; type: EmotionalTie; a: string; b: string };

export interface GenogramPerson {
  id: string;
  /** As shown under the symbol, e.g. "Anna Nowak". */
  name: string;
  sex: 'female' | 'male' | null;
  birthYear: number | null;
  deathYear: number | null;
  deceased: boolean;
  /** The index person (the identified client, usually the child the work is about). */
  index: boolean;
  /** Lives in the family's household (drawn inside the household boundary). */
  household: boolean;
}

export interface Genogram {
  people: GenogramPerson[];
  relations: GenogramRelation[];
}
