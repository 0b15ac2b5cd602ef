import { describe, expect, it } from 'vitest';
import { type EngagementEvent, type EngagementStatus, engagementStatuses, transition } from './engagement';

const ok = (status: EngagementStatus) => ({ ok: true, status });
const blocked = (blocker: string) => ({ ok: false, blocker });

describe('the life of an engagement', () => {
  it('goes from assignment to closure along the path the law and practice set', () => {
    let status: EngagementStatus = 'assigned';
    const steps: [EngagementEvent, EngagementStatus][] = [
      [{ kind: 'first_contact', date: '2026-11-24' }, 'diagnosis'],
      [{ kind: 'adopt_plan', hasPlan: true }, 'implementation'],
      [{ kind: 'start_monitoring', openActions: 0 }, 'monitoring'],
      [{ kind: 'request_closure', reason: 'goals_achieved' }, 'closure_requested'],
      [{ kind: 'approve_closure' }, 'closed'],
    ];
    for (const [event, next] of steps) {
      const result = transition(status, event);
      expect(result, event.kind).toEqual(ok(next));
      if (result.ok) status = result.status;
    }
  });

  it('says what is missing when a step is taken too early', () => {
    expect(transition('assigned', { kind: 'adopt_plan', hasPlan: true })).toEqual(
      blocked('first_contact_required'),
    );
    expect(transition('diagnosis', { kind: 'adopt_plan', hasPlan: false })).toEqual(
      blocked('work_plan_required'),
    );
    expect(transition('assigned', { kind: 'first_contact', date: null })).toEqual(
      blocked('first_contact_date_required'),
    );
    expect(transition('implementation', { kind: 'start_monitoring', openActions: 2 })).toEqual(
      blocked('plan_actions_open'),
    );
    expect(transition('diagnosis', { kind: 'request_closure', reason: 'family_withdrew' })).toEqual(
      blocked('work_plan_required'),
    );
    expect(transition('implementation', { kind: 'request_closure', reason: null })).toEqual(
      blocked('closure_reason_required'),
    );
    expect(transition('monitoring', { kind: 'approve_closure' })).toEqual(blocked('closure_not_requested'));
  });

  it('allows a closure request from implementation or monitoring, and returns there when rejected', () => {
    for (const from of ['implementation', 'monitoring'] as const) {
      expect(transition(from, { kind: 'request_closure', reason: 'no_effects' })).toEqual(
        ok('closure_requested'),
      );
      expect(transition('closure_requested', { kind: 'reject_closure', returnTo: from })).toEqual(ok(from));
    }
  });

  it('changes nothing once closed', () => {
    const events: EngagementEvent[] = [
      { kind: 'first_contact', date: '2026-11-24' },
      { kind: 'adopt_plan', hasPlan: true },
      { kind: 'start_monitoring', openActions: 0 },
      { kind: 'request_closure', reason: 'court_decision' },
      { kind: 'approve_closure' },
      { kind: 'reject_closure', returnTo: 'implementation' },
    ];
    for (const event of events) expect(transition('closed', event)).toEqual(blocked('engagement_closed'));
  });

  it('never jumps to closed without a closure request', () => {
    for (const status of engagementStatuses.filter((s) => s !== 'closure_requested' && s !== 'closed')) {
      expect(transition(status, { kind: 'approve_closure' })).toEqual(blocked('closure_not_requested'));
    }
  });
});
