import pkg from '../../package.json';
import { buildApp } from './app';
import { bootstrap } from './bootstrap/bootstrap';
import { loadConfig } from './config';
import { openDatabase } from './db/client';

/** Reads the configuration, opens and migrates the database, and serves the app. */
async function main() {
  const config = loadConfig();
  const database = await openDatabase(config);
  const { notice } = await bootstrap(database.db, config);
  const app = await buildApp({
    db: database.db,
    dbKind: database.kind,
    config,
    version: pkg.version,
    now: () => new Date(),
  });

  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.PORT, host: config.HOST });
  const where =
    database.kind === 'pglite' ? `embedded database in ${config.ASYSTA_DATA_DIR}` : 'PostgreSQL server';
  console.log(
    `\nAsysta ${pkg.version} on http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT} (${where})`,
  );
  for (const line of notice) console.log(line);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
