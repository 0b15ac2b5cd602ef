/*
 * The team itself: how each person is employed and paid for, what they know, what they attend,
 * what they were given (BRIEF "The team itself", LAW §3.1).
 */

/** The forms of employment art. 17 ust. 2 of the family-support act names, and anything else. */
export const employmentForms = ['employment_task_based', 'service_contract', 'other'] as const;
export type EmploymentForm = (typeof employmentForms)[number];

/** Who paid for a period of work. */
export const fundingSources = ['ministry_programme', 'eu_project', 'own_funds', 'other'] as const;
export type FundingSource = (typeof fundingSources)[number];

/** What the person was employed as: the reports count family assistants. */
export const positions = ['family_assistant', 'other'] as const;
export type Position = (typeof positions)[number];

/** Trainings and the team's forms of support a person attends. */
export const developmentKinds = ['training', 'supervision', 'support_group', 'assistants_meeting'] as const;
export type DevelopmentKind = (typeof developmentKinds)[number];

/** What the office issues to an assistant for the work. */
export const equipmentKinds = ['transport_ticket', 'phone', 'id_card', 'other'] as const;
export type EquipmentKind = (typeof equipmentKinds)[number];
