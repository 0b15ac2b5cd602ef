import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays, isoWeekday } from '../../src/domain/calendar';
import { dayFromNow, recordFirstContact } from './engagement-fixtures';
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

async function working(to: Session = assistant) {
  const { request } = await assignFamily(worker, manager, to.user.id);
  const id = request.engagementId as string;
  const view = await recordFirstContact(to, id);
  return { id, members: view.members };
}

/** The answer's JSON once its status is as expected. */
async function ok(res: Awaited<ReturnType<Session['request']>>, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}

const visit = (patch: Record<string, unknown> = {}) => ({
  date: dayFromNow(2),
  startTime: '16:00',
  endTime: '17:30',
  kind: 'home_visit',
  place: 'family_home',
  note: 'Wspólne odrabianie lekcji.',
  ...patch,
});

describe('the calendar', () => {
  it('plans a visit that becomes a contact when it took place, or is cancelled with a reason', async () => {
    const { id } = await working();
    const mine = await ok(await assistant.request('GET', '/api/calendar/engagements'));
    expect(mine.items.map((item: { engagementId: string }) => item.engagementId)).toContain(id);

    const planned = await ok(await assistant.request('POST', `/api/engagements/${id}/visits`, visit()), 201);
    expect(planned).toMatchObject({
      status: 'planned',
      engagementId: id,
      assistant: { id: assistant.user.id },
    });
    const other = await ok(
      await assistant.request('POST', `/api/engagements/${id}/visits`, visit({ date: dayFromNow(4) })),
      201,
    );
    expect((await otherAssistant.request('POST', `/api/engagements/${id}/visits`, visit())).statusCode).toBe(
      404,
    );

    const week = await ok(
      await assistant.request('GET', `/api/calendar?from=${dayFromNow(0)}&to=${dayFromNow(6)}`),
    );
    expect(week.visits.map((v: { id: string }) => v.id)).toEqual([planned.id, other.id]);
    expect(
      (await otherAssistant.request('GET', `/api/calendar?from=${dayFromNow(0)}&to=${dayFromNow(6)}`)).json()
        .visits,
    ).toEqual([]);

    // The visit is moved to today, then it takes place: it becomes a contact with what was done.
    const moved = await ok(
      await assistant.request('PUT', `/api/visits/${planned.id}`, {
        ...visit({ date: dayFromNow(0), startTime: '08:00', endTime: '09:00' }),
        version: 1,
      }),
    );
    const held = await ok(
      await assistant.request('POST', `/api/visits/${planned.id}/held`, {
        version: moved.version,
        date: dayFromNow(0),
        startTime: '08:00',
        endTime: '09:00',
        kind: 'home_visit',
        place: 'family_home',
        participants: { memberIds: [], others: null },
        description: 'Odrobiliśmy lekcje z Kacprem; rozmowa z matką o zebraniu.',
        actionIds: [],
      }),
      201,
    );
    expect(held).toMatchObject({
      plannedVisitId: planned.id,
      description: expect.stringContaining('Kacprem'),
    });
    const log = await ok(await assistant.request('GET', `/api/engagements/${id}/contacts`));
    expect(log.items.map((c: { id: string }) => c.id)).toContain(held.id);
    const again = await assistant.request('POST', `/api/visits/${planned.id}/cancel`, {
      version: moved.version + 1,
      reason: 'family_absent',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('visit_not_planned');

    const cancelled = await ok(
      await assistant.request('POST', `/api/visits/${other.id}/cancel`, {
        version: 1,
        reason: 'cancelled_by_family',
        note: 'Choroba dziecka.',
      }),
    );
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'cancelled_by_family' });
    expect((await auditRows(t.db, 'visit.cancelled'))[0]).toMatchObject({ entityId: other.id });

    // The team's calendar shows every assistant's visits; an assistant may not ask for it.
    const team = await ok(
      await manager.request('GET', `/api/calendar/team?from=${dayFromNow(0)}&to=${dayFromNow(6)}`),
    );
    expect(team.visits.map((v: { id: string }) => v.id)).toEqual(
      expect.arrayContaining([planned.id, other.id]),
    );
    expect(team.contacts.map((c: { id: string }) => c.id)).toContain(held.id);
    expect(
      (await assistant.request('GET', `/api/calendar/team?from=${dayFromNow(0)}&to=${dayFromNow(6)}`))
        .statusCode,
    ).toBe(403);
  });

  it('refuses a range longer than two months or reversed', async () => {
    const long = await assistant.request('GET', `/api/calendar?from=${dayFromNow(0)}&to=${dayFromNow(90)}`);
    expect(long.statusCode).toBe(400);
    expect(long.json().errors[0]).toMatchObject({ path: 'query.to', code: 'range_too_long' });
    const reversed = await assistant.request(
      'GET',
      `/api/calendar?from=${dayFromNow(5)}&to=${dayFromNow(0)}`,
    );
    expect(reversed.json().errors[0]).toMatchObject({ path: 'query.to', code: 'end_before_start' });
  });
});

describe('the duty roster', () => {
  it('is set by the manager, read by the team and shown in the calendar on its weekday', async () => {
    const monday = '2027-01-04';
    expect(isoWeekday(monday)).toBe(1);
    const body = {
      assistantId: assistant.user.id,
      weekday: 2,
      startTime: '15:00',
      endTime: '17:00',
      place: 'Pokój 12, ul. Słoneczna 3',
      validFrom: monday,
      validTo: null,
    };
    expect((await assistant.request('POST', '/api/duty-hours', body)).statusCode).toBe(403);
    const notAssistant = await manager.request('POST', '/api/duty-hours', {
      ...body,
      assistantId: worker.user.id,
    });
    expect(notAssistant.json().errors[0]).toMatchObject({ path: 'assistantId', code: 'staff_invalid' });
    const hour = await ok(await manager.request('POST', '/api/duty-hours', body), 201);

    const roster = await ok(await worker.request('GET', `/api/duty-hours?on=${addDays(monday, 7)}`));
    expect(roster.items).toEqual([
      expect.objectContaining({ id: hour.id, place: 'Pokój 12, ul. Słoneczna 3' }),
    ]);
    expect((await worker.request('GET', `/api/duty-hours?on=${addDays(monday, -1)}`)).json().items).toEqual(
      [],
    );

    const calendar = await ok(
      await assistant.request('GET', `/api/calendar?from=${monday}&to=${addDays(monday, 13)}`),
    );
    expect(calendar.duty.map((d: { date: string }) => d.date)).toEqual([
      addDays(monday, 1),
      addDays(monday, 8),
    ]);

    const ended = await ok(
      await manager.request('PUT', `/api/duty-hours/${hour.id}`, {
        ...body,
        validTo: addDays(monday, 6),
        version: 1,
      }),
    );
    expect(ended.validTo).toBe(addDays(monday, 6));
    expect((await manager.request('DELETE', `/api/duty-hours/${hour.id}?version=1`)).statusCode).toBe(409);
    expect((await manager.request('DELETE', `/api/duty-hours/${hour.id}?version=2`)).statusCode).toBe(200);
    expect((await auditRows(t.db, 'duty.deleted'))[0]).toMatchObject({ entityId: hour.id });
  });
});

describe('working time', () => {
  it("sums a month's hours per day and kind against the norm of the FTE, flags odd hours, exports XLSX", async () => {
    // Someone with no other entries in those months, whatever the real date.
    const lucja = await t.userWith(['assistant'], 'Łucja Źrebięcka');
    t.setToday('2027-01-15');
    const admin = await t.admin();
    const account = await ok(await admin.request('GET', `/api/users/${lucja.user.id}`));
    await ok(
      await admin.request('PATCH', `/api/users/${lucja.user.id}`, { version: account.version, fte: 0.5 }),
    );

    const work = (date: string, startTime: string, endTime: string, kind: string) =>
      lucja.request('POST', '/api/work-records', { date, startTime, endTime, kind, note: null });
    await ok(await work('2026-11-02', '08:00', '10:00', 'documentation'), 201);
    await ok(await work('2026-11-02', '10:00', '11:30', 'travel'), 201);
    await ok(await work('2026-11-03', '19:00', '21:00', 'team_meeting'), 201);
    await ok(await work('2026-11-11', '10:00', '12:00', 'training'), 201);
    const future = await work('2027-01-16', '10:00', '11:00', 'documentation');
    expect(future.json().errors[0]).toMatchObject({ path: 'date', code: 'date_in_future' });

    const november = await ok(await lucja.request('GET', '/api/timesheet?month=2026-11'));
    expect(november).toMatchObject({
      fte: 0.5,
      normMinutes: 80 * 60,
      workedMinutes: 7.5 * 60,
      totals: { documentation: 120, travel: 90, team_meeting: 120, training: 120 },
      flaggedDays: 2,
    });
    const day = (date: string) => november.days.find((d: { date: string }) => d.date === date);
    expect(day('2026-11-02')).toMatchObject({
      total: 210,
      minutes: { documentation: 120, travel: 90 },
      flags: [],
    });
    expect(day('2026-11-03').flags).toEqual(['outside_window']);
    expect(day('2026-11-11')).toMatchObject({ workingDay: false, flags: ['day_off'] });
    expect(day('2026-11-11').holiday).toBeTruthy();
    // December 2026: 24 December is a public holiday (from 2025 on).
    const december = await ok(await lucja.request('GET', '/api/timesheet?month=2026-12'));
    expect(december.normMinutes).toBe(80 * 60);
    expect(december.days.find((d: { date: string }) => d.date === '2026-12-24').workingDay).toBe(false);

    // The manager sees it; another assistant does not reach it at all.
    const seen = await ok(
      await manager.request('GET', `/api/timesheet/team?month=2026-11&assistantId=${lucja.user.id}`),
    );
    expect(seen.workedMinutes).toBe(november.workedMinutes);
    expect(
      (await otherAssistant.request('GET', `/api/timesheet/team?month=2026-11&assistantId=${lucja.user.id}`))
        .statusCode,
    ).toBe(403);

    const file = await lucja.request('GET', '/api/timesheet/xlsx?month=2026-11');
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain('ewidencja-2026-11-lucja-zrebiecka.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const rows = sheet?.getSheetValues().filter(Boolean) as unknown[][];
    const row = (label: string) => rows.find((r) => r[1] === label);
    expect(row('Pracownik')?.[2]).toBe('Łucja Źrebięcka');
    expect(row('Norma czasu pracy (godz.)')?.[3]).toBe(80);
    expect(row('Przepracowano (godz.)')?.[3]).toBe(7.5);
    expect(row('2026-11-02')?.slice(4, 6)).toEqual([2, 1.5]);
    expect(row('2026-11-11')?.at(-1)).toContain('praca w dniu wolnym');
    expect((await auditRows(t.db, 'timesheet.exported'))[0]).toMatchObject({ entityId: lucja.user.id });
  });

  it('refuses a record of other work that overlaps a contact', async () => {
    const { id } = await working(otherAssistant);
    await ok(
      await otherAssistant.request('POST', `/api/engagements/${id}/contacts`, {
        date: dayFromNow(0),
        startTime: '12:00',
        endTime: '13:00',
        kind: 'consultation',
        place: 'office_duty',
        participants: { memberIds: [], others: null },
        description: 'Konsultacja w ośrodku.',
        actionIds: [],
      }),
      201,
    );
    const record = await otherAssistant.request('POST', '/api/work-records', {
      date: dayFromNow(0),
      startTime: '12:30',
      endTime: '14:00',
      kind: 'documentation',
    });
    expect(record.json().errors[0]).toMatchObject({ path: 'startTime', code: 'time_overlaps' });
    const mine = await ok(
      await otherAssistant.request('POST', '/api/work-records', {
        date: dayFromNow(0),
        startTime: '13:00',
        endTime: '14:00',
        kind: 'documentation',
      }),
      201,
    );
    expect(
      (await assistant.request('PUT', `/api/work-records/${mine.id}`, { ...mine, version: 1 })).statusCode,
    ).toBe(404);
    const timesheet = await ok(
      await otherAssistant.request('GET', `/api/timesheet?month=${dayFromNow(0).slice(0, 7)}`),
    );
    expect(timesheet.totals).toMatchObject({ contact: 60, documentation: 60 });
  });
});
