import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/calendar';
import {
  closeEngagement,
  dayFromNow,
  driveToMonitoring,
  recordFirstContact,
  writePlan,
} from './engagement-fixtures';
import { assignFamily } from './families-fixtures';
import { auditRows, type Session, startApp, type TestApp } from './harness';

let t: TestApp;
let worker: Session;
let manager: Session;
let assistant: Session;
let otherAssistant: Session;
beforeAll(async () => {
  t = await startApp();
  worker = await t.userWith(['social_worker'], 'Agnieszka Kościuszko');
  manager = await t.userWith(['manager'], 'Tadeusz Żółkiewski');
  assistant = await t.userWith(['assistant'], 'Joanna Ślusarczyk');
  otherAssistant = await t.userWith(['assistant'], 'Paweł Dąbrowski');
});
afterAll(() => t.close());
afterEach(() => t.setToday(null));

/** An engagement of the assistant after its first contact (today); returns its id and members. */
async function working(to: Session = assistant) {
  const { request } = await assignFamily(worker, manager, to.user.id);
  const id = request.engagementId as string;
  const view = await recordFirstContact(to, id);
  return { id, members: view.members };
}

const contact = (patch: Record<string, unknown> = {}) => ({
  date: dayFromNow(0),
  startTime: '10:00',
  endTime: '11:30',
  kind: 'home_visit',
  place: 'family_home',
  participants: { memberIds: [], others: null },
  description: 'Rozmowa o budżecie domowym; wspólne ułożenie listy wydatków.',
  actionIds: [],
  followUps: 'Przynieść rachunki za prąd.',
  ...patch,
});

async function addContact(session: Session, engagementId: string, patch: Record<string, unknown> = {}) {
  const res = await session.request('POST', `/api/engagements/${engagementId}/contacts`, contact(patch));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

function fieldRefused(
  res: { statusCode: number; json(): Record<string, unknown> },
  path: string,
  code: string,
) {
  expect(res.statusCode).toBe(400);
  expect(res.json()).toMatchObject({
    code: 'validation_failed',
    errors: [expect.objectContaining({ path, code })],
  });
}

describe('the contact log', () => {
  it('records, corrects with a version, lists per engagement and per assistant, and deletes', async () => {
    const { id, members } = await working();
    const view = await writePlan(assistant, id);
    const budget = view.plan?.goals[0]?.actions[0];
    const mother = members[0];
    const created = await addContact(assistant, id, {
      participants: { memberIds: [mother?.personId], others: 'pedagog szkolny' },
      actionIds: [budget?.id],
    });
    expect(created).toMatchObject({
      engagementId: id,
      assistant: { id: assistant.user.id, name: 'Joanna Ślusarczyk' },
      kind: 'home_visit',
      participants: { members: [{ personId: mother?.personId }], others: 'pedagog szkolny' },
      actions: [{ id: budget?.id, description: 'Ułożenie budżetu domowego z rodziną' }],
      plannedVisitId: null,
      version: 1,
    });

    const edited = await assistant.request('PUT', `/api/contacts/${created.id}`, {
      ...contact({ endTime: '12:00', description: 'Budżet domowy — poprawiony opis.' }),
      version: 1,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      endTime: '12:00',
      description: 'Budżet domowy — poprawiony opis.',
      version: 2,
    });
    const stale = await assistant.request('PUT', `/api/contacts/${created.id}`, { ...contact(), version: 1 });
    expect(stale.statusCode).toBe(409);

    await addContact(assistant, id, {
      startTime: '14:00',
      endTime: '14:20',
      kind: 'phone_call',
      place: 'phone',
    });
    const log = await assistant.request('GET', `/api/engagements/${id}/contacts`);
    expect(log.statusCode).toBe(200);
    expect(log.json().items.map((c: { startTime: string }) => c.startTime)).toEqual(['14:00', '10:00']);
    expect((await auditRows(t.db, 'contact.log_read'))[0]).toMatchObject({
      entityId: id,
      actorId: assistant.user.id,
    });

    const mine = await assistant.request('GET', `/api/contacts?from=${dayFromNow(0)}&to=${dayFromNow(0)}`);
    expect(mine.json().items.length).toBeGreaterThanOrEqual(2);
    expect(mine.json().items.every((c: { date: string }) => c.date === dayFromNow(0))).toBe(true);
    const none = await assistant.request('GET', `/api/contacts?from=${dayFromNow(-30)}&to=${dayFromNow(-1)}`);
    expect(none.json().items).toEqual([]);
    const hers = await manager.request(
      'GET',
      `/api/contacts/team?assistantId=${assistant.user.id}&from=${dayFromNow(0)}`,
    );
    expect(hers.json().items.map((c: { id: string }) => c.id)).toContain(created.id);
    expect((await auditRows(t.db, 'contact.list_read'))[0]).toMatchObject({
      entityId: assistant.user.id,
      actorId: manager.user.id,
    });

    const removed = await assistant.request('DELETE', `/api/contacts/${created.id}?version=2`);
    expect(removed.statusCode, removed.body).toBe(200);
    const after = await assistant.request('GET', `/api/engagements/${id}/contacts`);
    expect(after.json().items.map((c: { id: string }) => c.id)).not.toContain(created.id);
    expect((await auditRows(t.db, 'contact.deleted'))[0]).toMatchObject({ entityId: created.id });
  });

  it("refuses another assistant's engagement with 404 and a closed one with invalid_transition", async () => {
    const { request } = await assignFamily(worker, manager, assistant.user.id);
    const id = request.engagementId as string;
    const early = await assistant.request('POST', `/api/engagements/${id}/contacts`, contact());
    expect(early.json()).toMatchObject({ code: 'invalid_transition', blocker: 'first_contact_required' });
    const foreign = await otherAssistant.request('POST', `/api/engagements/${id}/contacts`, contact());
    expect(foreign.statusCode).toBe(404);
    const foreignLog = await otherAssistant.request('GET', `/api/engagements/${id}/contacts`);
    expect(foreignLog.statusCode).toBe(404);

    await driveToMonitoring(assistant, id);
    // The first contact itself may be logged, back to back with the engagement's record of it.
    await addContact(assistant, id, { startTime: '16:00', endTime: '17:00' });
    await closeEngagement(assistant, manager, id);
    const closed = await assistant.request(
      'POST',
      `/api/engagements/${id}/contacts`,
      contact({ startTime: '18:00', endTime: '18:30' }),
    );
    expect(closed.statusCode).toBe(409);
    expect(closed.json()).toMatchObject({ code: 'invalid_transition', blocker: 'engagement_closed' });
  });

  it('refuses an end before the start, a time already taken and a future date, naming the field', async () => {
    const { id } = await working();
    const { id: second } = await working();
    const at = (patch: Record<string, unknown>) =>
      assistant.request(
        'POST',
        `/api/engagements/${id}/contacts`,
        contact({ date: dayFromNow(0), ...patch }),
      );

    fieldRefused(await at({ startTime: '13:00', endTime: '12:00' }), 'endTime', 'end_before_start');
    fieldRefused(await at({ date: dayFromNow(1) }), 'date', 'date_in_future');
    fieldRefused(await at({ startTime: '9:5' }), 'startTime', 'time_invalid');

    await addContact(assistant, id, { startTime: '08:00', endTime: '09:00' });
    // The same hour with another family is refused too: she cannot be in two homes at once.
    const overlapping = await assistant.request(
      'POST',
      `/api/engagements/${second}/contacts`,
      contact({ startTime: '08:30', endTime: '09:30' }),
    );
    fieldRefused(overlapping, 'startTime', 'time_overlaps');
    // Back to back is fine.
    await addContact(assistant, second, { startTime: '09:00', endTime: '09:45' });
    // Other work at that hour counts as taken as well.
    const work = await assistant.request('POST', '/api/work-records', {
      date: dayFromNow(0),
      startTime: '09:30',
      endTime: '10:00',
      kind: 'documentation',
    });
    fieldRefused(work, 'startTime', 'time_overlaps');
  });
});

describe('contact frequency', () => {
  it('flags an engagement with 7 contacts in four weeks and not one with 9, against the office target', async () => {
    const seven = await working();
    const nine = await working();
    const today = dayFromNow(35);
    t.setToday(today);
    for (let i = 0; i < 9; i++) {
      const date = addDays(today, -3 * i);
      if (i < 7) await addContact(assistant, seven.id, { date, startTime: '10:00', endTime: '11:00' });
      await addContact(assistant, nine.id, { date, startTime: '12:00', endTime: '13:00' });
    }
    // An older contact, outside the four weeks, does not count.
    await addContact(assistant, seven.id, {
      date: addDays(today, -30),
      startTime: '10:00',
      endTime: '11:00',
    });

    const mine = await assistant.request('GET', '/api/contact-frequency');
    expect(mine.statusCode, mine.body).toBe(200);
    const of = (body: { items: { engagementId: string }[] }, id: string) =>
      body.items.find((item) => item.engagementId === id);
    expect(mine.json().target).toBe(2);
    expect(of(mine.json(), seven.id)).toMatchObject({
      held: 7,
      perWeek: 1.75,
      belowTarget: true,
      lastContactDate: today,
    });
    expect(of(mine.json(), nine.id)).toMatchObject({ held: 9, perWeek: 2.25, belowTarget: false });

    const team = await manager.request('GET', '/api/contact-frequency/team');
    expect(of(team.json(), seven.id)).toMatchObject({
      belowTarget: true,
      assistant: { id: assistant.user.id },
    });
    expect((await otherAssistant.request('GET', '/api/contact-frequency')).json().items).toEqual([]);

    // The office raises its target to 2.5 a week: nine in four weeks is now below it.
    const admin = await t.admin();
    const office = (await admin.request('GET', '/api/office')).json();
    const raised = await admin.request('PATCH', '/api/office', {
      version: office.version,
      contactTargetPerWeek: 2.5,
    });
    expect(raised.statusCode, raised.body).toBe(200);
    const after = (await assistant.request('GET', '/api/contact-frequency')).json();
    expect(of(after, nine.id)).toMatchObject({ belowTarget: true });
    await admin.request('PATCH', '/api/office', { version: office.version + 1, contactTargetPerWeek: 2 });
  });
});
