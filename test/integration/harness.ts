import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { desc, eq } from 'drizzle-orm';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import type { Role } from '../../src/contract/roles';
import type { User } from '../../src/contract/users';
import { buildApp } from '../../src/server/app';
import { bootstrap } from '../../src/server/bootstrap/bootstrap';
import { type Config, loadConfig } from '../../src/server/config';
import { type DatabaseHandle, openPglite, openPostgres } from '../../src/server/db/client';
import { auditLog } from '../../src/server/db/schema';
import { databaseUrl, TEMPLATE_DATABASE, testDatabaseKind } from './database';

export const ADMIN = { email: 'admin@test.example', password: 'admin-password-1' };
export const PASSWORD = 'a-good-password-1';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** A signed-in person: requests carry the session cookie and the CSRF token. */
export interface Session {
  cookie: string;
  csrfToken: string;
  user: { id: string; email: string; roles: Role[] };
  request(
    method: Method,
    url: string,
    payload?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

export type TestApp = Awaited<ReturnType<typeof startApp>>;

/** A fresh database cloned from the run's template. */
export async function cloneDatabase(): Promise<DatabaseHandle> {
  if (testDatabaseKind() === 'pglite') {
    const dump = readFileSync(inject('pgliteTemplate'));
    return openPglite(undefined, { loadDataDir: new Blob([dump]) });
  }
  const name = `asysta_t_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: databaseUrl('postgres') });
  await admin.connect();
  await admin.query(`create database ${name} template ${TEMPLATE_DATABASE}`);
  const handle = await openPostgres(databaseUrl(name), 5);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await admin.query(`drop database if exists ${name}`);
      await admin.end();
    },
  };
}

/** Builds the app on a fresh database with its first administrator, as at first start. */
export async function startApp(env: Record<string, string> = {}) {
  const database = await cloneDatabase();
  const config: Config = loadConfig({
    LOG_LEVEL: process.env.TEST_LOG ?? 'silent',
    ASYSTA_ADMIN_EMAIL: ADMIN.email,
    ASYSTA_ADMIN_PASSWORD: ADMIN.password,
    ASYSTA_WEB_DIR: '/nonexistent',
    ASYSTA_LOGIN_RATE_PER_MINUTE: '100000',
    ...env,
  });
  const boot = await bootstrap(database.db, config);
  // The app's clock: real time unless a test sets a day (noon in Warsaw) with `setToday`.
  let fixedNow: Date | null = null;
  const now = () => fixedNow ?? new Date();
  const app = await buildApp({ db: database.db, dbKind: database.kind, config, version: 'test', now });

  const call = (options: InjectOptions) => app.inject(options);

  async function login(email: string, password: string): Promise<Session> {
    const res = await call({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    if (res.statusCode !== 200) throw new Error(`login of ${email} failed: ${res.statusCode} ${res.body}`);
    const me = res.json();
    const cookie = String(res.headers['set-cookie']).split(';')[0] ?? '';
    return {
      cookie,
      csrfToken: me.csrfToken,
      user: { id: me.id, email: me.email, roles: me.roles },
      request: (method, url, payload, headers = {}) =>
        call({
          method,
          url,
          payload: payload as InjectOptions['payload'],
          headers: { cookie, 'x-csrf-token': me.csrfToken, ...headers },
        }),
    };
  }

  let counter = 0;

  /** Creates an account through the API and signs it in, its password already settled. */
  async function userWith(roles: Role[], name = `Osoba ${++counter}`): Promise<Session> {
    const adminSession = await login(ADMIN.email, ADMIN.password);
    const email = `${roles.join('.')}.${randomUUID().slice(0, 8)}@test.example`;
    const created = await adminSession.request('POST', '/api/users', {
      email,
      name,
      roles,
      password: PASSWORD,
    });
    if (created.statusCode !== 201) throw new Error(`create user failed: ${created.body}`);
    const first = await login(email, PASSWORD);
    const changed = await first.request('POST', '/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: `${PASSWORD}-settled`,
    });
    if (changed.statusCode !== 200) throw new Error(`password change failed: ${changed.body}`);
    return first;
  }

  return {
    app,
    db: database.db,
    kind: database.kind,
    config,
    notice: boot.notice,
    call,
    login,
    userWith,
    admin: () => login(ADMIN.email, ADMIN.password),
    setToday(date: string | null) {
      fixedNow = date === null ? null : new Date(`${date}T12:00:00+01:00`);
    },
    async createUser(session: Session, body: Record<string, unknown>): Promise<User> {
      const res = await session.request('POST', '/api/users', body);
      if (res.statusCode !== 201) throw new Error(`create user failed: ${res.body}`);
      return res.json();
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** The audit rows of one action, newest first, straight from the table. */
export async function auditRows(db: TestApp['db'], action: string) {
  return db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(desc(auditLog.id));
}
