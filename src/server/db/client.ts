import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { type Logger, sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
/** Anything a query can run on: the database or an open transaction. */
export type Executor = Database | Tx;
export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  close(): Promise<void>;
}

/** The committed migrations, found upwards from this file: from src/ in development, dist/ in production. */
function findMigrationsFolder(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'drizzle');
    if (existsSync(path.join(candidate, 'meta', '_journal.json'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('The migrations folder (drizzle/) was not found');
    dir = parent;
  }
}

const migrationsFolder = findMigrationsFolder();

/** An arbitrary constant: serialises migrations when several app processes start at once. */
const MIGRATION_LOCK = 7_325_001;

/** Opens the embedded database in `dataDir` (created if missing) and applies migrations. */
export async function openPglite(
  dataDir: string | undefined,
  options: { loadDataDir?: Blob; logger?: Logger } = {},
): Promise<DatabaseHandle> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // The extensions the migrations create; a PostgreSQL server has them in its contrib package.
  const client = await PGlite.create(dataDir, {
    loadDataDir: options.loadDataDir,
    extensions: { unaccent, pg_trgm },
  });
  const db = drizzlePglite(client, { schema, logger: options.logger }) as unknown as Database;
  await migratePglite(drizzlePglite(client), { migrationsFolder });
  return { db, kind: 'pglite', close: () => client.close() };
}

/** Connects a pool to a PostgreSQL server and applies migrations under an advisory lock. */
export async function openPostgres(url: string, poolMax: number, logger?: Logger): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: poolMax });
  const lockClient = await pool.connect();
  try {
    await lockClient.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(drizzlePg(lockClient), { migrationsFolder });
  } finally {
    await lockClient.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    lockClient.release();
  }
  const db = drizzlePg(pool, { schema, logger }) as unknown as Database;
  return { db, kind: 'postgres', close: () => pool.end() };
}

/** Chooses the database from the configuration: a server when DATABASE_URL is set. */
export function openDatabase(config: {
  DATABASE_URL?: string | undefined;
  DATABASE_POOL_MAX: number;
  ASYSTA_DATA_DIR: string;
}): Promise<DatabaseHandle> {
  return config.DATABASE_URL
    ? openPostgres(config.DATABASE_URL, config.DATABASE_POOL_MAX)
    : openPglite(path.resolve(config.ASYSTA_DATA_DIR));
}

export async function pingDatabase(db: Database): Promise<void> {
  await db.execute(sql`select 1`);
}
