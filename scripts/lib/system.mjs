// Finds the system programs the test suite needs, installing them with apt-get when running as
// root on Debian; otherwise stops with a message naming what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
let aptUpdated = false;

function which(command) {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

function aptInstall(packages) {
  if (!isRoot || !hasApt) return false;
  console.log(`Installing ${packages.join(', ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    aptUpdated = true;
  }
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
    stdio: 'inherit',
    env,
  });
  return true;
}

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

/** Chromium for the end-to-end tests: CHROMIUM_PATH, then PATH, then apt-get. */
export function ensureChromium() {
  const find = () => process.env.CHROMIUM_PATH || which('chromium') || which('chromium-browser');
  const found = find() || (aptInstall(['chromium']) && find());
  if (!found)
    fail(
      'Chromium is needed for the end-to-end tests: install the Debian package "chromium" (or set CHROMIUM_PATH).',
    );
  return found;
}

function postgresBinDir() {
  const initdb = which('initdb');
  if (initdb && which('pg_ctl')) return path.dirname(initdb);
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : null;
}

/** PostgreSQL's server programs (initdb, pg_ctl): PATH, Debian's versioned folders, apt-get. */
export function ensurePostgres() {
  const found = postgresBinDir() || (aptInstall(['postgresql']) && postgresBinDir());
  if (!found)
    fail(
      'PostgreSQL is needed for the integration suite: install the Debian package "postgresql" (initdb and pg_ctl).',
    );
  return found;
}

/** Poppler's pdftotext and pdftoppm, which read the printouts' PDFs back in the tests. */
export function ensurePoppler() {
  const find = () => (which('pdftotext') && which('pdftoppm') ? path.dirname(which('pdftotext')) : null);
  const found = find() || (aptInstall(['poppler-utils']) && find());
  if (!found)
    fail(
      'Poppler is needed to read printouts back in the tests: install the Debian package "poppler-utils".',
    );
  return found;
}
