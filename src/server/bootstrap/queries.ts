import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { offices, users } from '../db/schema';

/** An arbitrary constant: one process at a time prepares an empty database. */
const BOOTSTRAP_LOCK = 7_325_002;

export async function lockBootstrap(tx: Executor) {
  await tx.execute(sql`select pg_advisory_xact_lock(${BOOTSTRAP_LOCK})`);
}

export async function hasAnyUser(db: Executor) {
  const rows = await db.select({ id: users.id }).from(users).limit(1);
  return rows.length > 0;
}

export async function insertOffice(db: Executor, values: typeof offices.$inferInsert) {
  const [row] = await db.insert(offices).values(values).returning({ id: offices.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}
