import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { bootstrap } from '../../src/server/bootstrap/bootstrap';
import { demoPassword, demoStaff } from '../../src/server/bootstrap/demo-office';
import { loadConfig } from '../../src/server/config';
import { type DatabaseHandle, openPglite, openPostgres } from '../../src/server/db/client';
import { families as familyTable, users } from '../../src/server/db/schema';
import { databaseUrl, testDatabaseKind } from './database';
import { startApp } from './harness';

describe('start-up', () => {
  it('reports health with the kind of database in use, and serves the OpenAPI document', async () => {
    const t = await startApp();
    try {
      const health = await t.call({ method: 'GET', url: '/api/health' });
      expect(health.json()).toEqual({ status: 'ok', database: testDatabaseKind(), version: 'test' });
      const docs = (await t.call({ method: 'GET', url: '/api/docs/json' })).json();
      expect(docs.openapi).toMatch(/^3\./);
      expect(Object.keys(docs.paths)).toEqual(
        expect.arrayContaining([
          '/api/users',
          '/api/auth/login',
          '/api/audit',
          '/api/engagements/{id}/work-plans',
          '/api/deadlines',
        ]),
      );
      expect(docs.paths['/api/users'].post.requestBody.content['application/json'].schema.required).toEqual(
        expect.arrayContaining(['email', 'name', 'roles', 'password']),
      );
    } finally {
      await t.close();
    }
  });

  it('prints a one-time password for the first administrator when none is configured', async () => {
    const t = await startApp({ ASYSTA_ADMIN_PASSWORD: '' });
    try {
      const line = t.notice.find((l) => l.includes('one-time password')) ?? '';
      const password = /one-time password (\S+)/.exec(line)?.[1] ?? '';
      expect(password).toHaveLength(16);
      const session = await t.login('admin@test.example', password);
      expect((await session.request('GET', '/api/auth/me')).json().mustChangePassword).toBe(true);
      expect((await session.request('GET', '/api/users')).json().code).toBe('password_change_required');
    } finally {
      await t.close();
    }
  });

  it('fills an empty database with the demo office, and never a second time', async () => {
    const t = await startApp({ ASYSTA_DEMO: '1', ASYSTA_ADMIN_EMAIL: '' });
    try {
      expect(t.notice.join('\n')).toContain(demoPassword);
      for (const person of demoStaff) {
        const session = await t.login(person.email, demoPassword);
        expect(session.user.roles).toEqual([...person.roles].sort());
      }
      const assistant = await t.login('asystentka@mops-lipowo.example', demoPassword);
      expect((await assistant.request('GET', '/api/families')).json().items).toEqual([
        expect.objectContaining({ name: 'Kamińska, Kamiński', status: 'active' }),
      ]);
      const manager = await t.login('kierownik@mops-lipowo.example', demoPassword);
      const families = (await manager.request('GET', '/api/families')).json().items;
      expect(families.map((f: { status: string }) => f.status).sort()).toEqual([
        'active',
        'active',
        'awaiting_decision',
        'registered',
      ]);
      expect(families.filter((f: { hasContactBan: boolean }) => f.hasContactBan)).toHaveLength(1);
      expect((await manager.request('GET', '/api/requests')).json().items).toHaveLength(1);
      const again = await bootstrap(t.db, t.config);
      expect(again.notice).toEqual(['ASYSTA_DEMO ignored: the database already has data.']);
      expect(await t.db.$count(users)).toBe(demoStaff.length);
      expect(await t.db.$count(familyTable)).toBe(4);
    } finally {
      await t.close();
    }
  });
});

describe('persistence', () => {
  it('keeps the data across a restart', async () => {
    const config = loadConfig({
      ASYSTA_ADMIN_EMAIL: 'keep@test.example',
      ASYSTA_ADMIN_PASSWORD: 'keep-password-1',
    });
    const cleanups: (() => Promise<void> | void)[] = [];
    let open: () => Promise<DatabaseHandle>;
    if (testDatabaseKind() === 'pglite') {
      const dir = mkdtempSync(path.join(tmpdir(), 'asysta-restart-'));
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      open = () => openPglite(dir);
    } else {
      const name = `asysta_r_${randomUUID().replaceAll('-', '')}`;
      const admin = new pg.Client({ connectionString: databaseUrl('postgres') });
      await admin.connect();
      await admin.query(`create database ${name}`);
      cleanups.push(async () => {
        await admin.query(`drop database ${name}`);
        await admin.end();
      });
      open = () => openPostgres(databaseUrl(name), 2);
    }
    try {
      const first = await open();
      await bootstrap(first.db, config);
      await first.close();
      const second = await open();
      expect(await second.db.$count(users)).toBe(1);
      expect((await bootstrap(second.db, config)).notice).toEqual([]);
      await second.close();
    } finally {
      for (const cleanup of cleanups.reverse()) await cleanup();
    }
  });
});
