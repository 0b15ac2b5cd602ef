import { describe, expect, it } from 'vitest';
import { type EngagementEvent, type EngagementStatus, engagementStatuses, transition } from './engagement';

const ok = (status: EngagementStatus) => ({ ok: true, status });
const blocked = (blocker: string) => ({ ok: false, blocker });

describe('the life of an engagement', () => {
  it('goes from assignment to closure along the path the law and practice set', () => {
    let status: EngagementStatus = 'assigned';
    const steps: [EngagementEvent, EngagementStatus][] = [
      [{ kind: 'first_contact', date: '2026-11-24' }, 'diagnosis'],
      [{ kind: 'record_work' }, 'diagnosis'],
      [{ kind: 'save_plan' }, 'implementation'],
      [{ kind: 'save_plan' }, 'implementation'],
      [{ kind: 'request_extension' }, 'implementation'],
      [{ kind: 'start_monitoring', openActions: 0 }, 'monitoring'],
      [{ kind: 'record_monitoring_result' }, 'monitoring'],
      [{ kind: 'request_closure' }, 'closure_requested'],
      [{ kind: 'approve_closure' }, 'closed'],
    ];
    for (const [event, next] of steps) {
      const result = transition(status, event);
      expect(result, event.kind).toEqual(ok(next));
      if (result.ok) status = result.status;
    }
  });

  it('says what is missing when a step is taken too early', () => {
    expect(transition('assigned', { kind: 'save_plan' })).toEqual(blocked('first_contact_required'));
    expect(transition('assigned', { kind: 'record_work' })).toEqual(blocked('first_contact_required'));
    expect(transition('diagnosis', { kind: 'request_extension' })).toEqual(blocked('work_plan_required'));
    expect(transition('diagnosis', { kind: 'start_monitoring', openActions: 0 })).toEqual(
      blocked('work_plan_required'),
    );
    expect(transition('monitoring', { kind: 'start_monitoring', openActions: 0 })).toEqual(
      blocked('monitoring_already_started'),
    );
    expect(transition('implementation', { kind: 'record_monitoring_result' })).toEqual(
      blocked('monitoring_required'),
    );
    expect(transition('diagnosis', { kind: 'first_contact', date: '2026-11-24' })).toEqual(
      blocked('first_contact_already_recorded'),
    );
    expect(transition('assigned', { kind: 'first_contact', date: null })).toEqual(
      blocked('first_contact_date_required'),
    );
    expect(transition('implementation', { kind: 'start_monitoring', openActions: 2 })).toEqual(
      blocked('plan_actions_open'),
    );
    expect(transition('diagnosis', { kind: 'request_closure' })).toEqual(blocked('work_plan_required'));
    expect(transition('monitoring', { kind: 'approve_closure' })).toEqual(blocked('closure_not_requested'));
  });

  it('allows a closure request from implementation or monitoring, and returns there when rejected', () => {
    for (const from of ['implementation', 'monitoring'] as const) {
      expect(transition(from, { kind: 'request_closure' })).toEqual(ok('closure_requested'));
      expect(transition('closure_requested', { kind: 'reject_closure', returnTo: from })).toEqual(ok(from));
    }
  });

  it('holds the plan and the requests still while the manager decides on a closure', () => {
    for (const event of [
      { kind: 'save_plan' },
      { kind: 'request_extension' },
      { kind: 'start_monitoring', openActions: 0 },
      { kind: 'request_closure' },
    ] as const) {
      expect(transition('closure_requested', event), event.kind).toEqual(blocked('closure_pending'));
    }
    expect(transition('closure_requested', { kind: 'edit' })).toEqual(ok('closure_requested'));
  });

  it('changes nothing once closed', () => {
    const events: EngagementEvent[] = [
      { kind: 'first_contact', date: '2026-11-24' },
      { kind: 'record_work' },
      { kind: 'save_plan' },
      { kind: 'request_extension' },
      { kind: 'start_monitoring', openActions: 0 },
      { kind: 'record_monitoring_result' },
      { kind: 'request_closure' },
      { kind: 'edit' },
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
