import { z } from 'zod';

const flag = z
  .enum(['0', '1', 'true', 'false', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true');

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** Every environment variable the server reads, parsed once; README documents each. */
const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_MAX: positiveInt(10),
  ASYSTA_DATA_DIR: z.string().min(1).default('./data'),
  ASYSTA_ADMIN_EMAIL: z.string().email().optional(),
  ASYSTA_ADMIN_PASSWORD: z.string().min(1).optional(),
  ASYSTA_OFFICE_NAME: z.string().min(1).default('Ośrodek Pomocy Społecznej'),
  /** `1` (or `lipowo`): the demo office of today; `bialystok`: the 2012–2015 reporting demo. */
  ASYSTA_DEMO: z
    .enum(['0', '1', 'true', 'false', '', 'lipowo', 'bialystok'])
    .optional()
    .transform((v) =>
      v === 'bialystok' ? 'bialystok' : v === '1' || v === 'true' || v === 'lipowo' ? 'lipowo' : false,
    ),
  ASYSTA_SESSION_IDLE_MINUTES: positiveInt(30),
  ASYSTA_SESSION_MAX_HOURS: positiveInt(12),
  ASYSTA_LOGIN_MAX_FAILURES: positiveInt(5),
  ASYSTA_LOGIN_LOCK_MINUTES: positiveInt(15),
  ASYSTA_LOGIN_RATE_PER_MINUTE: positiveInt(20),
  ASYSTA_TRUST_PROXY: flag,
  ASYSTA_WEB_DIR: z.string().min(1).default('./dist/web'),
});

export type Config = z.infer<typeof ConfigSchema>;

/** Reads the configuration, failing at start with every problem listed rather than later. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blankless = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = ConfigSchema.safeParse(blankless);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
