import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/server/db/schema';
import { closeEngagement, driveToMonitoring } from './engagement-fixtures';
import { assignFamily, consent, fileRequest, peselFor, registerFamily } from './families-fixtures';
import { auditRows, type Session, startApp, type TestApp } from './harness';

let t: TestApp;
let worker: Session;
let otherWorker: Session;
let manager: Session;
let assistant: Session;
let otherAssistant: Session;
beforeAll(async () => {
  t = await startApp();
  worker = await t.userWith(['social_worker'], 'Agnieszka Kościuszko');
  otherWorker = await t.userWith(['social_worker'], 'Beata Inna');
  manager = await t.userWith(['manager'], 'Tadeusz Żółkiewski');
  assistant = await t.userWith(['assistant'], 'Joanna Ślusarczyk');
  otherAssistant = await t.userWith(['assistant'], 'Paweł Dąbrowski');
});
afterAll(() => t.close());

/** The ten digits and a check digit: lets a test build a PESEL with a valid checksum but a bad date. */
function withCheckDigit(first10: string) {
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = Array.from(first10, Number).reduce((acc, d, i) => acc + d * (weights[i] ?? 0), 0);
  return first10 + ((10 - (sum % 10)) % 10);
}

const memberWith = (person: Record<string, unknown>) => ({
  caseNumber: `PESEL/${Math.random()}`,
  street: 'ul. Polna 3',
  postalCode: '16-999',
  city: 'Lipowo',
  members: [{ relation: 'parent', person: { firstName: 'Jan', lastName: 'Kowal', ...person } }],
});

describe('PESEL of a family member', () => {
  it.each([
    ['a wrong check digit', { pesel: '90030412345' }, 'members.0.person.pesel', 'pesel_checksum'],
    ['letters', { pesel: '9003041234a' }, 'members.0.person.pesel', 'pesel_format'],
    [
      'an impossible date (31 February)',
      { pesel: withCheckDigit('9002311234') },
      'members.0.person.pesel',
      'pesel_date',
    ],
    [
      'a month no century uses',
      { pesel: withCheckDigit('9013011234') },
      'members.0.person.pesel',
      'pesel_date',
    ],
    [
      'a sex the PESEL contradicts',
      { pesel: peselFor('1990-03-04', 'male'), sex: 'female' },
      'members.0.person.sex',
      'pesel_sex_mismatch',
    ],
    [
      'a birth date the PESEL contradicts',
      { pesel: peselFor('1990-03-04', 'male'), birthDate: '1990-03-05' },
      'members.0.person.birthDate',
      'pesel_birth_date_mismatch',
    ],
    ['neither PESEL nor birth date', {}, 'members.0.person.birthDate', 'birth_date_required'],
  ])('refuses %s with a field error and registers nothing', async (_, person, path, code) => {
    const res = await worker.request('POST', '/api/families', memberWith(person));
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors).toEqual([expect.objectContaining({ path, code })]);
    expect(res.json().errors[0].message).toMatch(/[a-ząćęłńóśźż]/);
    const list = await worker.request('GET', '/api/families?q=Kowal');
    expect(list.json().items).toEqual([]);
  });

  it('reads the birth date and sex from a valid PESEL of any century', async () => {
    const pesels = [
      peselFor('1899-12-31', 'male'),
      peselFor('2004-02-29', 'female'),
      peselFor('2105-07-01', 'male'),
    ];
    const family = await registerFamily(worker, {
      members: pesels.map((pesel) => ({
        relation: 'other',
        person: { firstName: 'Ktoś', lastName: 'Wieczny', pesel },
      })),
    });
    expect(
      family.members.map((m: { birthDate: string; sex: string }) => [m.birthDate, m.sex]).sort(),
    ).toEqual([
      ['1899-12-31', 'male'],
      ['2004-02-29', 'female'],
      ['2105-07-01', 'male'],
    ]);
  });
});

describe("from the social worker's request to an assigned assistant", () => {
  it('lets the assigned assistant open the file, and nobody else; both are audited', async () => {
    const family = await registerFamily(worker, { surname: 'Wróbel' });
    expect(family).toMatchObject({ status: 'registered', name: 'Wróbel', memberCount: 2 });
    expect(family.socialWorker).toEqual({ id: worker.user.id, name: 'Agnieszka Kościuszko' });

    const interview = await worker.request('POST', `/api/families/${family.id}/interviews`, {
      interviewDate: '2026-11-02',
      diagnosis: 'Niewydolność opiekuńczo-wychowawcza matki, zaległości szkolne syna.',
    });
    expect(interview.statusCode).toBe(201);
    const interviewId = interview.json().interviews[0].id;
    const filed = await worker.request('POST', `/api/families/${family.id}/requests`, {
      interviewId,
      justification: 'Matka prosi o pomoc w organizacji dnia dzieci.',
      legalBasis: consent,
    });
    expect(filed.statusCode).toBe(201);
    expect(filed.json().status).toBe('awaiting_decision');
    const request = filed.json().requests[0];
    expect(request).toMatchObject({ interviewId, legalBasis: consent, status: 'pending' });

    const queue = await manager.request('GET', '/api/requests?status=pending');
    expect(queue.json().items.map((r: { id: string }) => r.id)).toContain(request.id);

    // Before the decision the assistant knows nothing of the family.
    expect((await assistant.request('GET', `/api/families/${family.id}`)).statusCode).toBe(404);

    const approved = await manager.request('POST', `/api/requests/${request.id}/approve`, {
      version: request.version,
      assistantId: assistant.user.id,
      firstVisitAt: '2026-11-27T10:00:00+01:00',
    });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', decidedBy: { id: manager.user.id } });
    expect(approved.json().engagementId).toEqual(expect.any(String));

    const decided = (await manager.request('GET', '/api/requests?status=approved')).json().items;
    expect(decided.find((r: { id: string }) => r.id === request.id).assistant).toEqual({
      id: assistant.user.id,
      name: 'Joanna Ślusarczyk',
    });

    const listed = await assistant.request('GET', '/api/families');
    expect(listed.json().items.map((f: { id: string }) => f.id)).toEqual([family.id]);
    const opened = await assistant.request('GET', `/api/families/${family.id}`);
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toMatchObject({
      status: 'active',
      assistant: { id: assistant.user.id, name: 'Joanna Ślusarczyk' },
    });
    expect(opened.json().engagements[0]).toMatchObject({
      status: 'assigned',
      firstVisitAt: '2026-11-27T09:00:00.000Z',
      assignedBy: { id: manager.user.id },
    });

    const refused = await otherAssistant.request('GET', `/api/families/${family.id}`);
    expect(refused.statusCode).toBe(404);
    expect((await otherAssistant.request('GET', '/api/families')).json().items).toEqual([]);

    const openings = await auditRows(t.db, 'family.opened');
    expect(openings.find((row) => row.actorId === assistant.user.id)).toMatchObject({
      entityId: family.id,
      outcome: 'success',
    });
    const denials = await auditRows(t.db, 'family.access_denied');
    expect(denials.find((row) => row.actorId === otherAssistant.user.id)).toMatchObject({
      entityId: family.id,
      outcome: 'denied',
    });
  });

  it('shows each social worker only the families she registered, is responsible for or asked for', async () => {
    const mine = await registerFamily(worker, { surname: 'Mojska' });
    const handedOver = await registerFamily(otherWorker, {
      surname: 'Przekazana',
      socialWorkerId: worker.user.id,
    });
    const foreign = await registerFamily(otherWorker, { surname: 'Obca' });
    const ids = (await worker.request('GET', '/api/families?limit=200'))
      .json()
      .items.map((f: { id: string }) => f.id);
    expect(ids).toEqual(expect.arrayContaining([mine.id, handedOver.id]));
    expect(ids).not.toContain(foreign.id);
    expect((await worker.request('GET', `/api/families/${foreign.id}`)).statusCode).toBe(404);
    expect((await manager.request('GET', `/api/families/${foreign.id}`)).statusCode).toBe(200);
  });

  it('keeps case content from administrators and the data-protection officer', async () => {
    const family = await registerFamily(worker);
    for (const roles of [['admin'], ['dpo']] as const) {
      const session = await t.userWith([...roles]);
      expect((await session.request('GET', `/api/families/${family.id}`)).statusCode).toBe(403);
    }
  });

  it('refuses a second request while one is pending, and a request for a family with an assistant', async () => {
    const family = await registerFamily(worker);
    const request = await fileRequest(worker, family.id);
    const again = await worker.request('POST', `/api/families/${family.id}/requests`, {
      justification: 'Ponownie',
      legalBasis: { kind: 'minor_parent' },
    });
    expect(again.json()).toMatchObject({ status: 409, code: 'request_already_pending' });
    await manager.request('POST', `/api/requests/${request.id}/approve`, {
      version: request.version,
      assistantId: assistant.user.id,
    });
    const during = await worker.request('POST', `/api/families/${family.id}/requests`, {
      justification: 'Ponownie',
      legalBasis: { kind: 'minor_parent' },
    });
    expect(during.json()).toMatchObject({ status: 409, code: 'family_has_open_engagement' });
  });

  it('checks the legal basis: the fields of its kind, and no date in the future', async () => {
    const family = await registerFamily(worker);
    const missing = await worker.request('POST', `/api/families/${family.id}/requests`, {
      justification: 'Uzasadnienie',
      legalBasis: { kind: 'court_order', court: 'Sąd Rejonowy w Lipowie' },
    });
    expect(missing.statusCode).toBe(400);
    expect(
      missing
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['legalBasis.caseSignature', 'legalBasis.rulingDate']);
    const future = await worker.request('POST', `/api/families/${family.id}/requests`, {
      justification: 'Uzasadnienie',
      legalBasis: { ...consent, consentDate: '2099-01-01' },
    });
    expect(future.json().errors).toEqual([
      expect.objectContaining({ path: 'legalBasis.consentDate', code: 'date_in_future' }),
    ]);
    const court = await worker.request('POST', `/api/families/${family.id}/requests`, {
      justification: 'Zobowiązanie sądu',
      legalBasis: {
        kind: 'court_order',
        court: 'Sąd Rejonowy w Lipowie',
        caseSignature: 'III Nsm 12/26',
        rulingDate: '2026-10-01',
      },
    });
    expect(court.statusCode).toBe(201);
    expect(court.json().requests[0].legalBasis).toEqual({
      kind: 'court_order',
      court: 'Sąd Rejonowy w Lipowie',
      caseSignature: 'III Nsm 12/26',
      rulingDate: '2026-10-01',
    });
  });

  it('rejects with a reason; a decided or stale request is not decided again', async () => {
    const family = await registerFamily(worker);
    const request = await fileRequest(worker, family.id);
    const noReason = await manager.request('POST', `/api/requests/${request.id}/reject`, {
      version: 1,
      reason: ' ',
    });
    expect(noReason.json().errors).toEqual([expect.objectContaining({ path: 'reason' })]);
    const stale = await manager.request('POST', `/api/requests/${request.id}/reject`, {
      version: 7,
      reason: 'x',
    });
    expect(stale.json()).toMatchObject({ status: 409, code: 'conflict' });
    const rejected = await manager.request('POST', `/api/requests/${request.id}/reject`, {
      version: 1,
      reason: 'Rodzina korzysta już z pomocy innej instytucji.',
    });
    expect(rejected.json()).toMatchObject({
      status: 'rejected',
      rejectionReason: 'Rodzina korzysta już z pomocy innej instytucji.',
    });
    const late = await manager.request('POST', `/api/requests/${request.id}/approve`, {
      version: 2,
      assistantId: assistant.user.id,
    });
    expect(late.json()).toMatchObject({ status: 409, code: 'request_already_decided' });
    expect((await worker.request('GET', `/api/families/${family.id}`)).json().status).toBe('registered');
  });

  it('only a manager decides, and only for an active assistant of the office', async () => {
    const family = await registerFamily(worker);
    const request = await fileRequest(worker, family.id);
    const byWorker = await worker.request('POST', `/api/requests/${request.id}/approve`, {
      version: 1,
      assistantId: assistant.user.id,
    });
    expect(byWorker.statusCode).toBe(403);
    const notAssistant = await manager.request('POST', `/api/requests/${request.id}/approve`, {
      version: 1,
      assistantId: worker.user.id,
    });
    expect(notAssistant.json().errors).toEqual([
      expect.objectContaining({ path: 'assistantId', code: 'staff_invalid' }),
    ]);
  });
});

describe('the caseload limit (art. 15 ust. 4)', () => {
  let busy: Session;
  let spare: Session;
  const families: { family: { id: string }; request: { engagementId: string } }[] = [];

  beforeAll(async () => {
    busy = await t.userWith(['assistant'], 'Zofia Pełna');
    spare = await t.userWith(['assistant'], 'Ula Wolna');
    for (let i = 0; i < 15; i++) families.push(await assignFamily(worker, manager, busy.user.id));
  });

  async function loadOf(assistantId: string) {
    const loads = (await manager.request('GET', '/api/caseloads')).json().items;
    return loads.find((l: { assistant: { id: string } }) => l.assistant.id === assistantId);
  }

  it('refuses the sixteenth family and writes nothing', async () => {
    expect(await loadOf(busy.user.id)).toMatchObject({ active: 15, limit: 15, state: 'full' });
    const family = await registerFamily(worker);
    const request = await fileRequest(worker, family.id);
    const approvalsBefore = (await auditRows(t.db, 'request.approved')).length;
    const res = await manager.request('POST', `/api/requests/${request.id}/approve`, {
      version: request.version,
      assistantId: busy.user.id,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'caseload_limit_reached' });
    expect(res.json().detail).toContain('Zofia Pełna');
    const file = (await manager.request('GET', `/api/families/${family.id}`)).json();
    expect(file.status).toBe('awaiting_decision');
    expect(file.engagements).toEqual([]);
    expect(file.requests[0]).toMatchObject({ status: 'pending', version: request.version });
    expect((await auditRows(t.db, 'request.approved')).length).toBe(approvalsBefore);
    expect(await loadOf(busy.user.id)).toMatchObject({ active: 15 });
  });

  it('frees a place when an engagement moves to another assistant', async () => {
    const moved = families[0];
    const file = (await manager.request('GET', `/api/families/${moved?.family.id}`)).json();
    const engagement = file.engagements[0];
    const res = await manager.request('POST', `/api/engagements/${engagement.id}/reassign`, {
      version: engagement.version,
      assistantId: spare.user.id,
      reason: 'Prośba rodziny o zmianę asystenta.',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().engagements[0].assignments).toEqual([
      expect.objectContaining({
        assistant: { id: busy.user.id, name: 'Zofia Pełna' },
        to: expect.any(String),
      }),
      expect.objectContaining({
        assistant: { id: spare.user.id, name: 'Ula Wolna' },
        to: null,
        reason: 'Prośba rodziny o zmianę asystenta.',
      }),
    ]);
    expect(await loadOf(busy.user.id)).toMatchObject({ active: 14, state: 'ok' });
    // The assistant who worked with the family still sees it, as a past engagement.
    expect((await busy.request('GET', `/api/families/${moved?.family.id}`)).statusCode).toBe(200);
    const next = await assignFamily(worker, manager, busy.user.id);
    expect(next.request.status).toBe('approved');
    expect(await loadOf(busy.user.id)).toMatchObject({ active: 15 });
  });

  it('frees a place when an engagement closes, and counts monitoring as the office decides', async () => {
    const [closing, monitored] = families.slice(1, 3);
    await driveToMonitoring(busy, closing?.request.engagementId ?? '');
    await closeEngagement(busy, manager, closing?.request.engagementId ?? '');
    await driveToMonitoring(busy, monitored?.request.engagementId ?? '');
    expect(await loadOf(busy.user.id)).toMatchObject({ active: 14 });

    const admin = await t.admin();
    const office = (await admin.request('GET', '/api/office')).json();
    const changed = await admin.request('PATCH', '/api/office', {
      version: office.version,
      monitoringCountsTowardCaseload: false,
      caseloadWarningAt: 12,
    });
    expect(changed.json()).toMatchObject({ monitoringCountsTowardCaseload: false, caseloadWarningAt: 12 });
    expect(await loadOf(busy.user.id)).toMatchObject({ active: 13, warningAt: 12, state: 'warning' });
    const rows = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'office.updated'), eq(auditLog.actorId, admin.user.id)));
    expect(rows[0]?.details).toEqual({ changed: ['caseloadWarningAt', 'monitoringCountsTowardCaseload'] });
  });

  it('refuses a warning threshold at or above the statutory limit', async () => {
    const admin = await t.admin();
    const office = (await admin.request('GET', '/api/office')).json();
    const res = await admin.request('PATCH', '/api/office', {
      version: office.version,
      caseloadWarningAt: 15,
    });
    expect(res.json().errors).toEqual([expect.objectContaining({ path: 'caseloadWarningAt' })]);
  });
});

describe('search', () => {
  let zolc: { id: string };
  beforeAll(async () => {
    zolc = await registerFamily(worker, {
      caseNumber: 'RA.8871/2026',
      street: 'ul. Źródlana 12',
      members: [
        {
          relation: 'parent',
          person: { firstName: 'Łucja', lastName: 'Żółć', pesel: peselFor('1988-08-08', 'female') },
        },
        { relation: 'child', person: { firstName: 'Jaś', lastName: 'Gęślą', birthDate: '2018-01-01' } },
      ],
    });
  });
  const found = async (q: string) =>
    (await worker.request('GET', `/api/families?q=${encodeURIComponent(q)}`))
      .json()
      .items.map((f: { id: string }) => f.id);

  it('finds a family by a member typed without diacritics, by PESEL, case number and street', async () => {
    const file = (await worker.request('GET', `/api/families/${zolc.id}`)).json();
    const pesel = file.members.find((m: { firstName: string }) => m.firstName === 'Łucja').pesel;
    for (const q of ['zolc', 'ZÓŁĆ', 'lucja zolc', 'gesla', pesel, '8871/2026', 'zrodlana']) {
      expect(await found(q), q).toEqual([zolc.id]);
    }
    expect(await found('zolc kowalski')).toEqual([]);
    expect(await found('100%_')).toEqual([]);
  });

  it('records who searched for what', async () => {
    await found('zolc');
    const [row] = await auditRows(t.db, 'family.searched');
    expect(row).toMatchObject({ actorId: worker.user.id, details: { q: 'zolc' } });
  });

  it('lists families in Polish alphabetical order, a page at a time', async () => {
    const session = await t.userWith(['social_worker']);
    for (const surname of ['Żak', 'Zając', 'Łukasik', 'Lis', 'Adamska'])
      await registerFamily(session, { surname });
    const first = (await session.request('GET', '/api/families?limit=3')).json();
    const second = (await session.request('GET', `/api/families?limit=3&cursor=${first.nextCursor}`)).json();
    expect([...first.items, ...second.items].map((f: { name: string }) => f.name)).toEqual([
      'Adamska',
      'Lis',
      'Łukasik',
      'Zając',
      'Żak',
    ]);
    expect(second.nextCursor).toBeNull();
  });

  it('filters by status, problem and assistant', async () => {
    const problems = (await worker.request('GET', '/api/problem-types')).json().items;
    const violence = problems.find((p: { name: string }) => p.name === 'Przemoc domowa');
    const { family } = await assignFamily(worker, manager, otherAssistant.user.id, {
      problemTypeIds: [violence.id],
    });
    const ids = async (query: string) =>
      (await manager.request('GET', `/api/families?limit=200&${query}`))
        .json()
        .items.map((f: { id: string }) => f.id);
    expect(await ids(`problemTypeId=${violence.id}`)).toEqual([family.id]);
    expect(await ids(`assistantId=${otherAssistant.user.id}`)).toEqual([family.id]);
    expect(await ids('status=active')).toContain(family.id);
    expect(await ids('status=registered')).not.toContain(family.id);
  });
});

describe('people are registered once', () => {
  it('offers the registered person for a PESEL that exists, and links her to another family', async () => {
    const pesel = peselFor('1975-05-05', 'female');
    const first = await registerFamily(worker, {
      members: [{ relation: 'grandparent', person: { firstName: 'Halina', lastName: 'Babcka', pesel } }],
    });
    const second = await registerFamily(worker);
    const duplicate = await worker.request('POST', `/api/families/${second.id}/members`, {
      relation: 'grandparent',
      person: { firstName: 'Halina', lastName: 'Babcka', pesel },
    });
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.json().errors).toEqual([
      expect.objectContaining({ path: 'person.pesel', code: 'pesel_taken' }),
    ]);

    const match = await worker.request('GET', `/api/people/by-pesel/${pesel}`);
    expect(match.json()).toEqual({
      id: first.members[0].personId,
      firstName: 'Halina',
      lastName: 'Babcka',
      birthDate: '1975-05-05',
    });
    expect(
      (await worker.request('GET', `/api/people/by-pesel/${peselFor('1975-05-06', 'male')}`)).statusCode,
    ).toBe(404);

    const linked = await worker.request('POST', `/api/families/${second.id}/members`, {
      personId: match.json().id,
      relation: 'grandparent',
      inHousehold: false,
    });
    expect(linked.statusCode).toBe(201);
    expect(
      linked.json().members.find((m: { personId: string }) => m.personId === match.json().id),
    ).toMatchObject({
      relation: 'grandparent',
      inHousehold: false,
    });
    expect(linked.json().name).toBe('Babcka, Nowak');
  });

  it('edits a member with optimistic locking', async () => {
    const family = await registerFamily(worker);
    const child = family.members.find((m: { relation: string }) => m.relation === 'child');
    const body = {
      ...child,
      version: child.version,
      schoolOrWork: 'Szkoła Podstawowa nr 2',
      phone: '600 100 200',
    };
    for (const key of ['personId', 'age']) delete body[key];
    const saved = await worker.request('PUT', `/api/families/${family.id}/members/${child.personId}`, body);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(
      saved.json().members.find((m: { personId: string }) => m.personId === child.personId),
    ).toMatchObject({
      schoolOrWork: 'Szkoła Podstawowa nr 2',
      version: 2,
    });
    const [row] = await auditRows(t.db, 'family.member_updated');
    expect(row?.details).toEqual({ personId: child.personId, changed: ['phone', 'schoolOrWork'] });
    const stale = await worker.request('PUT', `/api/families/${family.id}/members/${child.personId}`, body);
    expect(stale.json()).toMatchObject({ status: 409, code: 'conflict' });
  });
});

describe('legal flags and the court ban on contact', () => {
  it('records the flags and a ban, and shows the ban wherever the family is listed', async () => {
    const family = await registerFamily(worker, { surname: 'Zakazana' });
    const updated = await worker.request('PATCH', `/api/families/${family.id}`, {
      version: family.version,
      courtSupervision: true,
      probationOfficer: 'kurator Jan Sędzia, tel. 85 111 22 33',
      fosterCare: true,
      fosterCareCoordinator: 'PCPR w Lipowie, koordynator Ewa Piecza',
      zaZyciem: true,
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({
      courtSupervision: true,
      fosterCare: true,
      zaZyciem: true,
      version: 2,
    });
    const [row] = await auditRows(t.db, 'family.updated');
    expect(row?.details).toEqual({
      changed: ['courtSupervision', 'probationOfficer', 'fosterCare', 'fosterCareCoordinator', 'zaZyciem'],
    });

    const [mother, child] = family.members;
    const ban = await worker.request('POST', `/api/families/${family.id}/contact-bans`, {
      childId: child.personId,
      parentId: mother.personId,
      court: 'Sąd Rejonowy w Lipowie, III Wydział Rodzinny',
      rulingDate: '2026-09-15',
    });
    expect(ban.statusCode, ban.body).toBe(201);
    expect(ban.json().contactBans).toEqual([
      expect.objectContaining({
        child: { id: child.personId, name: 'Kacper Zakazana' },
        parent: { id: mother.personId, name: 'Anna Zakazana' },
      }),
    ]);
    const listed = (await worker.request('GET', '/api/families?q=zakazana')).json().items;
    expect(listed).toEqual([expect.objectContaining({ id: family.id, hasContactBan: true })]);
    await fileRequest(worker, family.id);
    const queued = (await manager.request('GET', '/api/requests?limit=200')).json().items;
    expect(queued.find((r: { familyId: string }) => r.familyId === family.id).family).toMatchObject({
      hasContactBan: true,
    });

    const outsider = await registerFamily(worker);
    const wrong = await worker.request('POST', `/api/families/${family.id}/contact-bans`, {
      childId: outsider.members[1].personId,
      parentId: mother.personId,
      court: 'Sąd',
    });
    expect(wrong.json().errors).toEqual([
      expect.objectContaining({ path: 'childId', code: 'person_not_member' }),
    ]);
  });

  it('refuses a stale edit and a case number already used in the office', async () => {
    const a = await registerFamily(worker);
    const b = await registerFamily(worker);
    const taken = await worker.request('PATCH', `/api/families/${b.id}`, {
      version: 1,
      caseNumber: a.caseNumber.toLowerCase(),
    });
    expect(taken.json().errors).toEqual([
      expect.objectContaining({ path: 'caseNumber', code: 'case_number_taken' }),
    ]);
    const stale = await worker.request('PATCH', `/api/families/${b.id}`, { version: 5, phone: '600' });
    expect(stale.json()).toMatchObject({ status: 409, code: 'conflict' });
  });
});

describe('the dictionary of problems', () => {
  it('is seeded with the usual problems and edited by the administrator; retired ones are not offered', async () => {
    const admin = await t.admin();
    const items = (await admin.request('GET', '/api/problem-types')).json().items;
    expect(items.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['Przemoc domowa', 'Ubóstwo', 'Bezrobocie', 'Uzależnienie od alkoholu']),
    );
    const created = await admin.request('POST', '/api/problem-types', { name: 'Zagrożenie eksmisją' });
    expect(created.statusCode).toBe(201);
    const again = await admin.request('POST', '/api/problem-types', { name: 'zagrożenie eksmisją' });
    expect(again.json().errors).toEqual([
      expect.objectContaining({ path: 'name', code: 'problem_type_taken' }),
    ]);
    const retired = await admin.request('PATCH', `/api/problem-types/${created.json().id}`, {
      version: 1,
      active: false,
    });
    expect(retired.json()).toMatchObject({ active: false, version: 2 });
    const res = await worker.request('POST', '/api/families', {
      caseNumber: 'RA.X/2026',
      street: 'ul. Krótka 1',
      postalCode: '16-999',
      city: 'Lipowo',
      problemTypeIds: [created.json().id],
    });
    expect(res.json().errors).toEqual([
      expect.objectContaining({ path: 'problemTypeIds.0', code: 'problem_type_invalid' }),
    ]);

    // A family that has the problem keeps it when its other data is edited.
    const kept = (await admin.request('POST', '/api/problem-types', { name: 'Problem do wycofania' })).json();
    const family = await registerFamily(worker, { problemTypeIds: [kept.id] });
    await admin.request('PATCH', `/api/problem-types/${kept.id}`, { version: 1, active: false });
    const edited = await worker.request('PATCH', `/api/families/${family.id}`, {
      version: family.version,
      problemTypeIds: [kept.id, ...items.slice(0, 1).map((p: { id: string }) => p.id)],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().problems).toHaveLength(2);
    expect((await worker.request('POST', '/api/problem-types', { name: 'Inny' })).statusCode).toBe(403);
  });
});
