import type { DiagnosisArea } from './diagnosis';

/**
 * The work plan (art. 15 ust. 3): goals, each with actions that have who does them, a deadline
 * and the expected effect. Goals and actions keep their ids from version to version, which is
 * what lets two versions be compared and contacts point at the action they advanced.
 */
export const actionStatuses = ['planned', 'in_progress', 'done', 'not_done'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export const responsibleKinds = ['member', 'assistant', 'social_worker', 'institution'] as const;
export type Responsible =
  | { kind: 'member'; personId: string }
  | { kind: 'assistant' }
  | { kind: 'social_worker' }
  | { kind: 'institution'; name: string };

export interface PlanAction {
  id: string;
  description: string;
  responsible: Responsible;
  deadline: string;
  expectedEffect: string;
  status: ActionStatus;
  result: string | null;
}

export interface PlanGoal {
  id: string;
  title: string;
  area: DiagnosisArea | null;
  actions: PlanAction[];
}

const isOpen = (action: PlanAction) => action.status === 'planned' || action.status === 'in_progress';

/** Actions still to be done; monitoring starts only when there are none. */
export function openActions(goals: readonly PlanGoal[]): number {
  return goals.flatMap((goal) => goal.actions).filter(isOpen).length;
}

/** The open actions with their goals: each one's deadline belongs on the deadline lists. */
export function openActionTerms(goals: readonly PlanGoal[]) {
  return goals.flatMap((goal) =>
    goal.actions.filter(isOpen).map((action) => ({
      id: action.id,
      description: action.description,
      goal: goal.title,
      dueOn: action.deadline,
    })),
  );
}

export type Change = 'added' | 'removed' | 'changed' | 'unchanged';
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}
export interface ActionDiff {
  id: string;
  description: string;
  change: Change;
  fields: FieldChange[];
}
export interface GoalDiff {
  id: string;
  title: string;
  change: Change;
  fields: FieldChange[];
  actions: ActionDiff[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function fieldChanges<T extends object>(before: T, after: T, fields: readonly (keyof T & string)[]) {
  return fields
    .filter((field) => !same(before[field], after[field]))
    .map((field) => ({ field, before: before[field], after: after[field] }));
}

/** Pairs items by id: those of `after` in their order, then the ones `after` dropped. */
function pair<T extends { id: string }>(before: readonly T[], after: readonly T[]) {
  const old = new Map(before.map((item) => [item.id, item]));
  const kept = new Set(after.map((item) => item.id));
  return [
    ...after.map((item) => ({ before: old.get(item.id), after: item as T | undefined })),
    ...before
      .filter((item) => !kept.has(item.id))
      .map((item) => ({ before: item as T | undefined, after: undefined })),
  ];
}

const changeOf = (before: unknown, after: unknown, changed: boolean): Change =>
  !before ? 'added' : !after ? 'removed' : changed ? 'changed' : 'unchanged';

/** The fields a comparison of two versions looks at, of a goal and of an action. */
export const goalFields = ['title', 'area'] as const;
export const actionFields = [
  'description',
  'responsible',
  'deadline',
  'expectedEffect',
  'status',
  'result',
] as const;
export type PlanField = (typeof goalFields)[number] | (typeof actionFields)[number];

/** What changed from one version of the plan to another, goal by goal and action by action. */
export function diffWorkPlans(before: readonly PlanGoal[], after: readonly PlanGoal[]): GoalDiff[] {
  return pair(before, after).map(({ before: oldGoal, after: newGoal }) => {
    const goal = (newGoal ?? oldGoal) as PlanGoal;
    const actions = pair(oldGoal?.actions ?? [], newGoal?.actions ?? []).map(({ before: a, after: b }) => {
      const fields = a && b ? fieldChanges(a, b, actionFields) : [];
      const action = (b ?? a) as PlanAction;
      return {
        id: action.id,
        description: action.description,
        change: changeOf(a, b, fields.length > 0),
        fields,
      };
    });
    const fields = oldGoal && newGoal ? fieldChanges(oldGoal, newGoal, goalFields) : [];
    const changed = fields.length > 0 || actions.some((action) => action.change !== 'unchanged');
    return { id: goal.id, title: goal.title, change: changeOf(oldGoal, newGoal, changed), fields, actions };
  });
}
