/**
 * The family's partners (BRIEF "Partner institutions", step 6): the office's directory of
 * institutions, the people and institutions working with a family, referrals to their
 * services, and the meetings of the interdisciplinary team and its diagnostic-support groups.
 */

export const institutionKinds = [
  'welfare_centre',
  'crisis_intervention',
  'interdisciplinary_team',
  'local_government',
  'alcohol_commission',
  'counselling_centre',
  'school',
  'preschool',
  'culture_centre',
  'health_care',
  'education_office',
  'ngo',
  'parish',
  'police',
  'labour_office',
  'support_group',
  'court',
  'other',
] as const;
export type InstitutionKind = (typeof institutionKinds)[number];

/** Who a partner is to the family. */
export const partnerRoles = [
  'school_tutor',
  'school_pedagogue',
  'probation_officer',
  'police_officer',
  'psychologist',
  'doctor',
  'therapist',
  'social_worker',
  'foster_care_coordinator',
  'other',
] as const;
export type PartnerRole = (typeof partnerRoles)[number];

export const referralStatuses = ['referred', 'in_progress', 'completed', 'not_taken_up'] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

/** The interdisciplinary team (zespół interdyscyplinarny) and its diagnostic-support groups. */
export const meetingBodies = ['interdisciplinary_team', 'diagnostic_support_group'] as const;
export type MeetingBody = (typeof meetingBodies)[number];
