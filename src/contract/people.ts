import { z } from 'zod';
import { parsePesel, peselMismatches } from '../domain/pesel';
import { DateOnly, Id, OptionalText, Text, Version } from './common';

export const sexes = ['female', 'male'] as const;
export const Sex = z.enum(sexes);

/** Eleven digits with a valid check digit and a real birth date; the message names what is wrong. */
export const Pesel = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const parsed = parsePesel(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error });
  });

const personFields = {
  firstName: Text(100).min(1),
  lastName: Text(100).min(1),
  pesel: Pesel.nullable().optional(),
  birthDate: DateOnly.nullable().optional(),
  sex: Sex.nullable().optional(),
  phone: OptionalText(40),
  schoolOrWork: OptionalText(300),
};

type PersonFields = {
  pesel?: string | null;
  birthDate?: string | null;
  sex?: 'female' | 'male' | null;
};

/** A person without a PESEL needs a birth date; one with a PESEL must agree with what it encodes. */
function checkIdentity(person: PersonFields, ctx: z.RefinementCtx) {
  if (!person.pesel) {
    if (!person.birthDate)
      ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'birth_date_required' });
    return;
  }
  for (const mismatch of peselMismatches(person.pesel, person)) {
    ctx.addIssue({
      code: 'custom',
      path: [mismatch === 'pesel_sex_mismatch' ? 'sex' : 'birthDate'],
      message: mismatch,
    });
  }
}

export const NewPerson = z.object(personFields).superRefine(checkIdentity);
export type NewPerson = z.infer<typeof NewPerson>;

export const relations = ['parent', 'child', 'partner', 'grandparent', 'sibling', 'other'] as const;
export const Relation = z.enum(relations);
export type Relation = z.infer<typeof Relation>;

const membership = {
  relation: Relation,
  inHousehold: z.boolean().default(true),
};

/** A member is either a person already in the registry (found by PESEL) or a new one. */
export const MemberInput = z.union([
  z.object({ personId: Id, ...membership }),
  z.object({ person: NewPerson, ...membership }),
]);
export type MemberInput = z.infer<typeof MemberInput>;

export const UpdateMemberBody = z
  .object({ version: Version, ...personFields, ...membership })
  .superRefine(checkIdentity);
export type UpdateMemberBody = z.infer<typeof UpdateMemberBody>;

export const Member = z.object({
  personId: Id,
  firstName: z.string(),
  lastName: z.string(),
  pesel: z.string().nullable(),
  birthDate: z.string().nullable(),
  sex: Sex.nullable(),
  phone: z.string().nullable(),
  schoolOrWork: z.string().nullable(),
  relation: Relation,
  inHousehold: z.boolean(),
  /** Age in full years today (Europe/Warsaw), when the birth date is known. */
  age: z.number().int().nullable(),
  version: z.number().int(),
});
export type Member = z.infer<typeof Member>;

/** What registering an existing PESEL offers: enough to recognise the person, nothing more. */
export const PersonMatch = z.object({
  id: Id,
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string().nullable(),
});
export type PersonMatch = z.infer<typeof PersonMatch>;

export const PeselParams = z.object({ pesel: Pesel });
export const MemberParams = z.object({ id: Id, personId: Id });
