import autocannon from 'autocannon';

/** One scenario's load: sessions spread over the connections, each request built for its session. */
export interface LoadScenario {
  name: string;
  /** The requests one connection repeats, given its session's index and the round's number. */
  steps: ((
    session: number,
    round: number,
    connection: number,
  ) => { method: 'GET' | 'POST'; path: string; body?: unknown })[];
  sessions: { cookie: string; csrfToken: string }[];
}

export interface LoadResult {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
}

export const percentile = (sorted: readonly number[], p: number) =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number) : 0;

/** Drives the scenario over loopback with autocannon for `seconds`, `connections` at once. */
export async function drive(
  url: string,
  scenario: LoadScenario,
  options: { connections: number; seconds: number },
) {
  let nextConnection = 0;
  const times: number[] = [];
  let failed = 0;
  type Context = { connection?: number; round?: number };
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    requests: scenario.steps.map((step, index) => ({
      // Each connection a session of its own, as many people at once; each round new bodies.
      setupRequest: (request: autocannon.Request, context: object) => {
        const ctx = context as Context;
        ctx.connection ??= nextConnection++;
        if (index === 0) ctx.round = (ctx.round ?? -1) + 1;
        const session = ctx.connection % scenario.sessions.length;
        const { cookie, csrfToken } = scenario.sessions[session] as LoadScenario['sessions'][number];
        const built = step(session, ctx.round ?? 0, ctx.connection);
        return {
          ...request,
          method: built.method,
          path: built.path,
          headers: {
            cookie,
            'x-csrf-token': csrfToken,
            ...(built.body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          body: built.body === undefined ? undefined : JSON.stringify(built.body),
        };
      },
    })),
    setupClient: (client) => {
      client.on('response', (status: number, _bytes: number, time: number) => {
        times.push(time);
        if (status >= 400) failed++;
      });
    },
  });
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    rps: result.requests.average,
    errors: failed + result.errors + result.timeouts,
  } satisfies LoadResult;
}
