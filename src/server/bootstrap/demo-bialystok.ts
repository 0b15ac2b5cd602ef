import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import type { Role } from '../../contract/roles';
import { addDays } from '../../domain/calendar';
import { type ClosureReason, closureReasons } from '../../domain/engagement';
import type { FundingSource } from '../../domain/staff';
import type { Executor } from '../db/client';
import {
  assistanceRequests,
  employmentPeriods,
  engagementAssignments,
  engagements,
  families,
  familyMembers,
  people,
  users,
} from '../db/schema';
import { createSystemAccount } from './accounts';
import { demoPassword } from './demo-office';

/*
 * ASYSTA_DEMO=bialystok: an office whose records give the figures the Białystok source reports
 * for 2012–2015 (BRIEF "Statistics the sources report") — the assistants each year by funding
 * source, their FTE, and the children living in the supported families. The people are
 * fictional; only the counts come from the source. Where the source gives no FTE (2012–2014),
 * every assistant works full time.
 */

export const bialystokOffice = {
  name: 'Miejski Ośrodek Pomocy Rodzinie w Białymstoku (dane demonstracyjne)',
  street: 'ul. Malmeda 1',
  postalCode: '15-440',
  city: 'Białystok',
  phone: '85 000 00 00',
  email: 'sekretariat@mopr-bialystok.example',
};

export const bialystokStaff: { email: string; name: string; roles: Role[] }[] = [
  { email: 'admin@mopr-bialystok.example', name: 'Renata Sawicka', roles: ['admin'] },
  { email: 'kierownik@mopr-bialystok.example', name: 'Andrzej Kamiński', roles: ['manager'] },
  { email: 'pracownik.socjalny@mopr-bialystok.example', name: 'Dorota Szymańska', roles: ['social_worker'] },
];

const firstNames = [
  'Anna',
  'Beata',
  'Celina',
  'Dorota',
  'Elżbieta',
  'Grażyna',
  'Halina',
  'Iwona',
  'Joanna',
  'Katarzyna',
  'Łucja',
  'Magdalena',
  'Natalia',
];
const lastNames = [
  'Wróbel',
  'Zając',
  'Król',
  'Jabłońska',
  'Górska',
  'Wieczorek',
  'Pawlak',
  'Michalska',
  'Nowicka',
  'Sikora',
  'Baran',
  'Kaczmarek',
  'Łapińska',
];

/** Each year's assistants: [funding source, FTE] per assistant, the first ones carried over. */
const staffing: Record<number, [FundingSource, number][]> = {
  2012: [...Array(5).fill(['eu_project', 1]), ...Array(5).fill(['ministry_programme', 1])],
  2013: [...Array(7).fill(['ministry_programme', 1]), ...Array(3).fill(['own_funds', 1])],
  2014: [...Array(10).fill(['ministry_programme', 1]), ['own_funds', 1]],
  // 13 assistants on 10 FTE: six programme-funded full time; one full time and six half time on own funds.
  2015: [...Array(6).fill(['ministry_programme', 1]), ['own_funds', 1], ...Array(6).fill(['own_funds', 0.5])],
};

/** The children living in the supported families each year, as the source reports them. */
export const bialystokChildren: Record<number, number> = { 2012: 210, 2013: 253, 2014: 352, 2015: 337 };

const childrenPattern = [2, 3, 1, 4, 2, 3, 2, 5, 1, 3];
const childNames = ['Zuzanna', 'Jakub', 'Julia', 'Szymon', 'Lena', 'Filip', 'Maja', 'Kacper', 'Hanna'];
const motherNames = ['Agata', 'Ewelina', 'Marta', 'Sylwia', 'Paulina', 'Monika', 'Justyna'];
const fundingNames: Record<FundingSource, (year: number) => string | null> = {
  ministry_programme: (year) => `Asystent rodziny i koordynator rodzinnej pieczy zastępczej na rok ${year}`,
  eu_project: () => 'Projekt EFS „Rodzina w centrum”',
  own_funds: () => null,
  other: () => null,
};

export async function createBialystokDemo(tx: Executor, officeId: string) {
  const staff: Record<string, string> = {};
  for (const person of bialystokStaff) {
    staff[person.email] = await createSystemAccount(tx, {
      ...person,
      officeId,
      password: demoPassword,
      mustChangePassword: false,
    });
  }
  const manager = staff['kierownik@mopr-bialystok.example'] as string;
  const worker = staff['pracownik.socjalny@mopr-bialystok.example'] as string;

  // The assistants of those years: accounts no longer in use, kept for the records.
  const assistants: string[] = [];
  for (let i = 0; i < firstNames.length; i++) {
    const id = await createSystemAccount(tx, {
      officeId,
      email: `asystent${i + 1}@mopr-bialystok.example`,
      name: `${firstNames[i]} ${lastNames[i]}`,
      roles: ['assistant'],
      password: demoPassword,
      mustChangePassword: false,
    });
    assistants.push(id);
  }
  await tx.update(users).set({ active: false }).where(inArray(users.id, assistants));

  await tx.insert(employmentPeriods).values(
    Object.entries(staffing).flatMap(([year, roster]) =>
      roster.map(([funding, fte], i) => ({
        officeId,
        userId: assistants[i] as string,
        position: 'family_assistant',
        form: 'employment_task_based',
        fte,
        startsOn: `${year}-01-01`,
        endsOn: `${year}-12-31`,
        funding,
        fundingName: fundingNames[funding](Number(year)),
        fundingYear: funding === 'ministry_programme' ? Number(year) : null,
      })),
    ),
  );

  let serial = 0;
  for (const [yearText, target] of Object.entries(bialystokChildren)) {
    const year = Number(yearText);
    const roster = staffing[year]?.length ?? 1;
    let children = 0;
    for (let n = 0; children < target; n++) {
      const count = Math.min(childrenPattern[n % childrenPattern.length] as number, target - children);
      children += count;
      serial++;
      await family(tx, {
        officeId,
        year,
        n,
        serial,
        count,
        assistant: assistants[n % roster] as string,
        manager,
        worker,
      });
    }
  }
  return serial;
}

/** One family supported in `year`: a mother and `count` children, its engagement from winter to December. */
async function family(
  tx: Executor,
  f: {
    officeId: string;
    year: number;
    n: number;
    serial: number;
    count: number;
    assistant: string;
    manager: string;
    worker: string;
  },
) {
  const surname = lastNames[f.serial % lastNames.length] as string;
  const familyId = randomUUID();
  const assigned = addDays(`${f.year}-01-07`, (f.n * 3) % 60);
  const closed = addDays(`${f.year}-11-20`, f.n % 25);
  const reason: ClosureReason = closureReasons[f.n % closureReasons.length] as ClosureReason;
  await tx.insert(families).values({
    id: familyId,
    officeId: f.officeId,
    caseNumber: `BIA/${f.year}/${f.n + 1}`,
    name: surname,
    street: `ul. Lipowa ${(f.serial % 90) + 1}`,
    postalCode: '15-001',
    city: 'Białystok',
    registeredBy: f.worker,
    socialWorkerId: f.worker,
  });
  const members = [
    {
      firstName: motherNames[f.n % motherNames.length] as string,
      lastName: surname,
      birthDate: `${f.year - 30 - (f.n % 10)}-03-15`,
      sex: 'female',
      relation: 'parent',
    },
    ...Array.from({ length: f.count }, (_, c) => ({
      firstName: childNames[(f.n + c) % childNames.length] as string,
      lastName: surname,
      birthDate: `${f.year - 2 - ((f.n + c * 3) % 14)}-0${(c % 9) + 1}-10`,
      sex: c % 2 ? 'male' : 'female',
      relation: 'child',
    })),
  ];
  const personIds = members.map(() => randomUUID());
  await tx.insert(people).values(
    members.map((m, i) => ({
      id: personIds[i] as string,
      officeId: f.officeId,
      firstName: m.firstName,
      lastName: m.lastName,
      birthDate: m.birthDate,
      sex: m.sex,
    })),
  );
  await tx
    .insert(familyMembers)
    .values(members.map((m, i) => ({ familyId, personId: personIds[i] as string, relation: m.relation })));
  const courtOrdered = f.n % 7 === 3;
  const requestId = randomUUID();
  await tx.insert(assistanceRequests).values({
    id: requestId,
    officeId: f.officeId,
    familyId,
    justification: 'Trudności w wypełnianiu funkcji opiekuńczo-wychowawczych.',
    ...(courtOrdered
      ? {
          legalBasis: 'court_order',
          court: 'Sąd Rejonowy w Białymstoku',
          courtCaseSignature: `III Nsm ${f.n}/${f.year % 100}`,
          courtRulingDate: addDays(assigned, -20),
        }
      : {
          legalBasis: 'consent',
          consentDate: addDays(assigned, -10),
          consentSignedBy: `${motherNames[f.n % motherNames.length]} ${surname}`,
        }),
    status: 'approved',
    filedBy: f.worker,
    filedAt: new Date(`${addDays(assigned, -7)}T10:00:00+01:00`),
    decidedBy: f.manager,
    decidedAt: new Date(`${assigned}T10:00:00+01:00`),
  });
  const engagementId = randomUUID();
  const assignedAt = new Date(`${assigned}T10:00:00+01:00`);
  await tx.insert(engagements).values({
    id: engagementId,
    officeId: f.officeId,
    familyId,
    requestId,
    assistantId: f.assistant,
    status: 'closed',
    assignedBy: f.manager,
    assignedAt,
    firstContactDate: addDays(assigned, 5),
    closedOn: closed,
    closureReason: reason,
  });
  await tx.insert(engagementAssignments).values({
    engagementId,
    assistantId: f.assistant,
    assignedBy: f.manager,
    startedAt: assignedAt,
    endedAt: new Date(`${closed}T16:00:00+01:00`),
  });
}
