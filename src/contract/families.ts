import { z } from 'zod';
import { DateOnly, Id, ListQuery, OptionalText, page, Text, Version } from './common';
import { AssistanceRequest, Engagement, EnvironmentalInterview } from './intake';
import { Referral } from './partners';
import { Member, MemberInput } from './people';

/** Where a family stands on the path from registration to the end of its support. */
export const familyStatuses = ['registered', 'awaiting_decision', 'active', 'closed'] as const;
export const FamilyStatus = z.enum(familyStatuses);
export type FamilyStatus = z.infer<typeof FamilyStatus>;

const familyFields = {
  caseNumber: Text(50).min(1),
  street: Text(200).min(1),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{2}-\d{3}$/, { message: 'postal_code_format' }),
  city: Text(100).min(1),
  phone: OptionalText(40),
  socialWorkerId: Id.nullable().optional(),
  courtSupervision: z.boolean().default(false),
  probationOfficer: OptionalText(300),
  limitedParentalAuthority: z.boolean().default(false),
  fosterCare: z.boolean().default(false),
  fosterCareCoordinator: OptionalText(300),
  zaZyciem: z.boolean().default(false),
  problemTypeIds: z.array(Id).max(50).default([]),
};

export const CreateFamilyBody = z.object({
  ...familyFields,
  members: z.array(MemberInput).max(30).default([]),
});
export type CreateFamilyBody = z.infer<typeof CreateFamilyBody>;

export const UpdateFamilyBody = z.object({ version: Version }).extend(z.object(familyFields).partial().shape);
export type UpdateFamilyBody = z.infer<typeof UpdateFamilyBody>;

const PersonRef = z.object({ id: Id, name: z.string() });
export type PersonRef = z.infer<typeof PersonRef>;

/** A court's ban on contact between a child and a parent: shown wherever the family is shown. */
export const ContactBan = z.object({
  id: Id,
  child: PersonRef,
  parent: PersonRef,
  court: z.string(),
  rulingDate: z.string().nullable(),
  note: z.string().nullable(),
});
export type ContactBan = z.infer<typeof ContactBan>;

export const CreateContactBanBody = z.object({
  childId: Id,
  parentId: Id,
  court: Text(300).min(1),
  rulingDate: DateOnly.nullable().optional(),
  note: OptionalText(1000),
});
export type CreateContactBanBody = z.infer<typeof CreateContactBanBody>;

export const FamilySummary = z.object({
  id: Id,
  caseNumber: z.string(),
  name: z.string(),
  street: z.string(),
  city: z.string(),
  status: FamilyStatus,
  memberCount: z.number().int(),
  assistant: PersonRef.nullable(),
  socialWorker: PersonRef.nullable(),
  hasContactBan: z.boolean(),
});
export type FamilySummary = z.infer<typeof FamilySummary>;

export const FamilyList = page(FamilySummary);
export type FamilyList = z.infer<typeof FamilyList>;

export const FamilyListQuery = ListQuery.extend({
  status: FamilyStatus.optional(),
  problemTypeId: Id.optional(),
  assistantId: Id.optional(),
});
export type FamilyListQuery = z.infer<typeof FamilyListQuery>;

export const ProblemRef = z.object({ id: Id, name: z.string() });

/** The family's file: everything this issue records about it, read (and audited) at once. */
export const FamilyFile = FamilySummary.extend({
  postalCode: z.string(),
  phone: z.string().nullable(),
  courtSupervision: z.boolean(),
  probationOfficer: z.string().nullable(),
  limitedParentalAuthority: z.boolean(),
  fosterCare: z.boolean(),
  fosterCareCoordinator: z.string().nullable(),
  zaZyciem: z.boolean(),
  problems: z.array(ProblemRef),
  members: z.array(Member),
  contactBans: z.array(ContactBan),
  interviews: z.array(EnvironmentalInterview),
  requests: z.array(AssistanceRequest),
  engagements: z.array(Engagement),
  /** Referrals of the family's members to institutions' services, in every engagement. */
  referrals: z.array(Referral),
  createdAt: z.string(),
  version: z.number().int(),
});
export type FamilyFile = z.infer<typeof FamilyFile>;

export const FamilyParams = z.object({ id: Id });
export const ContactBanParams = z.object({ id: Id, banId: Id });
