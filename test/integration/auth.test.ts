import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, auditRows, PASSWORD, startApp, type TestApp } from './harness';

let t: TestApp;
beforeAll(async () => {
  t = await startApp({ ASYSTA_LOGIN_MAX_FAILURES: '3', ASYSTA_LOGIN_LOCK_MINUTES: '15' });
});
afterAll(() => t.close());

describe('signing in', () => {
  it('gives the administrator an HttpOnly SameSite session cookie', async () => {
    const res = await t.call({ method: 'POST', url: '/api/auth/login', payload: ADMIN });
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^asysta_session=/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(res.json()).toMatchObject({
      email: ADMIN.email,
      roles: ['admin'],
      permissions: [
        'users:read',
        'users:manage',
        'audit:read',
        'office:manage',
        'dictionaries:manage',
        'institutions:read',
        'institutions:manage',
        'staff:read',
        'staff:manage',
        'reports:read',
        'reports:define',
        'templates:manage',
      ],
      mustChangePassword: false,
    });
    expect((await auditRows(t.db, 'auth.login')).length).toBeGreaterThan(0);
  });

  it('refuses wrong credentials with 401 problem+json in Polish, and audits the attempt', async () => {
    const res = await t.call({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: ADMIN.email, password: 'not the password' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      code: 'invalid_credentials',
      detail: 'Nieprawidłowy e-mail lub hasło.',
    });
    expect(res.headers['set-cookie']).toBeUndefined();
    const [row] = await auditRows(t.db, 'auth.login_failed');
    expect(row).toMatchObject({
      outcome: 'denied',
      details: { email: ADMIN.email, reason: 'wrong_password' },
    });
  });

  it('answers an unknown email exactly like a wrong password', async () => {
    const res = await t.call({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nobody@test.example', password: 'whatever-it-is' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('invalid_credentials');
  });

  it('locks an account after repeated failures, even against the right password', async () => {
    const victim = await t.userWith(['assistant']);
    for (let i = 0; i < 3; i++) {
      await t.call({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: victim.user.email, password: 'wrong-password-x' },
      });
    }
    const res = await t.call({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: victim.user.email, password: `${PASSWORD}-settled` },
    });
    expect(res.statusCode).toBe(429);
    expect(res.json()).toMatchObject({ code: 'too_many_attempts' });
    expect(res.json().detail).toContain('15 min');
  });

  it('rate-limits sign-in attempts from one address', async () => {
    const limited = await startApp({ ASYSTA_LOGIN_RATE_PER_MINUTE: '3' });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) {
        const res = await limited.call({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: 'x@y.pl', password: 'wrong-password-x' },
        });
        statuses.push(res.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('sessions', () => {
  it('answers GET /api/users with 401 without a session and 403 for an assistant', async () => {
    const anonymous = await t.call({ method: 'GET', url: '/api/users' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().code).toBe('unauthenticated');
    const assistant = await t.userWith(['assistant']);
    const res = await assistant.request('GET', '/api/users');
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('forbidden');
    const [denied] = await auditRows(t.db, 'access.denied');
    expect(denied).toMatchObject({
      actorId: assistant.user.id,
      outcome: 'denied',
      entityId: 'GET /api/users',
    });
  });

  it('ends a session idle for longer than the idle timeout', async () => {
    const admin = await t.admin();
    expect((await admin.request('GET', '/api/auth/me')).statusCode).toBe(200);
    await t.db.execute(
      sql`update sessions set last_seen_at = now() - interval '31 minutes' where user_id = ${admin.user.id}`,
    );
    expect((await admin.request('GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('ends a session past its absolute lifetime, however active', async () => {
    const admin = await t.admin();
    await t.db.execute(
      sql`update sessions set expires_at = now() - interval '1 second' where user_id = ${admin.user.id}`,
    );
    expect((await admin.request('GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('signs out of one session only', async () => {
    const one = await t.admin();
    const two = await t.admin();
    expect((await one.request('POST', '/api/auth/logout')).statusCode).toBe(200);
    expect((await one.request('GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await two.request('GET', '/api/auth/me')).statusCode).toBe(200);
  });

  it('signs out everywhere', async () => {
    const person = await t.userWith(['manager']);
    const other = await t.login(person.user.email, `${PASSWORD}-settled`);
    const res = await person.request('POST', '/api/auth/logout-all');
    expect(res.statusCode).toBe(200);
    expect((await other.request('GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await person.request('GET', '/api/auth/me')).statusCode).toBe(401);
    const [row] = await auditRows(t.db, 'auth.logout_all');
    expect(row).toMatchObject({ actorId: person.user.id });
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const admin = await t.admin();
    const without = await t.call({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin.cookie },
      payload: { email: 'csrf@test.example', name: 'X', roles: ['assistant'], password: PASSWORD },
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().code).toBe('csrf_failed');
    const wrong = await admin.request('POST', '/api/auth/logout', undefined, { 'x-csrf-token': 'forged' });
    expect(wrong.statusCode).toBe(403);
    expect((await admin.request('GET', '/api/auth/me')).statusCode).toBe(200);
  });
});

describe('one-time passwords', () => {
  it('lets a new account do nothing but change its password first', async () => {
    const admin = await t.admin();
    const email = 'nowa.osoba@test.example';
    await t.createUser(admin, { email, name: 'Nowa Osoba', roles: ['admin'], password: PASSWORD });
    const first = await t.login(email, PASSWORD);
    expect((await first.request('GET', '/api/auth/me')).json().mustChangePassword).toBe(true);
    const blocked = await first.request('GET', '/api/users');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('password_change_required');

    const same = await first.request('POST', '/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: PASSWORD,
    });
    expect(same.statusCode).toBe(400);
    expect(same.json().errors).toEqual([
      expect.objectContaining({ path: 'newPassword', code: 'password_same_as_current' }),
    ]);

    const changed = await first.request('POST', '/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'brand-new-password',
    });
    expect(changed.statusCode).toBe(200);
    expect((await first.request('GET', '/api/users')).statusCode).toBe(200);
    expect((await auditRows(t.db, 'auth.password_changed'))[0]).toMatchObject({ actorId: first.user.id });
  });

  it('refuses a password change with a wrong current password', async () => {
    const person = await t.userWith(['dpo']);
    const res = await person.request('POST', '/api/auth/password', {
      currentPassword: 'not-my-password',
      newPassword: 'another-good-password',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'currentPassword', code: 'password_wrong' });
  });

  it('keeps the chosen language on the account', async () => {
    const person = await t.userWith(['assistant']);
    expect((await person.request('PATCH', '/api/auth/me', { locale: 'en' })).statusCode).toBe(200);
    const me = (await person.request('GET', '/api/auth/me')).json();
    expect(me).toMatchObject({
      locale: 'en',
      permissions: [
        'families:read',
        'families:edit',
        'engagements:work',
        'deadlines:read',
        'worktime:own',
        'duty:read',
        'institutions:read',
        'blue_cards:read',
        'blue_cards:write',
      ],
    });
    const problem = await person.request('GET', '/api/users');
    expect(problem.json().detail).toBe('You are not allowed to do this.');
  });
});

describe('security headers', () => {
  it('sends a CSP that forbids framing, and no-sniff', async () => {
    const res = await t.call({ method: 'GET', url: '/api/health' });
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
