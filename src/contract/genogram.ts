import { z } from 'zod';
import { emotionalTies, parentageKinds, partnershipKinds } from '../domain/genogram';
import { Id, Text, Version } from './common';

/*
 * The genogram of a family: its members are in it by themselves; the assistant adds the people
 * beyond them (grandparents, a parent living elsewhere), the relations and the index person.
 */

const Year = z.number().int().min(1850).max(2100);
const Sex = z.enum(['female', 'male']).nullable();

export const GenogramPersonInput = z.object({
  /** Chosen by the client for a new person, so that relations can name it in the same save. */
  id: Id,
  firstName: Text(100).min(1),
  lastName: Text(100).min(1),
  sex: Sex,
  birthYear: Year.nullable(),
  deathYear: Year.nullable(),
  deceased: z.boolean(),
});

const ends = { from: Id, to: Id };
export const GenogramRelationInput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('partnership'),
    type: z.enum(partnershipKinds),
    ...ends,
    since: Year.nullable(),
    until: Year.nullable(),
  }),
  /** `from` is the parent, `to` the child. */
  z.object({ kind: z.literal('parentage'), type: z.enum(parentageKinds), ...ends }),
  z.object({ kind: z.literal('sibling'), ...ends }),
  z.object({ kind: z.literal('emotional'), type: z.enum(emotionalTies), ...ends }),
]);
export type GenogramRelationInput = z.infer<typeof GenogramRelationInput>;

export const GenogramBody = z.object({
  /** The version read, or null for the first save. */
  version: Version.nullable(),
  indexPersonId: Id.nullable(),
  people: z.array(GenogramPersonInput).max(60),
  relations: z.array(GenogramRelationInput).max(200),
});
export type GenogramBody = z.infer<typeof GenogramBody>;

export const GenogramView = z.object({
  /** Everyone drawn: the members first (`member: true`), then the people added. */
  people: z.array(
    z.object({
      id: Id,
      member: z.boolean(),
      firstName: z.string(),
      lastName: z.string(),
      sex: Sex,
      birthYear: z.number().int().nullable(),
      deathYear: z.number().int().nullable(),
      deceased: z.boolean(),
      household: z.boolean(),
    }),
  ),
  relations: z.array(GenogramRelationInput),
  indexPersonId: Id.nullable(),
  version: z.number().int().nullable(),
  /** The drawing, ready to show, print or save. */
  svg: z.string(),
});
export type GenogramView = z.infer<typeof GenogramView>;
