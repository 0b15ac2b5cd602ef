import { z } from 'zod';
import { CASELOAD_LIMIT } from '../domain/caseload';
import {
  developmentKinds,
  employmentForms,
  equipmentKinds,
  fundingSources,
  positions,
} from '../domain/staff';
import { DateOnly, Id, OptionalText, Text, UserRef, Version } from './common';
import { Role } from './roles';

/*
 * Staff records: each person's employment periods (form, FTE, who paid), qualifications,
 * trainings and supervision attended, equipment issued; and the assistants' caseloads.
 */

export const EmploymentForm = z.enum(employmentForms);
export type EmploymentForm = z.infer<typeof EmploymentForm>;
export const FundingSource = z.enum(fundingSources);
export type FundingSource = z.infer<typeof FundingSource>;
export const Position = z.enum(positions);
export type Position = z.infer<typeof Position>;
export const DevelopmentKind = z.enum(developmentKinds);
export const EquipmentKind = z.enum(equipmentKinds);

export const EmploymentBody = z
  .object({
    position: Position.default('family_assistant'),
    form: EmploymentForm,
    fte: z.number().min(0.05).max(1).multipleOf(0.05),
    startsOn: DateOnly,
    endsOn: DateOnly.nullable().optional(),
    funding: FundingSource,
    /** The programme's ("Asystent rodziny 2026") or the project's name. */
    fundingName: OptionalText(300),
    /** The programme's year. */
    fundingYear: z.number().int().min(2000).max(2100).nullable().optional(),
    note: OptionalText(2000),
  })
  .refine((b) => !b.endsOn || b.endsOn >= b.startsOn, { path: ['endsOn'], message: 'end_before_start' })
  .refine((b) => b.funding !== 'ministry_programme' || (b.fundingName && b.fundingYear), {
    path: ['fundingName'],
    message: 'programme_required',
  })
  .refine((b) => b.funding !== 'eu_project' || b.fundingName, {
    path: ['fundingName'],
    message: 'project_required',
  });
export type EmploymentBody = z.infer<typeof EmploymentBody>;
export const UpdateEmploymentBody = z.intersection(EmploymentBody, z.object({ version: Version }));

export const EmploymentPeriod = z.object({
  id: Id,
  position: Position,
  form: EmploymentForm,
  fte: z.number(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  funding: FundingSource,
  fundingName: z.string().nullable(),
  fundingYear: z.number().int().nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
});
export type EmploymentPeriod = z.infer<typeof EmploymentPeriod>;

export const QualificationBody = z.object({
  title: Text(300).min(1),
  institution: OptionalText(300),
  obtainedOn: DateOnly.nullable().optional(),
  note: OptionalText(2000),
});
export const Qualification = z.object({
  id: Id,
  title: z.string(),
  institution: z.string().nullable(),
  obtainedOn: z.string().nullable(),
  note: z.string().nullable(),
});

/** A training, a supervision session, a support-group meeting or an assistants' meeting attended. */
export const DevelopmentBody = z.object({
  kind: DevelopmentKind,
  title: Text(300).min(1),
  date: DateOnly,
  hours: z.number().min(0.25).max(200).multipleOf(0.25).nullable().optional(),
  note: OptionalText(2000),
});
export const Development = z.object({
  id: Id,
  kind: DevelopmentKind,
  title: z.string(),
  date: z.string(),
  hours: z.number().nullable(),
  note: z.string().nullable(),
});

export const EquipmentBody = z
  .object({
    kind: EquipmentKind,
    /** The ticket's, the phone's or the card's number. */
    number: OptionalText(100),
    description: OptionalText(300),
    issuedOn: DateOnly,
    returnedOn: DateOnly.nullable().optional(),
  })
  .refine((b) => !b.returnedOn || b.returnedOn >= b.issuedOn, {
    path: ['returnedOn'],
    message: 'end_before_start',
  });
export const UpdateEquipmentBody = z.intersection(EquipmentBody, z.object({ version: Version }));
export const Equipment = z.object({
  id: Id,
  kind: EquipmentKind,
  number: z.string().nullable(),
  description: z.string().nullable(),
  issuedOn: z.string(),
  returnedOn: z.string().nullable(),
  version: z.number().int(),
});

/** One person in the staff list, with what is true of their employment today. */
export const StaffSummary = z.object({
  id: Id,
  name: z.string(),
  roles: z.array(Role),
  active: z.boolean(),
  current: EmploymentPeriod.nullable(),
});
export type StaffSummary = z.infer<typeof StaffSummary>;
export const StaffRecordList = z.object({ items: z.array(StaffSummary) });

export const StaffRecord = z.object({
  person: z.object({
    id: Id,
    name: z.string(),
    email: z.string(),
    roles: z.array(Role),
    active: z.boolean(),
  }),
  employment: z.array(EmploymentPeriod),
  qualifications: z.array(Qualification),
  development: z.array(Development),
  equipment: z.array(Equipment),
});
export type StaffRecord = z.infer<typeof StaffRecord>;

export const StaffParams = z.object({ id: Id });
export const VersionBody = z.object({ version: Version });

/** Each assistant's load as the manager oversees it. */
export const CaseloadOverview = z.object({
  limit: z.literal(CASELOAD_LIMIT),
  warningAt: z.number().int().nullable(),
  items: z.array(
    z.object({
      assistant: UserRef,
      /** Engagements in work (assigned, diagnosis, plan, closure requested) and in monitoring. */
      active: z.number().int(),
      monitoring: z.number().int(),
      /** Places taken under the office's rule on monitoring. */
      places: z.number().int(),
      state: z.enum(['ok', 'warning', 'full']),
      contactsLast4Weeks: z.number().int(),
      overdueDeadlines: z.number().int(),
    }),
  ),
});
export type CaseloadOverview = z.infer<typeof CaseloadOverview>;
