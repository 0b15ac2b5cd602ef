import { expect } from 'vitest';
import type { EngagementView, PlanActionInput, WorkPlanInput } from '../../src/contract/engagements';
import { addDays, warsawDate } from '../../src/domain/calendar';
import type { Session } from './harness';

/** A calendar day counted from today's real date (the server's clock may be moved on from it). */
export const dayFromNow = (days: number) => addDays(warsawDate(), days);

export async function viewOf(session: Session, engagementId: string): Promise<EngagementView> {
  const res = await session.request('GET', `/api/engagements/${engagementId}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Sends a change and expects the engagement's page back. */
export async function change(
  session: Session,
  method: 'POST' | 'PUT' | 'PATCH',
  url: string,
  body: unknown,
): Promise<EngagementView> {
  const res = await session.request(method, url, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

export async function recordFirstContact(session: Session, engagementId: string, date = warsawDate()) {
  const { engagement } = await viewOf(session, engagementId);
  return change(session, 'POST', `/api/engagements/${engagementId}/first-contact`, {
    version: engagement.version,
    date,
    jointWithSocialWorker: true,
    cooperationRules: 'Spotkania we wtorki i czwartki o 16:00.',
  });
}

export const action = (description: string, patch: Partial<PlanActionInput> = {}): PlanActionInput => ({
  description,
  responsible: { kind: 'assistant' },
  deadline: dayFromNow(60),
  expectedEffect: 'Rodzina radzi sobie samodzielnie.',
  status: 'planned',
  ...patch,
});

export const twoGoals: WorkPlanInput['goals'] = [
  {
    title: 'Uregulowanie opłat za mieszkanie',
    area: 'finances_work',
    actions: [action('Ułożenie budżetu domowego z rodziną')],
  },
  {
    title: 'Regularne uczęszczanie Kacpra do szkoły',
    area: 'schooling',
    actions: [
      action('Codzienne odprowadzanie do szkoły', { responsible: { kind: 'institution', name: 'SP nr 2' } }),
    ],
  },
];

export async function writePlan(
  session: Session,
  engagementId: string,
  goals: WorkPlanInput['goals'] = twoGoals,
  version: number | null = null,
) {
  return change(session, 'POST', `/api/engagements/${engagementId}/work-plans`, {
    version,
    goals,
    coauthors: { memberIds: [] },
  });
}

/** Marks every action of the plan in force done, in a new version. */
export async function finishPlan(session: Session, engagementId: string) {
  const { plan } = await viewOf(session, engagementId);
  if (!plan) throw new Error('no plan');
  const goals = plan.goals.map((goal) => ({
    ...goal,
    actions: goal.actions.map((a) => ({ ...a, status: 'done' as const, result: 'Zrealizowane.' })),
  }));
  return writePlan(session, engagementId, goals, plan.number);
}

/** From the first contact to monitoring, through the API as the assistant would go. */
export async function driveToMonitoring(session: Session, engagementId: string) {
  await recordFirstContact(session, engagementId);
  await writePlan(session, engagementId);
  const { engagement } = await finishPlan(session, engagementId);
  return change(session, 'POST', `/api/engagements/${engagementId}/monitoring`, {
    version: engagement.version,
    startedOn: warsawDate(),
  });
}

/** The assistant asks to close with the reason; the manager approves. */
export async function closeEngagement(
  assistant: Session,
  manager: Session,
  engagementId: string,
  reason = 'goals_achieved',
) {
  const view = await change(assistant, 'POST', `/api/engagements/${engagementId}/closure-requests`, {
    reason,
    justification: 'Cele planu zostały osiągnięte, monitoring potwierdził umiejętności rodziny.',
  });
  const request = view.requests.find((r) => r.kind === 'closure' && r.status === 'pending');
  const res = await manager.request('POST', `/api/engagement-requests/${request?.id}/approve`, {
    version: request?.version,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
