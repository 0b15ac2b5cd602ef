import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/server/db/schema';
import { PASSWORD, startApp, type TestApp } from './harness';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

describe('a failure in the middle of a request', () => {
  it('leaves the database as it was and answers 500 without internals', async () => {
    const admin = await t.admin();
    // The audit entry is the last write of a creation: make the database refuse it.
    await t.db.execute(
      sql.raw(`
      create function fail_user_created() returns trigger language plpgsql as $$
      begin
        if new.action = 'user.created' then raise exception 'simulated crash'; end if;
        return new;
      end $$`),
    );
    await t.db.execute(
      sql.raw(
        'create trigger fail_user_created before insert on audit_log for each row execute function fail_user_created()',
      ),
    );
    const before = await t.db.$count(users);

    const res = await admin.request('POST', '/api/users', {
      email: 'half.done@test.example',
      name: 'Pół Zrobiona',
      roles: ['assistant'],
      password: PASSWORD,
    });

    expect(res.statusCode).toBe(500);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json();
    expect(body.code).toBe('internal_error');
    expect(body.detail).toContain(body.requestId);
    expect(res.body).not.toContain('simulated crash');
    expect(res.body).not.toMatch(/at .*\.ts/);
    expect(await t.db.$count(users)).toBe(before);
  });
});
