import { describe, expect, it } from 'vitest';
import type { Contact, Timesheet } from '../../../contract/contacts';
import type { EngagementView } from '../../../contract/engagements';
import type { FamilyFile } from '../../../contract/families';
import type { PartnersView } from '../../../contract/partners';
import type { PrintoutKind } from '../../../domain/documents';
import { placeholdersOf } from './catalogue';
import { consentAssistance, consentData, consentGroup } from './kinds/consents';
import { assessment, courtOpinion, engagementRequest, workPlan } from './kinds/engagement';
import { assignment, assistanceRequest } from './kinds/intake';
import { contactCard, partnerList, timesheetPrintout } from './kinds/records';
import { officeValues } from './office';
import type { Built, Placeholder, Row, Values } from './values';

/*
 * The template page documents each printout's placeholders; these tests hold the documentation
 * to what the printouts fill in, so that a template written from it never meets a blank.
 */

const user = { id: '00000000-0000-4000-8000-000000000001', name: 'Joanna Ślusarczyk' };
const member = {
  personId: '00000000-0000-4000-8000-000000000002',
  firstName: 'Łucja',
  lastName: 'Żak',
  pesel: null,
  birthDate: '2015-05-06',
  sex: 'female',
  phone: null,
  schoolOrWork: null,
  relation: 'child',
  inHousehold: true,
  age: 11,
  version: 1,
} as const;
const request = {
  id: '00000000-0000-4000-8000-000000000003',
  familyId: '00000000-0000-4000-8000-000000000004',
  interviewId: null,
  justification: 'Uzasadnienie.',
  legalBasis: { kind: 'consent', consentDate: '2026-11-02', signedBy: 'Anna Żak' },
  status: 'approved',
  filedBy: user,
  filedAt: '2026-11-02T10:00:00Z',
  decidedBy: user,
  decidedAt: '2026-11-03T10:00:00Z',
  rejectionReason: null,
  engagementId: null,
  version: 1,
} as const;
const file = {
  id: request.familyId,
  caseNumber: 'RA.1/2026',
  name: 'Żak',
  street: 'ul. Lipowa 1',
  postalCode: '16-999',
  city: 'Lipowo',
  phone: null,
  assistant: user,
  socialWorker: user,
  members: [member],
  interviews: [],
  requests: [request],
} as unknown as FamilyFile;
const engagement = {
  id: '00000000-0000-4000-8000-000000000005',
  assistant: user,
  assignedBy: user,
  assignedAt: '2026-11-03T10:00:00Z',
  firstVisitAt: null,
  firstContactDate: '2026-11-04',
  requestId: request.id,
} as unknown as EngagementView['engagement'];
const goal = {
  id: '00000000-0000-4000-8000-000000000006',
  title: 'Cel',
  area: 'housing',
  actions: [
    {
      id: '00000000-0000-4000-8000-000000000007',
      description: 'Działanie',
      responsible: { kind: 'member', personId: member.personId },
      deadline: '2026-12-01',
      expectedEffect: 'Efekt',
      status: 'planned',
      result: null,
    },
  ],
} as const;
const plan = {
  number: 1,
  goals: [goal],
  coauthors: { members: [user], socialWorker: user, fosterCareCoordinator: null, childAssistancePlan: null },
  acknowledgement: null,
  changeNote: null,
  createdBy: user,
  createdAt: '2026-11-05T10:00:00Z',
} as unknown as NonNullable<EngagementView['plan']>;
const view = {
  engagement,
  family: { id: file.id, caseNumber: file.caseNumber, name: file.name, socialWorker: user },
  members: [{ personId: member.personId, name: 'Łucja Żak' }],
} as unknown as EngagementView;
const source = { file, view };
const contact = {
  date: '2026-11-06',
  startTime: '10:00',
  endTime: '11:30',
  kind: 'home_visit',
  place: 'family_home',
  placeNote: null,
  participants: { members: [{ personId: member.personId, name: 'Łucja Żak' }], others: null },
  description: 'Opis',
  followUps: null,
} as unknown as Contact;
const partners = {
  partners: [
    {
      institution: null,
      role: 'school_tutor',
      personName: 'Ewa',
      contact: null,
      since: '2026-11-01',
      until: null,
      note: null,
    },
  ],
  referrals: [
    {
      person: null,
      institution: { id: user.id, name: 'Poradnia' },
      service: 'Terapia',
      referredOn: '2026-11-02',
      status: 'referred',
    },
  ],
  meetings: [],
} as unknown as PartnersView;
const timesheet = {
  assistant: user,
  month: '2026-11',
  fte: 1,
  window: { start: '08:00', end: '20:00' },
  normMinutes: 9600,
  workedMinutes: 90,
  flaggedDays: 0,
  totals: {},
  days: [
    { date: '2026-11-06', workingDay: true, holiday: null, minutes: { contact: 90 }, total: 90, flags: [] },
  ],
} as unknown as Timesheet;
const office = officeValues(
  { name: 'MOPS', street: 'ul. Rynek 1', postalCode: '16-999', city: 'Lipowo', phone: null, email: null },
  '2026-11-25',
);

const managerRequest = {
  id: user.id,
  engagementId: engagement.id,
  justification: 'Uzasadnienie',
  months: null,
  closureReason: null,
  status: 'pending',
  requestedBy: user,
  requestedAt: '2026-11-20T10:00:00Z',
  decidedBy: null,
  decidedAt: null,
  decisionNote: null,
  version: 1,
} as const;

const built: Record<PrintoutKind, Built> = {
  consent_assistance: consentAssistance({ office, file, assistant: user.name }),
  consent_data: consentData({ office, file, assistant: user.name }),
  consent_group: consentGroup({ office, file, assistant: user.name }),
  assistance_request: assistanceRequest({ file, request }),
  assignment: assignment({ file, engagement, request }),
  work_plan: workPlan({ ...source, plan }),
  assessment: assessment({
    ...source,
    assessment: {
      id: user.id,
      assessedOn: '2026-11-20',
      planNumber: 1,
      goalProgress: [{ goalId: goal.id, goal: 'Cel', achievement: 'partly', comment: null }],
      familySituation: 'Sytuacja',
      childrenViews: null,
      recommendation: 'continue',
      workingMeeting: null,
      submittedBy: user,
      submittedAt: '2026-11-20T10:00:00Z',
      acknowledgedBy: null,
      acknowledgedAt: null,
      managerNote: null,
      version: 1,
    },
  }),
  extension_request: engagementRequest({
    ...source,
    request: { ...managerRequest, kind: 'extension', months: 6 },
  }),
  closure_request: engagementRequest({
    ...source,
    request: { ...managerRequest, kind: 'closure', closureReason: 'goals_achieved' },
  }),
  court_opinion: courtOpinion({
    ...source,
    opinion: {
      id: user.id,
      court: 'Sąd Rejonowy',
      caseSignature: 'III Nsm 1/26',
      receivedOn: '2026-11-10',
      dueOn: '2026-11-24',
      opinion: 'Opinia',
      writtenOn: null,
      sentOn: null,
      createdBy: user,
      version: 1,
    },
  }),
  contact_card: contactCard({ ...source, contacts: [contact], from: '2026-11-01', to: '2026-11-30' }),
  timesheet: timesheetPrintout({ timesheet }),
  partner_list: partnerList({ ...source, partners }),
};

/** Every documented name, a repeated part's fields under its own: "czlonkowie.imie_nazwisko". */
const documented = (placeholders: readonly Placeholder[]): string[] =>
  placeholders.flatMap((p) => [
    p.name,
    ...(p.fields ? documented(p.fields).map((f) => `${p.name}.${f}`) : []),
  ]);

/** The same names read off what a printout fills in (a repeated part's first item). */
const filled = (values: Values | Row): string[] =>
  Object.entries(values).flatMap(([name, value]) =>
    typeof value === 'string'
      ? [name]
      : [name, ...(value[0] ? filled(value[0]).map((f) => `${name}.${f}`) : [])],
  );

describe('printout placeholders', () => {
  it.each(Object.entries(built))(
    '%s fills in exactly the placeholders its page documents',
    (kind, { values }) => {
      const all = { ...office, ...values };
      expect(filled(all).sort()).toEqual(documented(placeholdersOf(kind as PrintoutKind)).sort());
    },
  );

  it.each(Object.entries(built))('%s has a title, the case and places to sign', (_kind, { printout }) => {
    expect(printout.title).not.toBe('');
    expect(printout.signatures.length).toBeGreaterThan(0);
    expect(printout.reference.join(' ')).toMatch(/RA\.1\/2026|Joanna Ślusarczyk/);
  });
});
