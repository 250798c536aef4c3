import path from 'node:path';
import { z } from 'zod';

/** The repository root: server/src (or server/dist) is two levels below it. */
export const repoRoot = path.resolve(__dirname, '..', '..');

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Owner connection (runs migrations). Unset: an embedded Postgres under DATA_DIR is started. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_DIR: z.string().min(1).default(path.join(repoRoot, '.data')),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  /** The non-superuser, non-BYPASSRLS role the application runs its requests as. */
  APP_DB_ROLE: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lower-case Postgres identifier')
    .default('naccc_app'),
  APP_DB_PASSWORD: z.string().min(8).default('naccc-app-local'),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** Seed synthetic demo data when the database is empty (never in production). */
  SEED_DEMO: booleanFromEnv.optional(),
  SEED_SCALE: z.coerce.number().positive().max(1000).default(1),
  CONSOLE_DIST: z.string().default(path.join(repoRoot, 'console', 'dist')),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 7).default(12),
  /** How long before a DBS stops being current a person shows as EXPIRING. */
  CLEARANCE_EXPIRING_DAYS: z.coerce.number().int().min(1).max(365).default(90),
  /** People who left are erased this many years after leaving (the retention job). */
  RETENTION_YEARS: z.coerce.number().int().min(1).max(100).default(6),
  /** DBS certificate numbers are purged this many months after the decision (DBS code of practice). */
  DBS_CERTIFICATE_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(6),
  /** Accept only the documents in schema/persisted-documents.json (on by default in production). */
  GRAPHQL_SAFELIST: booleanFromEnv.optional(),
  /** Signed-out GraphQL requests allowed per client address per window. */
  PUBLIC_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(120),
  PUBLIC_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
});

export type Config = Readonly<{
  env: 'development' | 'production' | 'test';
  isProduction: boolean;
  host: string;
  port: number;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  appDbRole: string;
  appDbPassword: string;
  dbPoolMax: number;
  seedDemo: boolean;
  seedScale: number;
  consoleDist: string;
  session: { idleMinutes: number; absoluteHours: number; secureCookie: boolean };
  safeguarding: { expiringDays: number; retentionYears: number; certificateRetentionMonths: number };
  /** Refuse every GraphQL document outside the console's persisted documents. */
  graphqlSafelist: boolean;
  publicRateLimit: { requests: number; windowSeconds: number };
}>;

export class ConfigError extends Error {}

/** Reads and validates the environment once; every problem is reported together. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  if (isProduction && e.SEED_DEMO) {
    throw new ConfigError('Invalid configuration: SEED_DEMO cannot be enabled when NODE_ENV=production');
  }
  return {
    env: e.NODE_ENV,
    isProduction,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    appDbRole: e.APP_DB_ROLE,
    appDbPassword: e.APP_DB_PASSWORD,
    dbPoolMax: e.DB_POOL_MAX,
    seedDemo: e.SEED_DEMO ?? !isProduction,
    seedScale: e.SEED_SCALE,
    consoleDist: path.resolve(e.CONSOLE_DIST),
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, absoluteHours: e.SESSION_ABSOLUTE_HOURS, secureCookie: isProduction },
    safeguarding: {
      expiringDays: e.CLEARANCE_EXPIRING_DAYS,
      retentionYears: e.RETENTION_YEARS,
      certificateRetentionMonths: e.DBS_CERTIFICATE_RETENTION_MONTHS,
    },
    graphqlSafelist: e.GRAPHQL_SAFELIST ?? isProduction,
    publicRateLimit: { requests: e.PUBLIC_RATE_LIMIT, windowSeconds: e.PUBLIC_RATE_LIMIT_WINDOW_SECONDS },
  };
}
