import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, PASSWORD, startApp, type TestApp } from './harness';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(() => t.close());

describe('the audit log', () => {
  it('cannot be changed or removed in SQL', async () => {
    const [row] = await auditRows(t.db, 'system.admin_created');
    expect(row).toBeDefined();
    await expect(
      t.db.execute(sql`update audit_log set action = 'forged' where id = ${row?.id}`),
    ).rejects.toThrow();
    await expect(t.db.execute(sql`delete from audit_log where id = ${row?.id}`)).rejects.toThrow();
    await expect(t.db.execute(sql`truncate audit_log`)).rejects.toThrow();
    expect((await auditRows(t.db, 'system.admin_created')).length).toBe(1);
  });

  it('is browsed by the data-protection officer with filters, and the browsing is audited', async () => {
    const admin = await t.admin();
    const dpo = await t.userWith(['dpo']);
    const created = await t.createUser(admin, {
      email: 'audit.target@test.example',
      name: 'Cel Audytu',
      roles: ['assistant'],
      password: PASSWORD,
    });

    const res = await dpo.request('GET', `/api/audit?entityId=${created.id}&action=user.`);
    expect(res.statusCode).toBe(200);
    const { items } = res.json();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      action: 'user.created',
      actorId: admin.user.id,
      actorName: 'Administrator',
      actorKind: 'user',
      outcome: 'success',
      entityType: 'user',
      summary: 'email: audit.target@test.example; roles: assistant',
    });
    const [searched] = await auditRows(t.db, 'audit.searched');
    expect(searched).toMatchObject({
      actorId: dpo.user.id,
      details: { entityId: created.id, action: 'user.' },
    });
  });

  it('pages newest first and filters by outcome and date', async () => {
    const admin = await t.admin();
    const first = (await admin.request('GET', '/api/audit?limit=2')).json();
    expect(first.items).toHaveLength(2);
    expect(Number(first.items[0].id)).toBeGreaterThan(Number(first.items[1].id));
    const next = (await admin.request('GET', `/api/audit?limit=2&cursor=${first.nextCursor}`)).json();
    expect(Number(next.items[0].id)).toBeLessThan(Number(first.items[1].id));

    await t.call({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'who@test.example', password: 'wrong-password' },
    });
    const denied = (await admin.request('GET', '/api/audit?outcome=denied')).json();
    expect(denied.items.length).toBeGreaterThan(0);
    expect(denied.items.every((e: { outcome: string }) => e.outcome === 'denied')).toBe(true);

    const future = (await admin.request('GET', '/api/audit?from=2999-01-01')).json();
    expect(future.items).toEqual([]);
  });

  it('is closed to managers', async () => {
    const manager = await t.userWith(['manager']);
    expect((await manager.request('GET', '/api/audit')).statusCode).toBe(403);
  });
});
