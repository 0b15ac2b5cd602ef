/**
 * The life of an engagement (one period of an assistant's work with a family):
 *
 *   assigned ─first contact→ diagnosis ─work plan→ implementation ─plan's actions done→ monitoring
 *   implementation | monitoring ─closure request (one of six reasons)→ closure_requested
 *   closure_requested ─approved→ closed · ─rejected→ back where it was
 *
 * Pure: the server asks it before every change and refuses with `invalid_transition`, naming
 * what is missing.
 */

export const engagementStatuses = [
  'assigned',
  'diagnosis',
  'implementation',
  'monitoring',
  'closure_requested',
  'closed',
] as const;
export type EngagementStatus = (typeof engagementStatuses)[number];

/** The six reasons an engagement ends (Białystok practice, both sources). */
export const closureReasons = [
  'goals_achieved',
  'family_withdrew',
  'no_effects',
  'method_change',
  'child_of_age',
  'court_decision',
] as const;
export type ClosureReason = (typeof closureReasons)[number];

export type EngagementEvent =
  | { kind: 'first_contact'; date: string | null }
  | { kind: 'adopt_plan'; hasPlan: boolean }
  | { kind: 'start_monitoring'; openActions: number }
  | { kind: 'request_closure'; reason: ClosureReason | null }
  | { kind: 'approve_closure' }
  | { kind: 'reject_closure'; returnTo: 'implementation' | 'monitoring' };

/** What stands in the way of a transition; each has a message in the error catalogue. */
export type TransitionBlocker =
  | 'engagement_closed'
  | 'first_contact_already_recorded'
  | 'first_contact_date_required'
  | 'first_contact_required'
  | 'work_plan_required'
  | 'plan_actions_open'
  | 'implementation_required'
  | 'closure_reason_required'
  | 'closure_not_requested';

export type TransitionResult =
  | { ok: true; status: EngagementStatus }
  | { ok: false; blocker: TransitionBlocker };

const refuse = (blocker: TransitionBlocker): TransitionResult => ({ ok: false, blocker });
const to = (status: EngagementStatus): TransitionResult => ({ ok: true, status });

export function transition(status: EngagementStatus, event: EngagementEvent): TransitionResult {
  if (status === 'closed') return refuse('engagement_closed');
  switch (event.kind) {
    case 'first_contact':
      if (status !== 'assigned') return refuse('first_contact_already_recorded');
      return event.date ? to('diagnosis') : refuse('first_contact_date_required');
    case 'adopt_plan':
      if (status === 'assigned') return refuse('first_contact_required');
      if (status !== 'diagnosis') return refuse('implementation_required');
      return event.hasPlan ? to('implementation') : refuse('work_plan_required');
    case 'start_monitoring':
      if (status === 'assigned') return refuse('first_contact_required');
      if (status === 'diagnosis') return refuse('work_plan_required');
      if (status !== 'implementation') return refuse('implementation_required');
      return event.openActions === 0 ? to('monitoring') : refuse('plan_actions_open');
    case 'request_closure':
      if (status === 'assigned') return refuse('first_contact_required');
      if (status === 'diagnosis') return refuse('work_plan_required');
      if (status === 'closure_requested') return refuse('implementation_required');
      return event.reason ? to('closure_requested') : refuse('closure_reason_required');
    case 'approve_closure':
      return status === 'closure_requested' ? to('closed') : refuse('closure_not_requested');
    case 'reject_closure':
      return status === 'closure_requested' ? to(event.returnTo) : refuse('closure_not_requested');
  }
}
