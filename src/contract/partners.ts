import { z } from 'zod';
import { blueCardClosureGrounds } from '../domain/blue-card';
import { institutionKinds, meetingBodies, partnerRoles, referralStatuses } from '../domain/partners';
import { DateOnly, Id, ListQuery, OptionalText, page, Text, UserRef, Version } from './common';

/*
 * The family's partners: the office's directory of institutions, the people and institutions
 * working with a family, referrals, the interdisciplinary team's meetings and the Niebieska Karta.
 */

export const InstitutionKind = z.enum(institutionKinds);
export type InstitutionKind = z.infer<typeof InstitutionKind>;
export const PartnerRole = z.enum(partnerRoles);
export type PartnerRole = z.infer<typeof PartnerRole>;
export const ReferralStatus = z.enum(referralStatuses);
export type ReferralStatus = z.infer<typeof ReferralStatus>;
export const MeetingBody = z.enum(meetingBodies);
export type MeetingBody = z.infer<typeof MeetingBody>;
export const BlueCardClosureGround = z.enum(blueCardClosureGrounds);

// ── the directory ────────────────────────────────────────────────────────────────────────────

const InstitutionContact = z.object({
  name: Text(200).min(1),
  role: OptionalText(200),
  phone: OptionalText(40),
  email: OptionalText(320),
});

const institutionFields = {
  name: Text(300).min(1),
  kind: InstitutionKind,
  street: OptionalText(200),
  postalCode: OptionalText(10),
  city: OptionalText(100),
  phone: OptionalText(100),
  email: OptionalText(320),
  website: OptionalText(300),
  hours: OptionalText(500),
  services: z.array(Text(300).min(1)).max(50),
  contacts: z.array(InstitutionContact).max(30),
};
export const InstitutionBody = z.object(institutionFields);
export type InstitutionBody = z.infer<typeof InstitutionBody>;
export const UpdateInstitutionBody = z.object({
  ...institutionFields,
  active: z.boolean(),
  version: Version,
});
export type UpdateInstitutionBody = z.infer<typeof UpdateInstitutionBody>;

export const Institution = z.object({
  id: Id,
  name: z.string(),
  kind: InstitutionKind,
  street: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  hours: z.string().nullable(),
  services: z.array(z.string()),
  contacts: z.array(
    z.object({
      name: z.string(),
      role: z.string().nullable(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
    }),
  ),
  active: z.boolean(),
  version: z.number().int(),
});
export type Institution = z.infer<typeof Institution>;
export const InstitutionList = page(Institution);
export const InstitutionListQuery = ListQuery.extend({
  kind: InstitutionKind.optional(),
  active: z.enum(['true', 'false']).optional(),
});
export type InstitutionListQuery = z.infer<typeof InstitutionListQuery>;

const InstitutionRef = z.object({ id: Id, name: z.string() });

// ── who works with the family ────────────────────────────────────────────────────────────────

const partnerFields = {
  institutionId: Id.nullable(),
  role: PartnerRole,
  personName: OptionalText(200),
  contact: OptionalText(300),
  since: DateOnly,
  until: DateOnly.nullable(),
  note: OptionalText(2000),
};
const partnerChecks = (
  value: { institutionId?: string | null; personName?: string | null; since?: string; until?: string | null },
  ctx: z.RefinementCtx,
) => {
  if (!value.institutionId && !value.personName) {
    ctx.addIssue({ code: 'custom', path: ['personName'], message: 'partner_who_required' });
  }
  if (value.since && value.until && value.until < value.since) {
    ctx.addIssue({ code: 'custom', path: ['until'], message: 'end_before_start' });
  }
};
export const PartnerBody = z.object(partnerFields).superRefine(partnerChecks);
export type PartnerBody = z.infer<typeof PartnerBody>;
export const UpdatePartnerBody = z.object({ ...partnerFields, version: Version }).superRefine(partnerChecks);
export type UpdatePartnerBody = z.infer<typeof UpdatePartnerBody>;

export const Partner = z.object({
  id: Id,
  institution: InstitutionRef.nullable(),
  role: PartnerRole,
  personName: z.string().nullable(),
  contact: z.string().nullable(),
  since: z.string(),
  until: z.string().nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
});
export type Partner = z.infer<typeof Partner>;

// ── referrals ────────────────────────────────────────────────────────────────────────────────

export const ReferralBody = z.object({
  /** The member referred; none when the referral is for the whole family. */
  personId: Id.nullable(),
  institutionId: Id,
  service: Text(300).min(1),
  referredOn: DateOnly,
});
export type ReferralBody = z.infer<typeof ReferralBody>;
export const ReferralOutcomeBody = z.object({
  version: Version,
  status: ReferralStatus,
  outcome: OptionalText(2000),
});
export type ReferralOutcomeBody = z.infer<typeof ReferralOutcomeBody>;

export const Referral = z.object({
  id: Id,
  engagementId: Id,
  person: z.object({ id: Id, name: z.string() }).nullable(),
  institution: InstitutionRef,
  service: z.string(),
  referredOn: z.string(),
  status: ReferralStatus,
  outcome: z.string().nullable(),
  version: z.number().int(),
});
export type Referral = z.infer<typeof Referral>;

// ── the interdisciplinary team ───────────────────────────────────────────────────────────────

export const TeamMeetingBody = z.object({
  body: MeetingBody,
  date: DateOnly,
  members: z
    .array(z.object({ role: Text(200).min(1), name: Text(200).min(1) }))
    .min(1)
    .max(30),
  conclusions: Text(20000).min(1),
  tasks: z
    .array(
      z.object({ description: Text(2000).min(1), responsible: Text(200).min(1), due: DateOnly.nullable() }),
    )
    .max(30),
});
export type TeamMeetingBody = z.infer<typeof TeamMeetingBody>;

export const TeamMeeting = z.object({
  id: Id,
  body: MeetingBody,
  date: z.string(),
  members: z.array(z.object({ role: z.string(), name: z.string() })),
  conclusions: z.string(),
  tasks: z.array(z.object({ description: z.string(), responsible: z.string(), due: z.string().nullable() })),
  createdBy: UserRef,
  version: z.number().int(),
});
export type TeamMeeting = z.infer<typeof TeamMeeting>;

/** Everything about who works with the family during the engagement. */
export const PartnersView = z.object({
  partners: z.array(Partner),
  referrals: z.array(Referral),
  meetings: z.array(TeamMeeting),
});
export type PartnersView = z.infer<typeof PartnersView>;

// ── Niebieska Karta ──────────────────────────────────────────────────────────────────────────

export const BlueCardBody = z.object({
  startedOn: DateOnly,
  initiatedBy: Text(300).min(1),
  formAFilledBy: Text(200).min(1),
  assistantInitiated: z.boolean(),
  formASentOn: DateOnly.nullable(),
  assistantInGroup: z.boolean(),
  assistantTasks: OptionalText(5000),
});
export type BlueCardBody = z.infer<typeof BlueCardBody>;
export const UpdateBlueCardBody = BlueCardBody.extend({
  version: Version,
  closedOn: DateOnly.nullable(),
  closureGround: BlueCardClosureGround.nullable(),
});
export type UpdateBlueCardBody = z.infer<typeof UpdateBlueCardBody>;
export const BlueCardMeetingBody = z.object({ date: DateOnly, note: OptionalText(5000) });
export type BlueCardMeetingBody = z.infer<typeof BlueCardMeetingBody>;

export const BlueCard = z.object({
  id: Id,
  familyId: Id,
  startedOn: z.string(),
  initiatedBy: z.string(),
  formAFilledBy: z.string(),
  assistantInitiated: z.boolean(),
  formASentOn: z.string().nullable(),
  /** When form A is due at the interdisciplinary team (5 working days), if the assistant started it. */
  formADueOn: z.string().nullable(),
  assistantInGroup: z.boolean(),
  assistantTasks: z.string().nullable(),
  closedOn: z.string().nullable(),
  closureGround: BlueCardClosureGround.nullable(),
  meetings: z.array(z.object({ id: Id, date: z.string(), note: z.string().nullable() })),
  version: z.number().int(),
});
export type BlueCard = z.infer<typeof BlueCard>;
export const BlueCardList = z.object({ items: z.array(BlueCard) });
