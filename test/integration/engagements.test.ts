import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '../../src/domain/calendar';
import { closureReasons } from '../../src/domain/engagement';
import {
  action,
  change,
  closeEngagement,
  dayFromNow,
  driveToMonitoring,
  finishPlan,
  recordFirstContact,
  twoGoals,
  viewOf,
  writePlan,
} from './engagement-fixtures';
import { assignFamily, fileRequest } from './families-fixtures';
import { auditRows, type Session, startApp, type TestApp } from './harness';

let t: TestApp;
let worker: Session;
let manager: Session;
let lead: Session;
let assistant: Session;
let otherAssistant: Session;
beforeAll(async () => {
  t = await startApp();
  worker = await t.userWith(['social_worker'], 'Agnieszka Kościuszko');
  manager = await t.userWith(['manager'], 'Tadeusz Żółkiewski');
  lead = await t.userWith(['team_lead'], 'Halina Koordynator');
  assistant = await t.userWith(['assistant'], 'Joanna Ślusarczyk');
  otherAssistant = await t.userWith(['assistant'], 'Paweł Dąbrowski');
});
afterAll(() => t.close());
afterEach(() => t.setToday(null));

/** A family given to the assistant; returns its engagement's id. */
async function assigned(to: Session = assistant) {
  const { family, request } = await assignFamily(worker, manager, to.user.id);
  return { familyId: family.id as string, id: request.engagementId as string };
}

async function refused(res: { statusCode: number; json(): Record<string, unknown> }, blocker: string) {
  expect(res.statusCode).toBe(409);
  expect(res.json()).toMatchObject({ code: 'invalid_transition', blocker });
}

describe('the life of an engagement', () => {
  it('goes from the assignment through plan versions, assessments and an extension to monitoring and closure', async () => {
    const { familyId, id } = await assigned();
    expect((await viewOf(assistant, id)).engagement.status).toBe('assigned');

    // First contact, jointly with the social worker: the clock starts.
    const start = dayFromNow(0);
    let view = await recordFirstContact(assistant, id, start);
    expect(view.engagement).toMatchObject({
      status: 'diagnosis',
      firstContactDate: start,
      firstContactJoint: true,
      cooperationRules: 'Spotkania we wtorki i czwartki o 16:00.',
    });
    expect(view.deadlines.map((d) => d.kind)).toEqual(['work_plan', 'assessment', 'period_end']);

    // Diagnosis by area, with the child's own view.
    const child = view.members.find((m) => m.minor);
    view = await change(assistant, 'PUT', `/api/engagements/${id}/diagnosis`, {
      version: null,
      areas: { household: 'Zaległości w opłatach za czynsz.', schooling: 'Kacper opuszcza lekcje.' },
      strengths: 'Matka chce współpracować; wsparcie babci.',
      childViews: [{ personId: child?.personId, view: 'Chcę chodzić na piłkę nożną.' }],
    });
    expect(view.diagnosis).toMatchObject({
      version: 1,
      areas: { household: 'Zaległości w opłatach za czynsz.' },
      childViews: [{ personId: child?.personId, name: 'Kacper Nowak', view: 'Chcę chodzić na piłkę nożną.' }],
    });

    // Plan v1 starts the implementation; the plan term leaves the list.
    view = await writePlan(assistant, id);
    expect(view.engagement.status).toBe('implementation');
    expect(view.plan).toMatchObject({
      number: 1,
      goals: [{ title: twoGoals[0]?.title }, { title: twoGoals[1]?.title }],
    });
    expect(view.deadlines.map((d) => d.kind)).not.toContain('work_plan');

    // Plan v2 modifies it: v1 stays readable.
    const v1 = view.plan;
    const goals = v1?.goals.map((goal, index) =>
      index === 0 ? { ...goal, actions: [...goal.actions, action('Wniosek o dodatek mieszkaniowy')] } : goal,
    );
    view = await change(assistant, 'POST', `/api/engagements/${id}/work-plans`, {
      version: 1,
      goals,
      coauthors: { memberIds: [view.members[0]?.personId], socialWorkerId: worker.user.id },
      acknowledgement: { on: start, by: 'Anna Nowak' },
      changeNote: 'Dodano wniosek o dodatek mieszkaniowy.',
    });
    expect(view.plan).toMatchObject({
      number: 2,
      coauthors: { members: [{ name: 'Anna Nowak' }], socialWorker: { name: 'Agnieszka Kościuszko' } },
      acknowledgement: { on: start, by: 'Anna Nowak' },
    });
    expect(view.plan?.goals[0]?.id).toBe(v1?.goals[0]?.id);
    expect(view.plan?.goals[0]?.actions[0]?.id).toBe(v1?.goals[0]?.actions[0]?.id);
    expect(view.planVersions.map((v) => v.number)).toEqual([2, 1]);
    const old = await assistant.request('GET', `/api/engagements/${id}/work-plans/1`);
    expect(old.json().goals[0].actions).toHaveLength(1);

    // Two assessments; the second, early, brings the next one earlier.
    const goalId = view.plan?.goals[0]?.id;
    for (const [assessedOn, recommendation] of [
      [dayFromNow(0), 'continue'],
      [dayFromNow(0), 'extend'],
    ] as const) {
      view = await change(assistant, 'POST', `/api/engagements/${id}/assessments`, {
        assessedOn,
        goalProgress: [{ goalId, achievement: 'partly', comment: 'Spłacono część zaległości.' }],
        familySituation: 'Sytuacja stabilna, dochody z pracy dorywczej.',
        childrenViews: 'Kacper chętniej chodzi do szkoły.',
        recommendation,
        workingMeeting: {
          date: assessedOn,
          participants: 'pedagog szkolny, kurator',
          conclusions: 'Kontynuować.',
        },
      });
    }
    expect(view.assessments).toHaveLength(2);
    expect(view.assessments[0]?.goalProgress[0]).toMatchObject({
      goal: twoGoals[0]?.title,
      achievement: 'partly',
    });

    // The manager acknowledges one; the deadline follows the latest assessment.
    const assessment = view.assessments[0];
    const ack = await manager.request('POST', `/api/assessments/${assessment?.id}/acknowledge`, {
      version: assessment?.version,
      note: 'Przyjęto.',
    });
    expect(ack.statusCode, ack.body).toBe(200);
    expect(ack.json()).toMatchObject({
      acknowledgedBy: { name: 'Tadeusz Żółkiewski' },
      managerNote: 'Przyjęto.',
    });

    // An extension: requested, approved, the end of the period moves by six months.
    const endBefore = view.deadlines.find((d) => d.kind === 'period_end')?.dueOn;
    view = await change(assistant, 'POST', `/api/engagements/${id}/extension-requests`, {
      justification: 'Cele nieosiągnięte, rodzina chce kontynuować.',
    });
    const extension = view.requests[0];
    expect(extension).toMatchObject({ kind: 'extension', status: 'pending', months: 6 });
    const approved = await manager.request('POST', `/api/engagement-requests/${extension?.id}/approve`, {
      version: extension?.version,
    });
    expect(approved.json()).toMatchObject({ status: 'approved', decidedBy: { name: 'Tadeusz Żółkiewski' } });
    view = await viewOf(assistant, id);
    expect(view.extensionMonths).toBe(6);
    expect(endBefore).toBe(addMonths(start, 18));
    expect(view.deadlines.find((d) => d.kind === 'period_end')?.dueOn).toBe(addMonths(start, 24));

    // Monitoring once every action is done, with its own end.
    view = await finishPlan(assistant, id);
    expect(view.openActions).toBe(0);
    view = await change(assistant, 'POST', `/api/engagements/${id}/monitoring`, {
      version: view.engagement.version,
      startedOn: dayFromNow(0),
    });
    expect(view.engagement.status).toBe('monitoring');
    expect(view.deadlines.map((d) => d.kind)).toContain('monitoring_end');
    view = await change(assistant, 'PUT', `/api/engagements/${id}/monitoring-result`, {
      version: view.engagement.version,
      result: 'confirmed',
      note: 'Rodzina samodzielnie opłaca rachunki.',
    });
    expect(view.engagement.monitoringResult).toBe('confirmed');

    // Closure: requested, approved; the engagement is closed and its terms are gone.
    await closeEngagement(assistant, manager, id, 'goals_achieved');
    view = await viewOf(assistant, id);
    expect(view.engagement).toMatchObject({
      status: 'closed',
      closureReason: 'goals_achieved',
      closedOn: dayFromNow(0),
    });
    expect(view.deadlines).toEqual([]);
    expect(view.engagement.assignments.every((period) => period.to !== null)).toBe(true);

    // The family can get a new engagement later.
    const again = await fileRequest(worker, familyId);
    expect(again.status).toBe('pending');

    const actions = (await auditRows(t.db, 'engagement.plan_saved')).filter((row) => row.entityId === id);
    expect(actions.map((row) => row.details)).toContainEqual({ familyId, number: 2 });
    expect((await auditRows(t.db, 'engagement.closed')).some((row) => row.entityId === id)).toBe(true);
  });

  it.each(closureReasons)('closes with the reason „%s”', async (reason) => {
    const { id } = await assigned();
    await recordFirstContact(assistant, id);
    await writePlan(assistant, id);
    const view = await change(assistant, 'POST', `/api/engagements/${id}/closure-requests`, {
      reason,
      justification: 'Uzasadnienie wniosku o zakończenie.',
    });
    expect(view.engagement.status).toBe('closure_requested');
    expect(view.requests[0]).toMatchObject({ kind: 'closure', closureReason: reason, status: 'pending' });
    const request = view.requests[0];
    const res = await manager.request('POST', `/api/engagement-requests/${request?.id}/approve`, {
      version: request?.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await viewOf(assistant, id)).engagement).toMatchObject({
      status: 'closed',
      closureReason: reason,
    });
  });

  it('returns to where it was when the manager rejects the closure', async () => {
    const { id } = await assigned();
    await driveToMonitoring(assistant, id);
    const view = await change(assistant, 'POST', `/api/engagements/${id}/closure-requests`, {
      reason: 'no_effects',
      justification: 'Brak efektów.',
    });
    const request = view.requests[0];
    const noReason = await manager.request('POST', `/api/engagement-requests/${request?.id}/reject`, {
      version: request?.version,
    });
    expect(noReason.statusCode).toBe(400);
    const res = await manager.request('POST', `/api/engagement-requests/${request?.id}/reject`, {
      version: request?.version,
      note: 'Proszę najpierw zakończyć monitoring.',
    });
    expect(res.json()).toMatchObject({
      status: 'rejected',
      decisionNote: 'Proszę najpierw zakończyć monitoring.',
    });
    expect((await viewOf(assistant, id)).engagement.status).toBe('monitoring');
    const again = await manager.request('POST', `/api/engagement-requests/${request?.id}/approve`, {
      version: res.json().version,
    });
    expect(again.json().code).toBe('request_already_decided');
  });
});

describe('refusals', () => {
  it('allows no plan before the first contact, and says what is missing in Polish', async () => {
    const { id } = await assigned();
    const res = await assistant.request('POST', `/api/engagements/${id}/work-plans`, {
      version: null,
      goals: twoGoals,
      coauthors: { memberIds: [] },
    });
    await refused(res, 'first_contact_required');
    expect(res.json().detail).toBe(
      'Tego kroku nie można teraz wykonać: najpierw zapisz pierwszy kontakt z rodziną.',
    );
    expect((await viewOf(assistant, id)).planVersions).toEqual([]);
  });

  it('allows no closure without a reason, nor before a plan exists', async () => {
    const { id } = await assigned();
    await recordFirstContact(assistant, id);
    await refused(
      await assistant.request('POST', `/api/engagements/${id}/closure-requests`, {
        reason: 'family_withdrew',
        justification: 'Rezygnacja.',
      }),
      'work_plan_required',
    );
    await writePlan(assistant, id);
    const res = await assistant.request('POST', `/api/engagements/${id}/closure-requests`, {
      justification: 'Bez powodu.',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual(expect.objectContaining({ path: 'reason' }));
    expect((await viewOf(assistant, id)).engagement.status).toBe('implementation');
  });

  it('allows no second open engagement of the same family', async () => {
    const { familyId, id } = await assigned();
    const res = await worker.request('POST', `/api/families/${familyId}/requests`, {
      justification: 'Drugi wniosek.',
      legalBasis: { kind: 'minor_parent' },
    });
    expect(res.json().code).toBe('family_has_open_engagement');
    await recordFirstContact(assistant, id);
    await refused(
      await assistant.request('POST', `/api/engagements/${id}/first-contact`, {
        version: (await viewOf(assistant, id)).engagement.version,
        date: dayFromNow(0),
        jointWithSocialWorker: false,
      }),
      'first_contact_already_recorded',
    );
  });

  it('allows no edit of a closed engagement', async () => {
    const { id } = await assigned();
    await driveToMonitoring(assistant, id);
    await closeEngagement(assistant, manager, id, 'goals_achieved');
    const view = await viewOf(assistant, id);
    await refused(
      await assistant.request('POST', `/api/engagements/${id}/work-plans`, {
        version: 2,
        goals: twoGoals,
        coauthors: { memberIds: [] },
      }),
      'engagement_closed',
    );
    await refused(
      await assistant.request('PATCH', `/api/engagements/${id}`, {
        version: view.engagement.version,
        cooperationRules: 'Nowe zasady.',
      }),
      'engagement_closed',
    );
    await refused(
      await assistant.request('POST', `/api/engagements/${id}/court-opinions`, {
        court: 'Sąd Rejonowy w Lipowie',
        caseSignature: 'III Nsm 1/26',
        receivedOn: dayFromNow(0),
        dueOn: dayFromNow(14),
      }),
      'engagement_closed',
    );
  });

  it('starts monitoring only when every action of the plan is done', async () => {
    const { id } = await assigned();
    await recordFirstContact(assistant, id);
    const view = await writePlan(assistant, id);
    await refused(
      await assistant.request('POST', `/api/engagements/${id}/monitoring`, {
        version: view.engagement.version,
        startedOn: dayFromNow(0),
      }),
      'plan_actions_open',
    );
  });

  it('checks dates, children and goals against the family and the plan', async () => {
    const { id } = await assigned();
    const before = await assistant.request('POST', `/api/engagements/${id}/first-contact`, {
      version: 1,
      date: dayFromNow(1),
      jointWithSocialWorker: false,
    });
    expect(before.json().errors).toEqual([expect.objectContaining({ path: 'date', code: 'date_in_future' })]);
    const view = await recordFirstContact(assistant, id);
    const mother = view.members.find((m) => !m.minor);
    const adult = await assistant.request('PUT', `/api/engagements/${id}/diagnosis`, {
      version: null,
      areas: {},
      childViews: [{ personId: mother?.personId, view: 'Zdanie dorosłego.' }],
    });
    expect(adult.json().errors).toEqual([
      expect.objectContaining({ path: 'childViews.0.personId', code: 'child_not_minor' }),
    ]);
    await writePlan(assistant, id);
    const strangeGoal = await assistant.request('POST', `/api/engagements/${id}/assessments`, {
      assessedOn: dayFromNow(0),
      goalProgress: [{ goalId: crypto.randomUUID(), achievement: 'achieved' }],
      familySituation: 'Opis.',
      recommendation: 'continue',
    });
    expect(strangeGoal.json().errors).toEqual([
      expect.objectContaining({ path: 'goalProgress.0.goalId', code: 'goal_not_in_plan' }),
    ]);
    const stranger = await assistant.request('POST', `/api/engagements/${id}/work-plans`, {
      version: 1,
      goals: [
        {
          title: 'Cel',
          actions: [action('Działanie', { responsible: { kind: 'member', personId: crypto.randomUUID() } })],
        },
      ],
      coauthors: { memberIds: [] },
    });
    expect(stranger.json().errors).toEqual([
      expect.objectContaining({ path: 'goals.0.actions.0.responsible.personId', code: 'person_not_member' }),
    ]);
    const court = await assistant.request('POST', `/api/engagements/${id}/court-opinions`, {
      court: 'Sąd Rejonowy w Lipowie',
      caseSignature: 'III Nsm 1/26',
      receivedOn: dayFromNow(0),
      dueOn: dayFromNow(-1),
    });
    expect(court.json().errors).toEqual([
      expect.objectContaining({ path: 'dueOn', code: 'due_before_received' }),
    ]);
  });

  it('allows one pending extension at a time', async () => {
    const { id } = await assigned();
    await recordFirstContact(assistant, id);
    await writePlan(assistant, id);
    const body = { justification: 'Rodzina chce kontynuować.' };
    await change(assistant, 'POST', `/api/engagements/${id}/extension-requests`, body);
    const second = await assistant.request('POST', `/api/engagements/${id}/extension-requests`, body);
    expect(second.json().code).toBe('extension_already_pending');
  });
});

describe('versions', () => {
  it('refuses a stale edit of the work plan with 409, and both versions survive', async () => {
    const { id } = await assigned();
    await recordFirstContact(assistant, id);
    const first = await writePlan(assistant, id);
    const base = first.plan?.goals ?? [];
    // Two edits start from version 1; the first to save wins.
    const mine = base.map((goal) => ({ ...goal, title: `${goal.title} — wersja asystentki` }));
    const theirs = base.map((goal) => ({ ...goal, title: `${goal.title} — wersja koordynatorki` }));
    const saved = await writePlan(assistant, id, mine, 1);
    expect(saved.plan?.number).toBe(2);
    const stale = await lead.request('POST', `/api/engagements/${id}/work-plans`, {
      version: 1,
      goals: theirs,
      coauthors: { memberIds: [] },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('conflict');
    const v1 = (await assistant.request('GET', `/api/engagements/${id}/work-plans/1`)).json();
    const v2 = (await assistant.request('GET', `/api/engagements/${id}/work-plans/2`)).json();
    expect(v1.goals.map((g: { title: string }) => g.title)).toEqual(base.map((g) => g.title));
    expect(v2.goals.map((g: { title: string }) => g.title)).toEqual(mine.map((g) => g.title));
    expect((await viewOf(assistant, id)).planVersions).toHaveLength(2);
  });

  it('refuses a stale edit of the diagnosis and of the engagement', async () => {
    const { id } = await assigned();
    const view = await recordFirstContact(assistant, id);
    const body = { version: null, areas: { health: 'Bez uwag.' }, childViews: [] };
    await change(assistant, 'PUT', `/api/engagements/${id}/diagnosis`, body);
    expect((await assistant.request('PUT', `/api/engagements/${id}/diagnosis`, body)).statusCode).toBe(409);
    const stale = await assistant.request('PATCH', `/api/engagements/${id}`, {
      version: view.engagement.version - 1,
      cooperationRules: 'Inne zasady.',
    });
    expect(stale.statusCode).toBe(409);
  });
});

describe('who may see and work', () => {
  it("keeps another assistant's engagement hidden, and audits every read", async () => {
    const { familyId, id } = await assigned();
    expect((await otherAssistant.request('GET', `/api/engagements/${id}`)).statusCode).toBe(404);
    const write = await otherAssistant.request('POST', `/api/engagements/${id}/first-contact`, {
      version: 1,
      date: dayFromNow(0),
      jointWithSocialWorker: false,
    });
    expect(write.statusCode).toBe(404);
    await viewOf(assistant, id);
    const reads = (await auditRows(t.db, 'engagement.opened')).filter((row) => row.entityId === id);
    expect(reads[0]).toMatchObject({ actorId: assistant.user.id, details: { familyId } });
  });

  it('lets the former assistant read the history but not write, after a change of assistant', async () => {
    const { id } = await assigned();
    const view = await recordFirstContact(assistant, id);
    const moved = await manager.request('POST', `/api/engagements/${id}/reassign`, {
      version: view.engagement.version,
      assistantId: otherAssistant.user.id,
      reason: 'Prośba rodziny.',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await assistant.request('GET', `/api/engagements/${id}`)).statusCode).toBe(200);
    const write = await assistant.request('POST', `/api/engagements/${id}/work-plans`, {
      version: null,
      goals: twoGoals,
      coauthors: { memberIds: [] },
    });
    expect(write.statusCode).toBe(404);
    expect((await writePlan(otherAssistant, id)).plan?.number).toBe(1);
  });

  it('leaves decisions to the manager and the writing to the assistant', async () => {
    const { id } = await assigned();
    await recordFirstContact(assistant, id);
    const written = await writePlan(assistant, id);
    const view = await change(assistant, 'POST', `/api/engagements/${id}/extension-requests`, {
      justification: 'Prośba.',
    });
    const request = view.requests[0];
    const byAssistant = await assistant.request('POST', `/api/engagement-requests/${request?.id}/approve`, {
      version: request?.version,
    });
    expect(byAssistant.statusCode).toBe(403);
    const byManager = await manager.request('PATCH', `/api/engagements/${id}`, {
      version: written.engagement.version,
      cooperationRules: 'Zasady kierownika.',
    });
    expect(byManager.statusCode).toBe(403);
    const queue = (await manager.request('GET', '/api/engagement-requests/pending')).json();
    expect(queue.requests).toContainEqual(
      expect.objectContaining({
        id: request?.id,
        assistant: { id: assistant.user.id, name: 'Joanna Ślusarczyk' },
      }),
    );
  });
});

describe('deadlines', () => {
  it("show what is overdue and due soon on the assistant's and the manager's lists", async () => {
    const solo = await t.userWith(['assistant'], 'Ewa Terminowa');
    const { id } = await assigned(solo);
    const start = dayFromNow(0);
    await recordFirstContact(solo, id, start);
    await change(solo, 'POST', `/api/engagements/${id}/court-opinions`, {
      court: 'Sąd Rejonowy w Lipowie',
      caseSignature: 'III Nsm 7/26',
      receivedOn: start,
      dueOn: dayFromNow(20),
    });

    // Today: nothing is due within 14 days (the plan is due in a month).
    let mine = (await solo.request('GET', '/api/deadlines')).json();
    expect(mine.items).toEqual([]);

    // Three weeks on: the opinion is a day late, the plan is due within 14 days.
    t.setToday(dayFromNow(21));
    mine = (await solo.request('GET', '/api/deadlines')).json();
    expect(mine.today).toBe(dayFromNow(21));
    expect(mine.items.map((i: { kind: string; overdue: boolean }) => [i.kind, i.overdue])).toEqual([
      ['court_opinion', true],
      ['work_plan', false],
    ]);
    expect(mine.items[0]).toMatchObject({
      engagementId: id,
      daysLeft: -1,
      courtOpinion: { caseSignature: 'III Nsm 7/26' },
      assistant: { name: 'Ewa Terminowa' },
    });

    // Two months on, the plan is overdue too; the manager sees it with a count for the assistant.
    t.setToday(dayFromNow(62));
    mine = (await solo.request('GET', '/api/deadlines')).json();
    expect(mine.items.every((i: { overdue: boolean }) => i.overdue)).toBe(true);
    expect(mine.items.map((i: { kind: string }) => i.kind).sort()).toEqual(['court_opinion', 'work_plan']);
    const team = (await manager.request('GET', `/api/deadlines/team?assistantId=${solo.user.id}`)).json();
    expect(team.items).toHaveLength(2);
    expect(team.byAssistant).toEqual([
      { assistant: { id: solo.user.id, name: 'Ewa Terminowa' }, overdue: 2, dueSoon: 0 },
    ]);
    const whole = (await manager.request('GET', '/api/deadlines/team')).json();
    expect(whole.byAssistant).toContainEqual({
      assistant: { id: solo.user.id, name: 'Ewa Terminowa' },
      overdue: 2,
      dueSoon: 0,
    });
    expect((await solo.request('GET', '/api/deadlines/team')).statusCode).toBe(403);

    // Writing the plan and sending the opinion clears both; the plan's actions come due instead.
    const soon = dayFromNow(70);
    await writePlan(
      solo,
      id,
      twoGoals.map((goal) => ({ ...goal, actions: goal.actions.map((a) => ({ ...a, deadline: soon })) })),
    );
    const view = await viewOf(solo, id);
    const opinion = view.courtOpinions[0];
    await change(solo, 'PUT', `/api/court-opinions/${opinion?.id}`, {
      ...opinion,
      opinion: 'Opinia o rodzinie.',
      writtenOn: dayFromNow(0),
      sentOn: dayFromNow(0),
    });
    mine = (await solo.request('GET', '/api/deadlines')).json();
    expect(mine.items).toEqual([
      expect.objectContaining({
        kind: 'plan_action',
        dueOn: soon,
        overdue: false,
        daysLeft: 8,
        action: expect.objectContaining({
          description: 'Ułożenie budżetu domowego z rodziną',
          goal: twoGoals[0]?.title,
        }),
      }),
      expect.objectContaining({
        kind: 'plan_action',
        action: expect.objectContaining({ goal: twoGoals[1]?.title }),
      }),
    ]);
    // Six months on, the first assessment is due, and the actions are late.
    t.setToday(dayFromNow(190));
    const later = (await solo.request('GET', '/api/deadlines')).json();
    expect(later.items.map((i: { kind: string; overdue: boolean }) => [i.kind, i.overdue])).toEqual([
      ['plan_action', true],
      ['plan_action', true],
      ['assessment', true],
    ]);
  });

  it("follow the office's terms", async () => {
    const admin = await t.admin();
    const office = (await admin.request('GET', '/api/office')).json();
    const res = await admin.request('PATCH', '/api/office', { version: office.version, standardMonths: 12 });
    expect(res.json()).toMatchObject({ standardMonths: 12, planMonths: 1, assessmentMonths: 6 });
    const tooRare = await admin.request('PATCH', '/api/office', {
      version: res.json().version,
      assessmentMonths: 7,
    });
    expect(tooRare.statusCode).toBe(400);
    const { id } = await assigned();
    const view = await recordFirstContact(assistant, id, dayFromNow(0));
    expect(view.deadlines.find((d) => d.kind === 'period_end')?.dueOn).toBe(addMonths(dayFromNow(0), 12));
    await admin.request('PATCH', '/api/office', { version: res.json().version, standardMonths: 18 });
  });
});
