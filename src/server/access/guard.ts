import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Locale } from '../../contract/roles';
import { audit } from '../audit/audit';
import { SESSION_COOKIE } from '../auth/cookie';
import type { AuthService } from '../auth/service';
import type { Database } from '../db/client';
import { AppError, forbidden } from '../errors/app-error';
import type { RequestContext } from './context';
import { type Permission, roleHasPermission } from './permissions';

export interface RouteEntry {
  method: string;
  url: string;
  permission: Permission;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: Permission;
  }
  interface FastifyRequest {
    ctx: RequestContext;
    csrfToken: string | null;
  }
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
}

/** The OpenAPI document and its viewer are registered by a plugin and describe no data. */
const PUBLIC_PREFIXES = ['/api/docs'];
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function headerLocale(request: FastifyRequest): Locale | null {
  const first = request.headers['accept-language']?.split(',')[0]?.trim().slice(0, 2).toLowerCase();
  const parsed = Locale.safeParse(first);
  return parsed.success ? parsed.data : null;
}

/*
 * ============================================================================================
 *  THE GATE — every API request passes here before its handler: the session is resolved, the
 *  route's permission is checked against the person's roles, and cookie-authenticated writes
 *  must carry the session's CSRF token. Routes under /api that declare no permission are
 *  refused at registration.
 * ============================================================================================
 */
export function installAccessControl(app: FastifyInstance, auth: AuthService, db: Database): void {
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.decorateRequest('ctx', null as unknown as RequestContext);
  app.decorateRequest('csrfToken', null);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api')) return;
    const permission =
      route.config?.permission ??
      (PUBLIC_PREFIXES.some((prefix) => route.url.startsWith(prefix)) ? 'public' : undefined);
    if (!permission) {
      throw new Error(`Route ${String(route.method)} ${route.url} declares no permission`);
    }
    route.config = { ...route.config, permission };
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routeTable.push({ method, url: route.url, permission });
    }
  });

  app.addHook('onRequest', async (request) => {
    const token = request.url.startsWith('/api') ? request.cookies[SESSION_COOKIE] : undefined;
    const session = token ? await auth.resume(token) : null;
    request.csrfToken = session?.csrfToken ?? null;
    request.ctx = {
      actor: session?.actor ?? null,
      sessionId: session?.sessionId ?? null,
      requestId: request.id,
      ip: request.ip,
      locale: headerLocale(request) ?? session?.actor.locale ?? 'pl',
    };

    const permission = request.routeOptions.config.permission;
    if (!permission || permission === 'public') return;
    const { actor } = request.ctx;
    if (!actor) throw new AppError('unauthenticated');
    if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== request.csrfToken) {
      throw new AppError('csrf_failed');
    }
    if (permission === 'session') return;
    if (actor.mustChangePassword) throw new AppError('password_change_required');
    if (permission === 'authenticated' || roleHasPermission(actor.roles, permission)) return;
    await audit(
      request.ctx,
      db,
      {
        action: 'access.denied',
        entityType: 'route',
        entityId: `${request.method} ${request.routeOptions.url}`,
        details: { method: request.method, permission },
      },
      { outcome: 'denied' },
    );
    throw forbidden();
  });
}
