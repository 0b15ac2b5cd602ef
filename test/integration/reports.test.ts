import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../src/server/bootstrap/demo-office';
import { closeEngagement, recordFirstContact, writePlan } from './engagement-fixtures';
import { peselFor, registerFamily } from './families-fixtures';
import { auditRows, type Session, startApp, type TestApp } from './harness';

/*
 * The acceptance data set, entered through the API with the clock moved, and the yearly figures
 * worked out by hand in the comments.
 */

let t: TestApp;
let admin: Session;
let worker: Session;
let manager: Session;
let anna: Session;
let bartosz: Session;
beforeAll(async () => {
  t = await startApp();
  admin = await t.admin();
  worker = await t.userWith(['social_worker'], 'Agnieszka Kościuszko');
  manager = await t.userWith(['manager'], 'Tadeusz Żółkiewski');
  anna = await t.userWith(['assistant'], 'Anna Ząbek');
  bartosz = await t.userWith(['assistant'], 'Bartosz Łuczak');
  await enterTheYears();
});
afterAll(() => t.close());
afterEach(() => t.setToday(null));

async function ok(res: Awaited<ReturnType<Session['request']>>, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}

const member = (relation: string, firstName: string, lastName: string, birthDate: string) => ({
  relation,
  person: { firstName, lastName, birthDate },
});

/** The social worker asks for an assistant on the day the clock shows; the manager gives it. */
async function engage(familyId: string, assistant: Session, legalBasis: object) {
  const file = await ok(
    await worker.request('POST', `/api/families/${familyId}/requests`, {
      justification: 'Potrzebne wsparcie.',
      legalBasis,
    }),
    201,
  );
  const request = file.requests.find((r: { status: string }) => r.status === 'pending');
  const approved = await ok(
    await manager.request('POST', `/api/requests/${request.id}/approve`, {
      version: request.version,
      assistantId: assistant.user.id,
    }),
  );
  return approved.engagementId as string;
}

const consent = (date: string) => ({ kind: 'consent', consentDate: date, signedBy: 'Matka' });
const courtOrder = {
  kind: 'court_order',
  court: 'Sąd Rejonowy w Lipowie',
  caseSignature: 'III Nsm 1/23',
  rulingDate: '2023-10-01',
};

async function enterTheYears() {
  // Anna: two contracts in 2024 — a ministry programme, then the office's own funds at half time.
  await ok(
    await manager.request('POST', `/api/staff-records/${anna.user.id}/employment`, {
      form: 'employment_task_based',
      fte: 1,
      startsOn: '2023-01-01',
      endsOn: '2024-06-30',
      funding: 'ministry_programme',
      fundingName: 'Asystent rodziny',
      fundingYear: 2024,
    }),
    201,
  );
  await ok(
    await manager.request('POST', `/api/staff-records/${anna.user.id}/employment`, {
      form: 'employment_task_based',
      fte: 0.5,
      startsOn: '2024-07-01',
      funding: 'own_funds',
    }),
    201,
  );
  // Bartosz: a service contract paid by an EU project, March to December 2024.
  await ok(
    await manager.request('POST', `/api/staff-records/${bartosz.user.id}/employment`, {
      form: 'service_contract',
      fte: 1,
      startsOn: '2024-03-01',
      endsOn: '2024-12-31',
      funding: 'eu_project',
      fundingName: 'Rodzina w centrum',
    }),
    201,
  );

  // Kowalscy: court-ordered from November 2023, withdrew in March 2024; again from September 2024.
  t.setToday('2023-11-15');
  const kowalscy = await registerFamily(worker, {
    surname: 'Kowalska',
    members: [
      {
        relation: 'parent',
        person: { firstName: 'Ewa', lastName: 'Kowalska', pesel: peselFor('1985-02-02', 'female') },
      },
      // Turns 18 on 1 July 2024: a child when the first engagement ended in March.
      member('child', 'Piotr', 'Kowalski', '2006-07-01'),
      member('child', 'Zosia', 'Kowalska', '2012-05-05'),
    ],
  });
  const first = await engage(kowalscy.id, anna, courtOrder);
  await recordFirstContact(anna, first, '2023-11-15');
  await writePlan(anna, first);
  t.setToday('2024-03-10');
  await closeEngagement(anna, manager, first, 'family_withdrew');
  t.setToday('2024-09-01');
  const second = await engage(kowalscy.id, bartosz, consent('2024-08-30'));
  await recordFirstContact(bartosz, second, '2024-09-01');
  t.setToday('2024-09-10');
  await ok(
    await bartosz.request('POST', `/api/engagements/${second}/contacts`, {
      date: '2024-09-10',
      startTime: '10:00',
      endTime: '11:00',
      kind: 'home_visit',
      place: 'family_home',
      participants: { memberIds: [], others: null },
      description: 'Wizyta.',
      actionIds: [],
    }),
    201,
  );

  // Nowakowie („Za życiem”): from June 2024 into 2025; the elder son turned 18 in May 2024.
  t.setToday('2024-06-01');
  const nowakowie = await registerFamily(worker, {
    surname: 'Nowak',
    zaZyciem: true,
    members: [
      {
        relation: 'parent',
        person: { firstName: 'Iga', lastName: 'Nowak', pesel: peselFor('1990-03-03', 'female') },
      },
      member('child', 'Jan', 'Nowak', '2006-05-01'),
      member('child', 'Ola', 'Nowak', '2020-02-02'),
    ],
  });
  await engage(nowakowie.id, anna, consent('2024-05-30'));

  // Wiśniewscy: all in 2023.
  t.setToday('2023-02-01');
  const wisniewscy = await registerFamily(worker, {
    surname: 'Wiśniewska',
    members: [
      {
        relation: 'parent',
        person: { firstName: 'Maria', lastName: 'Wiśniewska', pesel: peselFor('1980-04-04', 'female') },
      },
      member('child', 'Kuba', 'Wiśniewski', '2010-10-10'),
    ],
  });
  const third = await engage(wisniewscy.id, anna, consent('2023-01-30'));
  await recordFirstContact(anna, third, '2023-02-01');
  await writePlan(anna, third);
  t.setToday('2023-10-01');
  await closeEngagement(anna, manager, third, 'goals_achieved');
  t.setToday(null);
}

describe('the yearly report', () => {
  it('counts 2024 as worked out by hand', async () => {
    const report = await ok(await manager.request('GET', '/api/reports/yearly?year=2024'));
    expect(report.period).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    // Anna once across her two contracts, under both sources; Bartosz under the EU project.
    expect(report.staff).toEqual({
      total: 2,
      atEnd: 2,
      byFunding: { ministry_programme: 1, eu_project: 1, own_funds: 1, other: 0 },
      byForm: { employment_task_based: 1, service_contract: 1, other: 0 },
      // (182 days × 1 + 184 × 0.5 + 306 × 1) / 366 days.
      fteAverage: 1.58,
      fteAtEnd: 1.5,
    });
    // Kowalscy once for their two engagements; Nowakowie; not Wiśniewscy (2023).
    expect(report.families).toEqual({
      families: 2,
      courtOrdered: 1,
      zaZyciem: 1,
      started: 2,
      closed: 1,
      // Piotr (17 at the March closure), Zosia, Ola; not Jan (18 since May).
      children: 3,
      closures: {
        goals_achieved: 0,
        family_withdrew: 1,
        no_effects: 0,
        method_change: 0,
        child_of_age: 0,
        court_decision: 0,
      },
      // 15 November 2023 to 10 March 2024.
      averageDays: 116,
      medianDays: 116,
    });
    expect(report.contacts).toBe(1);
  });

  it('counts an engagement running into the next year in both years', async () => {
    const y2023 = await ok(await manager.request('GET', '/api/reports/yearly?year=2023'));
    // Kowalscy (from November) and Wiśniewscy; Piotr, Zosia and Kuba.
    expect(y2023.families).toMatchObject({
      families: 2,
      courtOrdered: 1,
      started: 2,
      closed: 1,
      children: 3,
    });
    expect(y2023.families.closures.goals_achieved).toBe(1);
    // Anna only: Bartosz began in 2024.
    expect(y2023.staff).toMatchObject({ total: 1, atEnd: 1, fteAverage: 1 });
    const y2025 = await ok(await manager.request('GET', '/api/reports/yearly?year=2025'));
    // Both open engagements go on; Zosia and Ola are still children.
    expect(y2025.families).toMatchObject({
      families: 2,
      courtOrdered: 0,
      started: 0,
      closed: 0,
      children: 2,
    });
    expect(y2025.staff).toMatchObject({ total: 1, byFunding: { own_funds: 1 }, fteAverage: 0.5 });
  });

  it('has half-years, a trend by year, and the state report by its definition', async () => {
    const firstHalf = await ok(await manager.request('GET', '/api/reports/half-yearly?year=2024&half=1'));
    // Kowalscy (to March) and Nowakowie (from June): Piotr, Zosia, Ola.
    expect(firstHalf.families).toMatchObject({ families: 2, started: 1, closed: 1, children: 3 });
    expect(firstHalf.contacts).toBe(0);
    const trend = await ok(await manager.request('GET', '/api/reports/trend?from=2023&to=2025'));
    expect(
      trend.items.map((r: { year: number; families: { children: number } }) => [r.year, r.families.children]),
    ).toEqual([
      [2023, 3],
      [2024, 3],
      [2025, 2],
    ]);

    const state = await ok(await manager.request('GET', '/api/reports/state?year=2024&half=2'));
    const value = (metric: string) => state.rows.find((r: { metric: string }) => r.metric === metric)?.value;
    expect(value('families.total')).toBe(2);
    expect(value('assistants.form.service_contract')).toBe(1);
    const definition = await ok(await admin.request('GET', '/api/reports/state/definition'));
    expect(definition.version).toBeNull();
    expect(
      (
        await manager.request('PUT', '/api/reports/state/definition', {
          rows: definition.rows,
          version: null,
        })
      ).statusCode,
    ).toBe(403);
    const changed = await ok(
      await admin.request('PUT', '/api/reports/state/definition', {
        rows: [{ label: 'Dzieci w rodzinach (nowy wiersz formularza)', metric: 'children' }],
        version: null,
      }),
    );
    expect(changed.version).toBe(1);
    const stale = await admin.request('PUT', '/api/reports/state/definition', {
      rows: changed.rows,
      version: null,
    });
    expect(stale.statusCode).toBe(409);
    const unknown = await admin.request('PUT', '/api/reports/state/definition', {
      rows: [{ label: 'Coś', metric: 'families.pets' }],
      version: 1,
    });
    expect(unknown.json().errors[0]).toMatchObject({ path: 'rows.0.metric' });
    const after = await ok(await manager.request('GET', '/api/reports/state?year=2024&half=2'));
    expect(after.rows).toEqual([
      { label: 'Dzieci w rodzinach (nowy wiersz formularza)', metric: 'children', value: 2 },
    ]);
    expect((await auditRows(t.db, 'report.definition_changed')).length).toBe(1);
  });

  it('exports to XLSX and CSV with the same figures', async () => {
    const xlsx = await manager.request('GET', '/api/reports/yearly/xlsx?year=2024');
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const rows = new Map<string, unknown>();
    workbook.worksheets[0]?.eachRow((row) => rows.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(rows.get('Asystenci zatrudnieni w okresie (osoby)')).toBe(2);
    expect(rows.get('Etaty — średnio w okresie')).toBe(1.58);
    expect(rows.get('Projekt UE (EFS)')).toBe(1);
    expect(rows.get('Dzieci w rodzinach wspieranych')).toBe(3);
    expect(rows.get('Rezygnacja rodziny ze współpracy')).toBe(1);

    const csv = await manager.request('GET', '/api/reports/yearly/csv?year=2024');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Dzieci w rodzinach wspieranych;3');
    expect(csv.body).toContain('Etaty — średnio w okresie;1,58');
    const state = await manager.request('GET', '/api/reports/state/xlsx?year=2024&half=2');
    expect(state.statusCode).toBe(200);
    expect((await auditRows(t.db, 'report.exported')).length).toBe(3);
    expect((await anna.request('GET', '/api/reports/yearly?year=2024')).statusCode).toBe(403);
  });
});

describe('staff records', () => {
  it('are kept by the manager, read by the team lead, and audited', async () => {
    const lead = await t.userWith(['team_lead'], 'Halina Koordynator');
    const record = await ok(await lead.request('GET', `/api/staff-records/${anna.user.id}`));
    expect(record.employment.map((p: { funding: string }) => p.funding)).toEqual([
      'own_funds',
      'ministry_programme',
    ]);
    expect(
      (await lead.request('POST', `/api/staff-records/${anna.user.id}/qualifications`, { title: 'Kurs' }))
        .statusCode,
    ).toBe(403);
    const withTraining = await ok(
      await manager.request('POST', `/api/staff-records/${anna.user.id}/development`, {
        kind: 'supervision',
        title: 'Superwizja grupowa',
        date: '2024-10-10',
        hours: 3,
      }),
      201,
    );
    expect(withTraining.development[0]).toMatchObject({ kind: 'supervision', hours: 3 });
    const issued = await ok(
      await manager.request('POST', `/api/staff-records/${anna.user.id}/equipment`, {
        kind: 'phone',
        number: 'TEL-17',
        issuedOn: '2024-01-02',
      }),
      201,
    );
    const phone = issued.equipment[0];
    const returned = await ok(
      await manager.request('PUT', `/api/equipment/${phone.id}`, {
        kind: 'phone',
        number: 'TEL-17',
        issuedOn: '2024-01-02',
        returnedOn: '2024-12-31',
        version: phone.version,
      }),
    );
    expect(returned.equipment[0]).toMatchObject({ returnedOn: '2024-12-31', version: 2 });
    const stale = await manager.request('PUT', `/api/equipment/${phone.id}`, {
      kind: 'phone',
      issuedOn: '2024-01-02',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    const noProgramme = await manager.request('POST', `/api/staff-records/${anna.user.id}/employment`, {
      form: 'employment_task_based',
      fte: 1,
      startsOn: '2025-01-01',
      funding: 'ministry_programme',
    });
    expect(noProgramme.json().errors[0]).toMatchObject({ path: 'fundingName', code: 'programme_required' });
    const list = await ok(await manager.request('GET', '/api/staff-records'));
    expect(list.items.find((p: { id: string }) => p.id === anna.user.id).current).toMatchObject({
      funding: 'own_funds',
      fte: 0.5,
    });
    expect((await auditRows(t.db, 'staff.viewed')).length).toBeGreaterThan(0);
    expect((await anna.request('GET', '/api/staff-records')).statusCode).toBe(403);
  });
});

describe('the caseload view', () => {
  it("shows each assistant's load against 15, with contacts and overdue terms", async () => {
    const overview = await ok(await manager.request('GET', '/api/caseloads/overview'));
    expect(overview.limit).toBe(15);
    const row = (name: string) =>
      overview.items.find((i: { assistant: { name: string } }) => i.assistant.name === name);
    // Anna: Nowakowie (assigned, no first contact); Bartosz: Kowalscy in diagnosis.
    expect(row('Anna Ząbek')).toMatchObject({ active: 1, monitoring: 0, places: 1, state: 'ok' });
    expect(row('Bartosz Łuczak')).toMatchObject({ active: 1, places: 1 });
    // Bartosz's first-contact terms have long passed (the plan was due a month later).
    expect(row('Bartosz Łuczak').overdueDeadlines).toBeGreaterThan(0);
    expect((await anna.request('GET', '/api/caseloads/overview')).statusCode).toBe(403);
  });
});

describe('the Białystok demo', () => {
  it('reproduces the source: assistants by funding source and FTE, and children, 2012–2015', async () => {
    const demo = await startApp({ ASYSTA_DEMO: 'bialystok', ASYSTA_ADMIN_EMAIL: '' });
    try {
      const manager = await demo.login('kierownik@mopr-bialystok.example', demoPassword);
      const source = {
        2012: {
          total: 10,
          funding: { eu_project: 5, ministry_programme: 5, own_funds: 0 },
          fte: 10,
          children: 210,
        },
        2013: {
          total: 10,
          funding: { eu_project: 0, ministry_programme: 7, own_funds: 3 },
          fte: 10,
          children: 253,
        },
        2014: {
          total: 11,
          funding: { eu_project: 0, ministry_programme: 10, own_funds: 1 },
          fte: 11,
          children: 352,
        },
        2015: {
          total: 13,
          funding: { eu_project: 0, ministry_programme: 6, own_funds: 7 },
          fte: 10,
          children: 337,
        },
      };
      for (const [year, expected] of Object.entries(source)) {
        const report = await ok(await manager.request('GET', `/api/reports/yearly?year=${year}`));
        expect(report.staff, year).toMatchObject({
          total: expected.total,
          atEnd: expected.total,
          byFunding: expected.funding,
          fteAverage: expected.fte,
          fteAtEnd: expected.fte,
        });
        expect(report.families.children, year).toBe(expected.children);
      }
      const trend = await ok(await manager.request('GET', '/api/reports/trend?from=2012&to=2015'));
      expect(trend.items.map((r: { families: { children: number } }) => r.families.children)).toEqual([
        210, 253, 352, 337,
      ]);
    } finally {
      await demo.close();
    }
  });
});
