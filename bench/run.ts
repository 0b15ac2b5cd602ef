import { parseArgs } from 'node:util';
import type { Logger } from 'drizzle-orm';
import { startPostgres } from '../scripts/lib/postgres.mjs';
import { ensurePostgres } from '../scripts/lib/system.mjs';
import { addDays, warsawDate } from '../src/domain/calendar';
import { buildApp } from '../src/server/app';
import { hashPassword } from '../src/server/auth/passwords';
import { loadConfig } from '../src/server/config';
import { type DatabaseHandle, openPglite, openPostgres } from '../src/server/db/client';
import { generate } from './generate';
import { drive, type LoadScenario, percentile } from './load';
import { type Scale, scales } from './scales';

/*
 * npm run bench -- --scale office|city|country --db pglite|postgres
 * Generates the scale's data, serves the app on loopback, drives each scenario with autocannon
 * from many signed-in sessions, and sets each against the raw SQL it runs (replayed on the
 * database directly, rolled back) and a bare endpoint of the same server. Prints a table.
 */

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'office' },
    db: { type: 'string', default: 'pglite' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    seed: { type: 'string', default: '1' },
  },
});
const scale = values.scale as Scale;
if (!(scale in scales)) throw new Error(`--scale must be one of ${Object.keys(scales).join(', ')}`);
const PASSWORD = 'bench-password-1';
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const today = warsawDate();

// Every query the app sends is caught while a scenario is being recorded, for its baseline.
let recording: { query: string; params: unknown[] }[] | null = null;
const logger: Logger = { logQuery: (query, params) => recording?.push({ query, params }) };

let stopServer: (() => void) | undefined;
async function openDb(): Promise<DatabaseHandle> {
  if (values.db === 'pglite') return openPglite(undefined, { logger });
  let url = process.env.DATABASE_URL;
  if (!url) {
    const server = await startPostgres(ensurePostgres());
    stopServer = server.stop;
    url = server.url as string;
  }
  return openPostgres(url, 20, logger);
}

type Client = { query: (q: string, p?: unknown[]) => Promise<unknown>; release?: () => void };
async function rawClient(handle: DatabaseHandle): Promise<Client> {
  const client = (handle.db as unknown as { $client: Client & { connect?: () => Promise<Client> } }).$client;
  return client.connect ? client.connect() : client;
}

const memory = { peak: 0 };
const sampler = setInterval(() => {
  memory.peak = Math.max(memory.peak, process.memoryUsage().rss);
}, 100);

const handle = await openDb();
try {
  const generated = await generate(handle.db, scales[scale], {
    seed: Number(values.seed),
    today,
    passwordHash: await hashPassword(PASSWORD),
  });
  console.log(
    `${scale} on ${handle.kind}: ${generated.families} families, ${generated.contacts} contacts generated in ${generated.seconds.toFixed(1)} s`,
  );

  const config = loadConfig({
    LOG_LEVEL: 'silent',
    ASYSTA_WEB_DIR: '/nonexistent',
    ASYSTA_LOGIN_RATE_PER_MINUTE: '1000000',
    DATABASE_URL: '',
  });
  const app = await buildApp(
    { db: handle.db, dbKind: handle.kind, config, version: 'bench', now: () => new Date() },
    { logger: false },
  );
  app.get('/bench/bare', { config: { permission: 'public' } }, async () => ({ ok: true }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  async function signIn(email: string) {
    const res = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    if (!res.ok) throw new Error(`sign-in of ${email}: ${res.status}`);
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrfToken };
  }
  const people = Math.min(connections, scales[scale].assistants);
  const assistants = await Promise.all(
    Array.from({ length: people }, (_, i) => signIn(`asystent${i + 1}@bench.example`)),
  );
  const managers = await Promise.all(
    Array.from({ length: Math.min(connections, scales[scale].offices) }, (_, i) =>
      signIn(`kierownik${i + 1}@bench.example`),
    ),
  );
  // Each assistant's open engagement and its family, for the file and the contacts.
  const work = await Promise.all(
    assistants.map(async (session) => {
      const res = await fetch(`${url}/api/calendar/engagements`, { headers: { cookie: session.cookie } });
      const { items } = (await res.json()) as { items: { engagementId: string; family: { id: string } }[] };
      return items.find((item) => item.engagementId) ?? items[0];
    }),
  );
  const year = Number(today.slice(0, 4));
  const scenarios: (LoadScenario & { connections?: number })[] = [
    { name: 'bare endpoint', sessions: assistants, steps: [() => ({ method: 'GET', path: '/bench/bare' })] },
    {
      name: "assistant's home page",
      sessions: assistants,
      steps: [
        () => ({ method: 'GET', path: '/api/deadlines' }),
        () => ({ method: 'GET', path: '/api/contact-frequency' }),
      ],
    },
    {
      name: "a family's file",
      sessions: assistants,
      steps: [(s) => ({ method: 'GET', path: `/api/families/${work[s]?.family.id}` })],
    },
    {
      name: 'search by name',
      sessions: assistants,
      steps: [() => ({ method: 'GET', path: '/api/families?q=Kowal' })],
    },
    {
      name: 'add a contact',
      sessions: assistants,
      // Five-minute contacts from 19:00 to midnight, clear of the generated ones (8:00–18:00); one
      // slot per connection and round, a day further back when the evening is full.
      steps: [
        (s, round, connection) => {
          const slot = round * connections + connection;
          const minutes = 19 * 60 + (slot % 60) * 5;
          const time = (m: number) =>
            `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
          return {
            method: 'POST',
            path: `/api/engagements/${work[s]?.engagementId}/contacts`,
            body: {
              date: addDays(today, -Math.floor(slot / 60)),
              startTime: time(minutes),
              endTime: time(minutes + 4),
              kind: 'phone_call',
              place: 'phone',
              participants: { memberIds: [], others: null },
              description: 'Rozmowa telefoniczna.',
              actionIds: [],
            },
          };
        },
      ],
    },
    {
      name: "manager's team view",
      sessions: managers,
      steps: [
        () => ({ method: 'GET', path: '/api/deadlines/team' }),
        () => ({ method: 'GET', path: '/api/caseloads/overview' }),
      ],
    },
    {
      name: 'yearly report',
      sessions: managers,
      connections: Math.min(4, connections),
      steps: [() => ({ method: 'GET', path: `/api/reports/yearly?year=${year}` })],
    },
  ];

  // Each scenario's SQL, caught from one round while nothing else runs, then replayed directly
  // on the database and rolled back: the floor each scenario is set against.
  const raw = await rawClient(handle);
  const baselines: { queries: number; p50: number }[] = [];
  for (const scenario of scenarios) {
    recording = [];
    for (const step of scenario.steps) {
      const built = step(0, 100_000, 0);
      await fetch(`${url}${built.path}`, {
        method: built.method,
        headers: {
          cookie: scenario.sessions[0]?.cookie ?? '',
          'x-csrf-token': scenario.sessions[0]?.csrfToken ?? '',
          ...(built.body ? { 'content-type': 'application/json' } : {}),
        },
        body: built.body ? JSON.stringify(built.body) : undefined,
      });
    }
    const queries = recording;
    recording = null;
    const sqlTimes: number[] = [];
    for (let i = 0; i < 30 && queries.length > 0; i++) {
      const started = performance.now();
      await raw.query('begin');
      for (const { query, params } of queries) await raw.query(query, params);
      await raw.query('rollback');
      sqlTimes.push(performance.now() - started);
    }
    sqlTimes.sort((a, b) => a - b);
    baselines.push({ queries: queries.length, p50: percentile(sqlTimes, 50) });
  }
  raw.release?.();

  const rows: string[][] = [];
  for (const [i, scenario] of scenarios.entries()) {
    const { queries, p50: sqlP50 } = baselines[i] as { queries: number; p50: number };
    const load = await drive(url, scenario, { connections: scenario.connections ?? connections, seconds });
    rows.push([
      scenario.name,
      load.p50.toFixed(1),
      load.p95.toFixed(1),
      load.p99.toFixed(1),
      load.rps.toFixed(0),
      queries ? `${sqlP50.toFixed(2)} (${queries} q)` : '—',
      queries ? (load.p50 / Math.max(sqlP50, 0.01)).toFixed(1) : '—',
      String(load.errors),
    ]);
  }
  await app.close();
  const header = ['scenario', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s', 'raw SQL p50 ms', 'p50 / SQL', 'errors'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(`\n${scale} on ${handle.kind}, ${connections} connections, ${seconds} s a scenario\n`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log(
    `\npeak memory (server and load generator in one process): ${(memory.peak / 1_048_576).toFixed(0)} MB`,
  );
} finally {
  clearInterval(sampler);
  await handle.close();
  stopServer?.();
}
