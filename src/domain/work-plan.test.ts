import { describe, expect, it } from 'vitest';
import { diffWorkPlans, openActions, openActionTerms, type PlanAction, type PlanGoal } from './work-plan';

const action = (id: string, patch: Partial<PlanAction> = {}): PlanAction => ({
  id,
  description: `Działanie ${id}`,
  responsible: { kind: 'assistant' },
  deadline: '2027-03-31',
  expectedEffect: 'Efekt',
  status: 'planned',
  result: null,
  ...patch,
});
const goal = (id: string, actions: PlanAction[], patch: Partial<PlanGoal> = {}): PlanGoal => ({
  id,
  title: `Cel ${id}`,
  area: 'household',
  actions,
  ...patch,
});

describe('the work plan', () => {
  it('counts the actions still to be done', () => {
    const goals = [
      goal('g1', [action('a1', { status: 'done' }), action('a2', { status: 'in_progress' })]),
      goal('g2', [action('a3'), action('a4', { status: 'not_done' })]),
    ];
    expect(openActions(goals)).toBe(2);
    expect(openActions([])).toBe(0);
    expect(openActionTerms(goals)).toEqual([
      { id: 'a2', description: 'Działanie a2', goal: 'Cel g1', dueOn: '2027-03-31' },
      { id: 'a3', description: 'Działanie a3', goal: 'Cel g2', dueOn: '2027-03-31' },
    ]);
  });

  it('shows what changed between two versions, goal by goal and action by action', () => {
    const v1 = [goal('g1', [action('a1'), action('a2')]), goal('g2', [action('a3')])];
    const v2 = [
      goal('g1', [action('a1', { status: 'done', result: 'Zrobione' }), action('a4')]),
      goal('g3', [action('a5')], { title: 'Nowy cel' }),
    ];
    const diff = diffWorkPlans(v1, v2);
    expect(diff.map((g) => [g.id, g.change])).toEqual([
      ['g1', 'changed'],
      ['g3', 'added'],
      ['g2', 'removed'],
    ]);
    const g1 = diff[0];
    expect(g1?.fields).toEqual([]);
    expect(g1?.actions.map((a) => [a.id, a.change])).toEqual([
      ['a1', 'changed'],
      ['a4', 'added'],
      ['a2', 'removed'],
    ]);
    expect(g1?.actions[0]?.fields).toEqual([
      { field: 'status', before: 'planned', after: 'done' },
      { field: 'result', before: null, after: 'Zrobione' },
    ]);
  });

  it('reports a renamed goal and nothing for an unchanged one', () => {
    const v1 = [goal('g1', [action('a1')]), goal('g2', [action('a2')])];
    const v2 = [goal('g1', [action('a1')], { title: 'Lepszy tytuł' }), goal('g2', [action('a2')])];
    const [renamed, same] = diffWorkPlans(v1, v2);
    expect(renamed?.change).toBe('changed');
    expect(renamed?.fields).toEqual([{ field: 'title', before: 'Cel g1', after: 'Lepszy tytuł' }]);
    expect(same?.change).toBe('unchanged');
  });
});
