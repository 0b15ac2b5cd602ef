import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { warsawDate } from '../../src/domain/calendar';
import { users } from '../../src/server/db/schema';
import { change, driveToMonitoring, viewOf } from './engagement-fixtures';
import { assignFamily } from './families-fixtures';
import { PASSWORD, startApp, type TestApp } from './harness';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

/**
 * Makes the database refuse the audit entry of one action — the last write of its request —
 * until the returned function lifts it.
 */
async function failAuditOf(action: string) {
  await t.db.execute(
    sql.raw(`
    create function fail_audit() returns trigger language plpgsql as $$
    begin
      if new.action = '${action}' then raise exception 'simulated crash'; end if;
      return new;
    end $$`),
  );
  await t.db.execute(
    sql.raw(
      'create trigger fail_audit before insert on audit_log for each row execute function fail_audit()',
    ),
  );
  return async () => {
    await t.db.execute(sql.raw('drop trigger fail_audit on audit_log'));
    await t.db.execute(sql.raw('drop function fail_audit'));
  };
}

describe('a failure in the middle of a request', () => {
  it('leaves the database as it was and answers 500 without internals', async () => {
    const admin = await t.admin();
    const lift = await failAuditOf('user.created');
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
    await lift();
  });

  it('leaves an approved closure undone when its last write fails', async () => {
    const worker = await t.userWith(['social_worker']);
    const manager = await t.userWith(['manager']);
    const assistant = await t.userWith(['assistant']);
    const { request } = await assignFamily(worker, manager, assistant.user.id);
    const id = request.engagementId;
    await driveToMonitoring(assistant, id);
    const asked = await change(assistant, 'POST', `/api/engagements/${id}/closure-requests`, {
      reason: 'goals_achieved',
      justification: 'Cele osiągnięte.',
    });
    // The approval closes the engagement, ends the assignment, then audits: fail the audit.
    const lift = await failAuditOf('engagement.request_approved');
    const closure = asked.requests[0];
    const res = await manager.request('POST', `/api/engagement-requests/${closure?.id}/approve`, {
      version: closure?.version,
    });
    expect(res.statusCode).toBe(500);
    const view = await viewOf(assistant, id);
    expect(view.engagement).toMatchObject({ status: 'closure_requested', closedOn: null });
    expect(view.requests[0]).toMatchObject({ status: 'pending', version: closure?.version });
    expect(view.engagement.assignments.at(-1)?.to).toBeNull();
    await lift();
  });

  it('leaves a visit planned and no contact behind when marking it held fails midway', async () => {
    const worker = await t.userWith(['social_worker']);
    const manager = await t.userWith(['manager']);
    const assistant = await t.userWith(['assistant']);
    const { request } = await assignFamily(worker, manager, assistant.user.id);
    const id = request.engagementId;
    const { engagement } = await viewOf(assistant, id);
    const today = warsawDate();
    await change(assistant, 'POST', `/api/engagements/${id}/first-contact`, {
      version: engagement.version,
      date: today,
      jointWithSocialWorker: false,
    });
    const span = {
      date: today,
      startTime: '08:00',
      endTime: '09:00',
      kind: 'home_visit',
      place: 'family_home',
    };
    const visit = (await assistant.request('POST', `/api/engagements/${id}/visits`, span)).json();
    // The contact is written, then its audit entry fails: neither it nor the visit's change stays.
    const lift = await failAuditOf('contact.created');
    const res = await assistant.request('POST', `/api/visits/${visit.id}/held`, {
      ...span,
      version: visit.version,
      participants: { memberIds: [] },
      description: 'Wizyta w domu rodziny.',
      actionIds: [],
    });
    expect(res.statusCode).toBe(500);
    await lift();
    const log = (await assistant.request('GET', `/api/engagements/${id}/contacts`)).json();
    expect(log.items).toEqual([]);
    const calendar = (await assistant.request('GET', `/api/calendar?from=${today}&to=${today}`)).json();
    expect(calendar.visits).toEqual([
      expect.objectContaining({ id: visit.id, status: 'planned', contactId: null }),
    ]);
  });
});
