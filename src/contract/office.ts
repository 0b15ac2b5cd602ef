import { z } from 'zod';
import { CASELOAD_LIMIT } from '../domain/caseload';
import { ATTACHMENT_MAX_MB } from '../domain/documents';
import { Id, OptionalText, TimeOfDay, Version } from './common';
import { Role } from './roles';

/** The office's own data and the rules it may set for itself. */
export const OfficeSettings = z.object({
  name: z.string(),
  street: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  /** Below the statutory 15, the load at which the manager is warned. */
  caseloadWarningAt: z.number().int().nullable(),
  /** Whether families in monitoring count toward an assistant's load (default: they do). */
  monitoringCountsTowardCaseload: z.boolean(),
  /** The engagement's terms in months: plan, assessment rhythm, standard period, extension, monitoring. */
  planMonths: z.number().int(),
  assessmentMonths: z.number().int(),
  standardMonths: z.number().int(),
  extensionMonths: z.number().int(),
  monitoringMonths: z.number().int(),
  /** Contacts a week expected with each family, averaged over four weeks (default 2). */
  contactTargetPerWeek: z.number(),
  /** The hours of the day task-based work may fall in (default 08:00–20:00). */
  workDayStart: z.string(),
  workDayEnd: z.string(),
  /** Whether team leads without a role in the engagement see Niebieska Karta records (default: no). */
  teamLeadSeesBlueCards: z.boolean(),
  /** The largest attachment the office accepts, in MB (default 20). */
  attachmentMaxMb: z.number().int(),
  version: z.number().int(),
});
export type OfficeSettings = z.infer<typeof OfficeSettings>;

const months = (min: number, max: number) => z.number().int().min(min).max(max).optional();

export const UpdateOfficeBody = z.object({
  version: Version,
  name: z.string().trim().min(1).max(300).optional(),
  street: OptionalText(200),
  postalCode: OptionalText(10),
  city: OptionalText(100),
  phone: OptionalText(40),
  email: OptionalText(320),
  caseloadWarningAt: z
    .number()
    .int()
    .min(1)
    .max(CASELOAD_LIMIT - 1)
    .nullable()
    .optional(),
  monitoringCountsTowardCaseload: z.boolean().optional(),
  planMonths: months(1, 3),
  /** The law asks for an assessment at least every six months: an office may only ask for more. */
  assessmentMonths: months(1, 6),
  standardMonths: months(1, 60),
  extensionMonths: months(1, 24),
  monitoringMonths: months(1, 24),
  contactTargetPerWeek: z.number().min(0.5).max(14).multipleOf(0.5).optional(),
  workDayStart: TimeOfDay.optional(),
  workDayEnd: TimeOfDay.optional(),
  teamLeadSeesBlueCards: z.boolean().optional(),
  attachmentMaxMb: z.number().int().min(ATTACHMENT_MAX_MB.min).max(ATTACHMENT_MAX_MB.max).optional(),
});
export type UpdateOfficeBody = z.infer<typeof UpdateOfficeBody>;

export const ProblemType = z.object({
  id: Id,
  name: z.string(),
  active: z.boolean(),
  version: z.number().int(),
});
export type ProblemType = z.infer<typeof ProblemType>;

export const ProblemTypeList = z.object({ items: z.array(ProblemType) });

export const CreateProblemTypeBody = z.object({ name: z.string().trim().min(1).max(200) });
export const UpdateProblemTypeBody = z.object({
  version: Version,
  name: z.string().trim().min(1).max(200).optional(),
  active: z.boolean().optional(),
});
export type UpdateProblemTypeBody = z.infer<typeof UpdateProblemTypeBody>;
export const ProblemTypeParams = z.object({ id: Id });

/** Colleagues by role, for choosing a responsible social worker or an assistant. */
export const StaffQuery = z.object({ role: Role });
export const StaffList = z.object({ items: z.array(z.object({ id: Id, name: z.string() })) });
