import { z } from 'zod';
import { TIME_OF_DAY } from '../domain/contacts';

export const Id = z.uuid();

/** A person of the office as other records name them. */
export const UserRef = z.object({ id: Id, name: z.string() });
export type UserRef = z.infer<typeof UserRef>;

/** A family as lists and calendars name it. */
export const FamilyRef = z.object({ id: Id, caseNumber: z.string(), name: z.string() });
export type FamilyRef = z.infer<typeof FamilyRef>;

/** One field's error in a problem response; `path` is dotted, relative to the body. */
export const FieldError = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem details, with a stable machine `code` (see src/server/errors). */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string(),
  requestId: z.string().optional(),
  errors: z.array(FieldError).optional(),
  /** For `invalid_transition`: the stable name of what is missing (src/domain/engagement.ts). */
  blocker: z.string().optional(),
});
export type Problem = z.infer<typeof Problem>;

export const ListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

/** The shape of every list answer: a page of items and where the next page starts. */
export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const Ok = z.object({ ok: z.literal(true) });

/** A record addressed by its id in the path. */
export const RecordParams = z.object({ id: Id });

export const DateOnly = z.iso.date();
/** A time of day, HH:MM. */
export const TimeOfDay = z.string().regex(TIME_OF_DAY, 'time_invalid');
export const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month_invalid');
export const Version = z.number().int().positive();

/** Trimmed text of at most `max` characters. */
export const Text = (max: number) => z.string().trim().max(max);

/** Optional trimmed text where an emptied field means "none" (stored as null). */
export const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();
