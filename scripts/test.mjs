// The whole suite, as `npm test` runs it: static checks, unit tests, the integration suite on
// PGlite and on a throwaway PostgreSQL server, the production build, and end-to-end tests in
// Chromium. Provisions Chromium, PostgreSQL and Poppler (to read printouts back) itself (see scripts/lib/system.mjs).
import { spawnSync } from 'node:child_process';
import { startPostgres } from './lib/postgres.mjs';
import { ensureChromium, ensurePoppler, ensurePostgres } from './lib/system.mjs';

function step(title, command, args, env = {}) {
  console.log(`\n━━ ${title} ━━`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed`);
    throw new Error(title);
  }
  console.log(`✓ ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

const chromium = ensureChromium();
const postgresBin = ensurePostgres();
ensurePoppler();

let postgres;
const stopPostgres = () => {
  postgres?.stop();
  postgres = undefined;
};
process.on('SIGINT', () => {
  stopPostgres();
  process.exit(130);
});

try {
  step('typecheck', 'npx', ['tsc', '--noEmit']);
  step('lint', 'npx', ['biome', 'check', '.']);
  step('unit tests', 'npx', ['vitest', 'run', '--project', 'unit']);
  step('integration tests on PGlite', 'npx', ['vitest', 'run', '--project', 'integration'], {
    ASYSTA_TEST_DB: 'pglite',
  });
  postgres = await startPostgres(postgresBin);
  step('integration tests on PostgreSQL', 'npx', ['vitest', 'run', '--project', 'integration'], {
    ASYSTA_TEST_DB: 'postgres',
    ASYSTA_TEST_DATABASE_URL: postgres.url,
  });
  stopPostgres();
  step('build', 'npm', ['run', 'build']);
  step('end-to-end tests in Chromium', 'npx', ['vitest', 'run', '--project', 'e2e'], {
    CHROMIUM_PATH: chromium,
  });
  console.log('\nAll tests passed.');
} catch {
  process.exitCode = 1;
} finally {
  stopPostgres();
}
