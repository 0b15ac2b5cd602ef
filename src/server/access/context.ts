import type { Locale, Role } from '../../contract/roles';

/** The signed-in person on whose behalf a request runs. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  officeId: string;
  officeName: string;
  locale: Locale;
  mustChangePassword: boolean;
}

/** Built once per request by the auth hook and passed first to every service. */
export interface RequestContext {
  actor: Actor | null;
  sessionId: string | null;
  requestId: string;
  ip: string | null;
  locale: Locale;
  /** Set only for work the system does on its own (start-up, demo data), and audited as such. */
  system?: string;
}

export interface UserContext extends RequestContext {
  actor: Actor;
}

/*
 * ============================================================================================
 *  SYSTEM CONTEXT — for start-up, seeding and jobs only. It bypasses no check by itself, but
 *  whatever runs under it is audited as the system, never as a person.
 * ============================================================================================
 */
export function systemContext(reason: string): RequestContext {
  return {
    actor: null,
    sessionId: null,
    requestId: `system:${reason}`,
    ip: null,
    locale: 'pl',
    system: reason,
  };
}

export function isUserContext(ctx: RequestContext): ctx is UserContext {
  return ctx.actor !== null;
}
