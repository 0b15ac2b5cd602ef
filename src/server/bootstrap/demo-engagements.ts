import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { warsawDate } from '../../domain/calendar';
import type { PlanGoal } from '../../domain/work-plan';
import type { Executor } from '../db/client';
import { engagementAssignments, engagements } from '../db/schema';
import {
  insertCourtOpinion,
  insertPlanVersion,
  saveDiagnosis,
  updateEngagement,
} from '../modules/engagements/queries';

/** How far a demo engagement has come, so that the deadline lists have something to show. */
export type DemoProgress = 'implementation' | 'diagnosis';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
const dayAgo = (days: number) => warsawDate(daysAgo(days));

const action = (description: string, dueInDays: number, status: PlanGoal['actions'][number]['status']) => ({
  id: randomUUID(),
  description,
  responsible: { kind: 'assistant' as const },
  deadline: dayAgo(-dueInDays),
  expectedEffect: 'Rodzina samodzielnie radzi sobie w tej sprawie.',
  status,
  result: status === 'done' ? 'Zrealizowano zgodnie z planem.' : null,
});

/**
 * Gives a demo engagement its history: the first contact, a diagnosis and, for one in
 * implementation, two versions of the plan and a court's request for an opinion.
 */
export async function createDemoProgress(
  tx: Executor,
  engagementId: string,
  progress: DemoProgress,
  people: Map<string, string>,
  assistantId: string,
) {
  const firstContact = progress === 'implementation' ? 172 : 35;
  // Assigned a few days before the first contact, not at the demo's start.
  const assignedAt = daysAgo(firstContact + 3);
  await tx.update(engagements).set({ assignedAt }).where(eq(engagements.id, engagementId));
  await tx
    .update(engagementAssignments)
    .set({ startedAt: assignedAt })
    .where(eq(engagementAssignments.engagementId, engagementId));
  await updateEngagement(tx, engagementId, {
    status: progress,
    firstContactDate: dayAgo(firstContact),
    firstContactJoint: true,
    cooperationRules: 'Wizyty we wtorki i czwartki po 15:00; o zmianie terminu informujemy dzień wcześniej.',
  });
  const [child] = [...people.values()].slice(-1);
  await saveDiagnosis(tx, engagementId, null, {
    areas: {
      care_upbringing: 'Rodzice mają trudność z ustaleniem stałych zasad i rytmu dnia dzieci.',
      finances_work: 'Dochód z zasiłków; zaległości w opłatach za mieszkanie.',
      schooling: 'Starsze dziecko często nieobecne w szkole w poniedziałki.',
    },
    strengths: 'Rodzice deklarują chęć zmiany; pomoc babci w opiece nad dziećmi.',
    childViews: child ? [{ personId: child, view: 'Chciałbym, żeby rodzice się nie kłócili.' }] : [],
    updatedBy: assistantId,
  });
  if (progress !== 'implementation') return;
  const goals = (done: boolean): PlanGoal[] => [
    {
      id: 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601',
      title: 'Uregulowanie zaległości czynszowych',
      area: 'finances_work',
      actions: [action('Ułożenie miesięcznego budżetu domowego', 30, done ? 'done' : 'in_progress')],
    },
    {
      id: 'a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f602',
      title: 'Regularne uczęszczanie dzieci do szkoły i przedszkola',
      area: 'schooling',
      actions: [action('Wspólne ustalenie porannego planu dnia', 45, 'planned')],
    },
  ];
  for (const [number, createdDaysAgo] of [
    [1, 150],
    [2, 60],
  ] as const) {
    await insertPlanVersion(tx, {
      engagementId,
      number,
      goals: goals(number === 2),
      coauthors: {
        memberIds: [...people.values()].slice(0, 1),
        socialWorkerId: null,
        fosterCareCoordinator: null,
        childAssistancePlan: null,
      },
      acknowledgedOn: dayAgo(createdDaysAgo),
      acknowledgedBy: 'Katarzyna Kamińska',
      changeNote: number === 2 ? 'Budżet domowy ułożony; plan uzupełniono o wyniki.' : null,
      createdBy: assistantId,
      createdAt: daysAgo(createdDaysAgo),
    });
  }
  await insertCourtOpinion(tx, {
    engagementId,
    court: 'Sąd Rejonowy w Lipowie, III Wydział Rodzinny i Nieletnich',
    caseSignature: 'III Nsm 88/26',
    receivedOn: dayAgo(8),
    dueOn: dayAgo(-6),
    createdBy: assistantId,
  });
}
