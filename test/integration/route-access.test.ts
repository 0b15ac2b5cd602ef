import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Role, roles } from '../../src/contract/roles';
import { installAccessControl } from '../../src/server/access/guard';
import { type Permission, roleHasPermission } from '../../src/server/access/permissions';
import type { AuthService } from '../../src/server/auth/service';
import { PASSWORD, startApp, type TestApp } from './harness';

let t: TestApp;
const emails = new Map<Role, string>();
beforeAll(async () => {
  t = await startApp();
  for (const role of roles) emails.set(role, (await t.userWith([role], `Rola ${role}`)).user.email);
});
afterAll(() => t.close());

const ANY_ID = '00000000-0000-4000-8000-000000000000';

/** What the permission table promises for one caller; `null` is a caller with no session. */
function expectedAccess(permission: Permission, role: Role | null): 'allowed' | 401 | 403 {
  if (permission === 'public') return 'allowed';
  if (role === null) return 401;
  if (permission === 'session' || permission === 'authenticated') return 'allowed';
  return roleHasPermission([role], permission) ? 'allowed' : 403;
}

describe('every route with every role', () => {
  it('answers as the permission table says', async () => {
    const routes = t.app.routeTable;
    expect(routes.length).toBeGreaterThan(10);
    const mismatches: string[] = [];
    const signIn = (role: Role) => t.login(emails.get(role) ?? '', `${PASSWORD}-settled`);
    const shared = new Map(await Promise.all(roles.map(async (role) => [role, await signIn(role)] as const)));
    // Reads and others' data first: "sign out everywhere" ends the shared sessions too.
    const isAccountWrite = (route: { method: string; url: string }) =>
      route.method !== 'GET' && route.url.startsWith('/api/auth/');
    const accountWritesLast = [...routes].sort(
      (a, b) => Number(isAccountWrite(a)) - Number(isAccountWrite(b)),
    );
    for (const route of accountWritesLast) {
      const url = route.url.replace(/:\w+/g, ANY_ID).replace('*', 'x');
      for (const role of [null, ...roles] as const) {
        // The account's own writes (signing out, a new password) end the session they run in:
        // each gets a fresh one. Signing in is slow by design, so the other routes share one.
        const session = role ? (isAccountWrite(route) ? await signIn(role) : shared.get(role)) : null;
        const res = session
          ? await session.request(route.method as 'GET', url, route.method === 'GET' ? undefined : {})
          : await t.call({
              method: route.method as 'GET',
              url,
              payload: route.method === 'GET' ? undefined : {},
            });
        const expected = expectedAccess(route.permission, role);
        const ok =
          expected === 'allowed' ? ![401, 403].includes(res.statusCode) : res.statusCode === expected;
        if (!ok)
          mismatches.push(
            `${route.method} ${route.url} as ${role ?? 'anonymous'}: ${res.statusCode}, expected ${expected}`,
          );
        if (res.statusCode >= 500)
          mismatches.push(`${route.method} ${route.url} as ${role ?? 'anonymous'}: ${res.statusCode}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('lists the routes of every module, the documentation included', () => {
    const keys = t.app.routeTable.map((r) => `${r.method} ${r.url}`);
    expect(keys).toEqual(
      expect.arrayContaining([
        'GET /api/health',
        'POST /api/auth/login',
        'GET /api/users',
        'GET /api/audit',
        'GET /api/docs/json',
      ]),
    );
  });
});

describe('registering a route', () => {
  it('fails when the route names no permission', async () => {
    const app = Fastify();
    installAccessControl(app, {} as AuthService, t.db);
    expect(() => app.get('/api/forgotten', async () => 'open')).toThrow(
      'GET /api/forgotten declares no permission',
    );
  });
});
