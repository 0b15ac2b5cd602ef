import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, auditRows, PASSWORD, type Session, startApp, type TestApp } from './harness';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await startApp();
  admin = await t.admin();
});
afterAll(() => t.close());

describe('accounts', () => {
  it('creates an account with a one-time password and writes one audit entry', async () => {
    const before = (await auditRows(t.db, 'user.created')).length;
    const res = await admin.request('POST', '/api/users', {
      email: 'Anna.Zielinska@Test.example',
      name: 'Anna Zielińska',
      roles: ['assistant', 'team_lead'],
      password: PASSWORD,
    });
    expect(res.statusCode).toBe(201);
    const user = res.json();
    expect(user).toMatchObject({
      email: 'anna.zielinska@test.example',
      name: 'Anna Zielińska',
      roles: ['assistant', 'team_lead'],
      active: true,
      mustChangePassword: true,
      version: 1,
    });
    expect(user).not.toHaveProperty('passwordHash');
    const rows = await auditRows(t.db, 'user.created');
    expect(rows.length).toBe(before + 1);
    expect(rows[0]).toMatchObject({ entityId: user.id, actorId: admin.user.id, ip: '127.0.0.1' });
    expect(JSON.stringify(rows[0])).not.toContain(PASSWORD);
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const res = await admin.request('POST', '/api/users', {
      email: 'ANNA.ZIELINSKA@test.example',
      name: 'Ktoś Inny',
      roles: ['assistant'],
      password: PASSWORD,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { path: 'email', code: 'email_taken', message: 'Konto z tym adresem e-mail już istnieje.' },
    ]);
  });

  it('searches and pages through the accounts', async () => {
    for (const name of ['Barbara Łukasik', 'Celina Nowak', 'Dorota Ćwik']) {
      await t.createUser(admin, {
        email: `${name.split(' ')[0]?.toLowerCase()}@search.example`,
        name,
        roles: ['social_worker'],
        password: PASSWORD,
      });
    }
    const found = await admin.request('GET', '/api/users?q=search.example');
    expect(found.json().items.map((u: { name: string }) => u.name)).toEqual([
      'Barbara Łukasik',
      'Celina Nowak',
      'Dorota Ćwik',
    ]);

    const first = (await admin.request('GET', '/api/users?q=search.example&limit=2')).json();
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBeTruthy();
    const second = (
      await admin.request('GET', `/api/users?q=search.example&limit=2&cursor=${first.nextCursor}`)
    ).json();
    expect(second.items.map((u: { name: string }) => u.name)).toEqual(['Dorota Ćwik']);
    expect(second.nextCursor).toBeNull();

    const unaccented = (await admin.request('GET', '/api/users?q=LUKASIK')).json();
    expect(unaccented.items.map((u: { name: string }) => u.name)).toEqual(['Barbara Łukasik']);
    const accented = (await admin.request('GET', '/api/users?q=ćwik')).json();
    expect(accented.items.map((u: { name: string }) => u.name)).toEqual(['Dorota Ćwik']);

    const byRole = (await admin.request('GET', '/api/users?role=admin')).json();
    expect(byRole.items.map((u: { email: string }) => u.email)).toContain(ADMIN.email);
    expect(byRole.items.every((u: { roles: string[] }) => u.roles.includes('admin'))).toBe(true);
  });

  it('lists names in Polish alphabetical order, Ł among the L', async () => {
    for (const name of ['Zofia Zawada', 'Łucja Lis', 'Marek Mróz', 'Leon Lewandowski']) {
      await t.createUser(admin, {
        email: `${name.split(' ')[1]?.toLowerCase()}@order.example`.replace('ó', 'o'),
        name,
        roles: ['assistant'],
        password: PASSWORD,
      });
    }
    const listed = (await admin.request('GET', '/api/users?q=order.example')).json();
    expect(listed.items.map((u: { name: string }) => u.name)).toEqual([
      'Leon Lewandowski',
      'Łucja Lis',
      'Marek Mróz',
      'Zofia Zawada',
    ]);
  });

  it('edits an account with its version and refuses a stale edit with 409, losing nothing', async () => {
    const user = await t.createUser(admin, {
      email: 'edit@test.example',
      name: 'Ewa Edytowana',
      roles: ['assistant'],
      password: PASSWORD,
    });
    const edited = await admin.request('PATCH', `/api/users/${user.id}`, {
      version: 1,
      name: 'Ewa Poprawiona',
      roles: ['assistant', 'manager'],
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      name: 'Ewa Poprawiona',
      roles: ['assistant', 'manager'],
      version: 2,
    });
    const [row] = await auditRows(t.db, 'user.updated');
    expect(row).toMatchObject({
      entityId: user.id,
      details: { changed: ['name', 'roles'], roles: { from: ['assistant'], to: ['assistant', 'manager'] } },
    });

    const stale = await admin.request('PATCH', `/api/users/${user.id}`, { version: 1, name: 'Nadpisana' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('conflict');
    expect((await admin.request('GET', `/api/users/${user.id}`)).json().name).toBe('Ewa Poprawiona');
  });

  it('deactivates an account: its sessions end and it cannot sign in', async () => {
    const person = await t.userWith(['assistant']);
    const current = (await admin.request('GET', `/api/users/${person.user.id}`)).json();
    const res = await admin.request('PATCH', `/api/users/${person.user.id}`, {
      version: current.version,
      active: false,
    });
    expect(res.json().active).toBe(false);
    expect((await person.request('GET', '/api/auth/me')).statusCode).toBe(401);
    const login = await t.call({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: person.user.email, password: `${PASSWORD}-settled` },
    });
    expect(login.statusCode).toBe(401);
  });

  it('keeps the last active administrator', async () => {
    const me = (await admin.request('GET', `/api/users/${admin.user.id}`)).json();
    const demote = await admin.request('PATCH', `/api/users/${admin.user.id}`, {
      version: me.version,
      roles: ['manager'],
    });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().code).toBe('last_admin');
    const deactivate = await admin.request('PATCH', `/api/users/${admin.user.id}`, {
      version: me.version,
      active: false,
    });
    expect(deactivate.json().code).toBe('last_admin');
    expect((await admin.request('GET', `/api/users/${admin.user.id}`)).json()).toMatchObject({
      roles: ['admin'],
      active: true,
    });
  });

  it('sets a one-time password that ends the sessions and must be changed', async () => {
    const person = await t.userWith(['social_worker']);
    const res = await admin.request('POST', `/api/users/${person.user.id}/password`, {
      password: 'temporary-pass-99',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().mustChangePassword).toBe(true);
    expect((await person.request('GET', '/api/auth/me')).statusCode).toBe(401);
    const again = await t.login(person.user.email, 'temporary-pass-99');
    expect((await again.request('GET', '/api/auth/me')).json().mustChangePassword).toBe(true);
    expect((await auditRows(t.db, 'user.password_reset'))[0]).toMatchObject({ entityId: person.user.id });
  });

  it('answers 404 for an account that does not exist', async () => {
    const res = await admin.request('GET', '/api/users/00000000-0000-4000-8000-000000000000');
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('not_found');
  });
});
