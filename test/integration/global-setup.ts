import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '../../src/server/db/client';
import { databaseUrl, TEMPLATE_DATABASE, testDatabaseKind } from './database';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

/**
 * One migrated database per run, cloned by every test file: a PGlite data-dir dump, or a
 * PostgreSQL template database.
 */
export default async function setup(project: TestProject) {
  const kind = testDatabaseKind();
  console.log(`\nIntegration suite on ${kind === 'pglite' ? 'PGlite (embedded)' : 'a PostgreSQL server'}\n`);
  if (kind === 'pglite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'asysta-template-'));
    const handle = await openPglite(undefined);
    const client = (handle.db as unknown as { $client: PGlite }).$client;
    const dump = await client.dumpDataDir('none');
    const file = path.join(dir, 'template.tar');
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    await handle.close();
    project.provide('pgliteTemplate', file);
    return () => rmSync(dir, { recursive: true, force: true });
  }
  const admin = new pg.Client({ connectionString: databaseUrl('postgres') });
  await admin.connect();
  await admin.query(`drop database if exists ${TEMPLATE_DATABASE}`);
  await admin.query(`create database ${TEMPLATE_DATABASE}`);
  const handle = await openPostgres(databaseUrl(TEMPLATE_DATABASE), 1);
  await handle.close();
  project.provide('pgliteTemplate', '');
  return async () => {
    await admin.query(`drop database if exists ${TEMPLATE_DATABASE}`);
    await admin.end();
  };
}
