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
  /** Any other record of the work with the family (diagnosis, assessment, supporting family). */
  | { kind: 'record_work' }
  /** The first version of the work plan starts the implementation; later ones modify it. */
  | { kind: 'save_plan' }
  | { kind: 'request_extension' }
  | { kind: 'start_monitoring'; openActions: number }
  | { kind: 'record_monitoring_result' }
  | { kind: 'request_closure' }
  | { kind: 'approve_closure' }
  | { kind: 'reject_closure'; returnTo: 'implementation' | 'monitoring' }
  /** A change that any open engagement allows (cooperation rules, a court's request). */
  | { kind: 'edit' };

/** What stands in the way of a transition; each has a message in the error catalogue. */
export const transitionBlockers = [
  'engagement_closed',
  'first_contact_already_recorded',
  'first_contact_date_required',
  'first_contact_required',
  'work_plan_required',
  'plan_actions_open',
  'monitoring_already_started',
  'monitoring_required',
  'closure_pending',
  'closure_not_requested',
] as const;
export type TransitionBlocker = (typeof transitionBlockers)[number];

export type TransitionResult =
  | { ok: true; status: EngagementStatus }
  | { ok: false; blocker: TransitionBlocker };

const refuse = (blocker: TransitionBlocker): TransitionResult => ({ ok: false, blocker });
const to = (status: EngagementStatus): TransitionResult => ({ ok: true, status });

/** The steps that need a plan in force: refused before it, and while a closure awaits decision. */
function withPlan(status: EngagementStatus, next: () => TransitionResult): TransitionResult {
  if (status === 'assigned') return refuse('first_contact_required');
  if (status === 'diagnosis') return refuse('work_plan_required');
  if (status === 'closure_requested') return refuse('closure_pending');
  return next();
}

export function transition(status: EngagementStatus, event: EngagementEvent): TransitionResult {
  if (status === 'closed') return refuse('engagement_closed');
  switch (event.kind) {
    case 'first_contact':
      if (status !== 'assigned') return refuse('first_contact_already_recorded');
      return event.date ? to('diagnosis') : refuse('first_contact_date_required');
    case 'record_work':
      return status === 'assigned' ? refuse('first_contact_required') : to(status);
    case 'save_plan':
      if (status === 'assigned') return refuse('first_contact_required');
      if (status === 'closure_requested') return refuse('closure_pending');
      return to(status === 'diagnosis' ? 'implementation' : status);
    case 'request_extension':
      return withPlan(status, () => to(status));
    case 'start_monitoring':
      return withPlan(status, () => {
        if (status === 'monitoring') return refuse('monitoring_already_started');
        return event.openActions === 0 ? to('monitoring') : refuse('plan_actions_open');
      });
    case 'record_monitoring_result':
      return status === 'monitoring' ? to(status) : refuse('monitoring_required');
    case 'request_closure':
      return withPlan(status, () => to('closure_requested'));
    case 'approve_closure':
      return status === 'closure_requested' ? to('closed') : refuse('closure_not_requested');
    case 'reject_closure':
      return status === 'closure_requested' ? to(event.returnTo) : refuse('closure_not_requested');
    case 'edit':
      return to(status);
  }
}
