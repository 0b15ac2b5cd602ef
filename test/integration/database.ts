import type { DatabaseKind } from '../../src/server/db/client';

export const TEMPLATE_DATABASE = 'asysta_template';

/** ASYSTA_TEST_DB=postgres runs the suite on the server in ASYSTA_TEST_DATABASE_URL. */
export function testDatabaseKind(): DatabaseKind {
  return process.env.ASYSTA_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

/** The server's URL with another database name. */
export function databaseUrl(database: string): string {
  const base = process.env.ASYSTA_TEST_DATABASE_URL;
  if (!base) throw new Error('ASYSTA_TEST_DATABASE_URL must point at a PostgreSQL server');
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}
