import type { Relation } from '../../contract/people';
import { warsawDate } from '../../domain/calendar';
import { encodePesel } from '../../domain/pesel';
import type { Executor } from '../db/client';
import {
  insertContactBan,
  insertFamily,
  insertMembership,
  insertPerson,
  refreshFamilyName,
  replaceProblems,
} from '../modules/families/queries';
import { insertEngagement, insertInterview, insertRequest } from '../modules/intake/queries';
import { listProblemTypes } from '../modules/office/queries';
import { createDemoProgress, type DemoProgress } from './demo-engagements';
import { createDemoInstitutions, createDemoPartners } from './demo-partners';
import { createDemoContacts, createDemoWorkingTime } from './demo-time';

/** The demo office's staff by email, as created just before. */
export type StaffIds = Record<string, string>;

interface DemoMember {
  firstName: string;
  lastName: string;
  birthDate: string;
  sex: 'female' | 'male';
  relation: Relation;
  inHousehold?: boolean;
  withPesel?: boolean;
  schoolOrWork?: string;
}

interface DemoFamily {
  caseNumber: string;
  street: string;
  problems: string[];
  flags?: Partial<
    Record<'courtSupervision' | 'fosterCare' | 'zaZyciem' | 'limitedParentalAuthority', boolean>
  >;
  probationOfficer?: string;
  members: DemoMember[];
  /** How far the family has come: an interview, a request, an assistant. */
  stage: 'interviewed' | 'requested' | 'assigned';
  assistant?: string;
  progress?: DemoProgress;
  basis?: 'consent' | 'court_order';
  /** A court's ban on contact: [child's first name, parent's first name]. */
  ban?: [string, string];
}

const daysAgo = (days: number) => warsawDate(new Date(Date.now() - days * 86_400_000));

/** Fictional families: any likeness to real people is accidental. */
const demoFamilies: DemoFamily[] = [
  {
    caseNumber: 'RA.4/2026',
    street: 'ul. Jaśminowa 14/3',
    problems: ['Bezradność w sprawach opiekuńczo-wychowawczych', 'Bezrobocie'],
    members: [
      {
        firstName: 'Katarzyna',
        lastName: 'Kamińska',
        birthDate: '1991-04-17',
        sex: 'female',
        relation: 'parent',
        withPesel: true,
      },
      {
        firstName: 'Łukasz',
        lastName: 'Kamiński',
        birthDate: '1988-11-02',
        sex: 'male',
        relation: 'parent',
        withPesel: true,
      },
      {
        firstName: 'Zuzanna',
        lastName: 'Kamińska',
        birthDate: '2014-06-09',
        sex: 'female',
        relation: 'child',
        withPesel: true,
        schoolOrWork: 'Szkoła Podstawowa nr 1 w Lipowie',
      },
      {
        firstName: 'Antoni',
        lastName: 'Kamiński',
        birthDate: '2019-01-23',
        sex: 'male',
        relation: 'child',
        withPesel: true,
        schoolOrWork: 'Przedszkole „Pod Dębem”',
      },
    ],
    stage: 'assigned',
    assistant: 'asystentka@mops-lipowo.example',
    progress: 'implementation',
    basis: 'consent',
  },
  {
    caseNumber: 'RA.7/2026',
    street: 'ul. Źródlana 3',
    problems: ['Przemoc domowa', 'Uzależnienie od alkoholu'],
    flags: { courtSupervision: true, limitedParentalAuthority: true },
    probationOfficer: 'Kurator Henryk Sędziński, Sąd Rejonowy w Lipowie, tel. 85 000 11 22',
    members: [
      {
        firstName: 'Magdalena',
        lastName: 'Żółtowska',
        birthDate: '1987-08-30',
        sex: 'female',
        relation: 'parent',
        withPesel: true,
      },
      {
        firstName: 'Grzegorz',
        lastName: 'Żółtowski',
        birthDate: '1983-02-14',
        sex: 'male',
        relation: 'parent',
        inHousehold: false,
        withPesel: true,
      },
      {
        firstName: 'Wiktoria',
        lastName: 'Żółtowska',
        birthDate: '2011-10-05',
        sex: 'female',
        relation: 'child',
        withPesel: true,
        schoolOrWork: 'Szkoła Podstawowa nr 2 w Lipowie',
      },
      {
        firstName: 'Szymon',
        lastName: 'Żółtowski',
        birthDate: '2016-03-19',
        sex: 'male',
        relation: 'child',
        withPesel: true,
      },
    ],
    stage: 'assigned',
    assistant: 'asystent@mops-lipowo.example',
    progress: 'diagnosis',
    basis: 'court_order',
    ban: ['Szymon', 'Grzegorz'],
  },
  {
    caseNumber: 'RA.11/2026',
    street: 'ul. Ogrodowa 8/12',
    problems: ['Potrzeba ochrony macierzyństwa lub wielodzietności', 'Ubóstwo'],
    flags: { zaZyciem: true },
    members: [
      {
        firstName: 'Ewelina',
        lastName: 'Pietrzak',
        birthDate: '1999-12-01',
        sex: 'female',
        relation: 'parent',
        withPesel: true,
      },
      {
        firstName: 'Oliwia',
        lastName: 'Pietrzak',
        birthDate: '2023-05-27',
        sex: 'female',
        relation: 'child',
      },
      {
        firstName: 'Irena',
        lastName: 'Pietrzak',
        birthDate: '1962-07-07',
        sex: 'female',
        relation: 'grandparent',
        inHousehold: false,
        withPesel: true,
      },
    ],
    stage: 'requested',
    basis: 'consent',
  },
  {
    caseNumber: 'RA.12/2026',
    street: 'ul. Łąkowa 21',
    problems: ['Trudności w prowadzeniu gospodarstwa domowego', 'Problemy mieszkaniowe'],
    members: [
      {
        firstName: 'Sławomir',
        lastName: 'Gąsiorowski',
        birthDate: '1979-09-11',
        sex: 'male',
        relation: 'parent',
        withPesel: true,
      },
      {
        firstName: 'Jędrzej',
        lastName: 'Gąsiorowski',
        birthDate: '2010-02-28',
        sex: 'male',
        relation: 'child',
        withPesel: true,
      },
    ],
    stage: 'interviewed',
  },
];

const SOCIAL_WORKER = 'pracownik.socjalny@mops-lipowo.example';
const MANAGER = 'kierownik@mops-lipowo.example';

/** Fills the demo office with a few families at different points of their path. */
export async function createDemoFamilies(tx: Executor, officeId: string, staff: StaffIds): Promise<number> {
  const worker = staff[SOCIAL_WORKER] ?? '';
  const manager = staff[MANAGER] ?? '';
  const problemIds = new Map((await listProblemTypes(tx, officeId)).map((p) => [p.name, p.id]));
  const institutions = await createDemoInstitutions(tx, officeId);
  for (const [index, demo] of demoFamilies.entries()) {
    const familyId = await insertFamily(tx, {
      officeId,
      caseNumber: demo.caseNumber,
      street: demo.street,
      postalCode: '16-999',
      city: 'Lipowo Podlaskie',
      socialWorkerId: worker,
      registeredBy: worker,
      probationOfficer: demo.probationOfficer ?? null,
      ...demo.flags,
    });
    const people = new Map<string, string>();
    for (const [serial, member] of demo.members.entries()) {
      const personId = await insertPerson(tx, officeId, {
        firstName: member.firstName,
        lastName: member.lastName,
        pesel: member.withPesel ? encodePesel(member.birthDate, member.sex, index * 10 + serial) : null,
        birthDate: member.birthDate,
        sex: member.sex,
        schoolOrWork: member.schoolOrWork ?? null,
      });
      people.set(member.firstName, personId);
      await insertMembership(tx, {
        familyId,
        personId,
        relation: member.relation,
        inHousehold: member.inHousehold ?? true,
      });
    }
    await refreshFamilyName(tx, familyId);
    await replaceProblems(
      tx,
      familyId,
      demo.problems.flatMap((name) => problemIds.get(name) ?? []),
    );
    if (demo.ban) {
      await insertContactBan(tx, {
        familyId,
        childId: people.get(demo.ban[0]) ?? '',
        parentId: people.get(demo.ban[1]) ?? '',
        court: 'Sąd Rejonowy w Lipowie, III Wydział Rodzinny i Nieletnich',
        rulingDate: daysAgo(120),
      });
    }
    const interviewId = await insertInterview(tx, {
      familyId,
      interviewDate: daysAgo(40 - index * 5),
      diagnosis:
        'Rodzina ma trudności w wypełnianiu funkcji opiekuńczo-wychowawczych; rodzic deklaruje gotowość współpracy.',
      recordedBy: worker,
    });
    if (demo.stage === 'interviewed') continue;
    const parent = demo.members[0];
    const requestId = await insertRequest(tx, {
      officeId,
      familyId,
      interviewId,
      justification:
        'Analiza sytuacji rodziny po wywiadzie środowiskowym wskazuje na potrzebę wsparcia asystenta rodziny.',
      legalBasis: demo.basis ?? 'consent',
      ...(demo.basis === 'court_order'
        ? {
            court: 'Sąd Rejonowy w Lipowie',
            courtCaseSignature: 'III Nsm 214/26',
            courtRulingDate: daysAgo(60),
          }
        : {
            consentDate: daysAgo(35 - index * 5),
            consentSignedBy: `${parent?.firstName} ${parent?.lastName}`,
          }),
      filedBy: worker,
      ...(demo.stage === 'assigned' ? { status: 'approved', decidedBy: manager, decidedAt: new Date() } : {}),
    });
    if (demo.stage === 'assigned' && demo.assistant) {
      const assistantId = staff[demo.assistant] ?? '';
      const engagementId = await insertEngagement(tx, {
        officeId,
        familyId,
        requestId,
        assistantId,
        assignedBy: manager,
      });
      if (demo.progress) {
        await createDemoProgress(tx, engagementId, demo.progress, people, assistantId);
        await createDemoContacts(tx, engagementId, demo.progress, people, assistantId);
        const progress = { engagementId, familyId, progress: demo.progress, assistantId };
        await createDemoPartners(tx, progress, people, institutions);
      }
    }
  }
  await createDemoWorkingTime(tx, officeId, staff);
  return demoFamilies.length;
}
