import path from 'node:path';

/** Runtime settings, read once from the environment. Every knob the README mentions lives here. */
export interface AppConfig {
  environment: 'production' | 'development' | 'test';
  port: number;
  /** An external PostgreSQL; when absent the embedded one is started. */
  databaseUrl: string | undefined;
  embeddedDataDirectory: string;
  embeddedPort: number;
  /** Signs staff tokens; when absent one is generated and kept in the database. */
  authSecret: string | undefined;
  tokenLifetimeSeconds: number;
  bodyLimit: string;
  /** The larger body an argument-base import by staff may send (its CSV). */
  importBodyLimit: string;
  /** Deepest nesting of objects and arrays a JSON request body may have; deeper ones are refused before parsing. */
  jsonDepthLimit: number;
  /** Who may read the schema through __schema/__type: everyone, signed-in callers only, or nobody. */
  introspection: IntrospectionAccess;
  /** Seconds a client is told to wait (Retry-After) when the database is away. */
  databaseRetryAfterSeconds: number;
  adminBuildDirectory: string;
  logLevel: string;
  /** Seconds a staff caller is remembered between requests (0: looked up every time); see api/auth/caller-cache.ts. */
  callerCacheSeconds: number;
  /** How often each API process looks for due webhook deliveries (REPBASE_WEBHOOK_POLL_MS). */
  webhookPollMs: number;
}

export type IntrospectionAccess = 'public' | 'signed-in' | 'off';

function introspectionAccess(value: string | undefined, environment: AppConfig['environment']): IntrospectionAccess {
  if (value === undefined || value === '') return environment === 'production' ? 'signed-in' : 'public';
  if (value === 'public' || value === 'signed-in' || value === 'off') return value;
  throw new Error(`GRAPHQL_INTROSPECTION must be public, signed-in or off, got "${value}"`);
}

const projectRoot = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');

function environmentName(value: string | undefined): AppConfig['environment'] {
  if (value === 'development' || value === 'test') return value;
  return 'production';
}

function integer(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const parsed = Number(raw);
  if (!Number.isInteger(parsed) || parsed < 0) {
    throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  }
  return parsed;
}

export function loadConfig(): AppConfig {
  const environment = environmentName(process.env.NODE_ENV);
  return {
    environment,
    port: integer('PORT', 4000),
    databaseUrl: process.env.DATABASE_URL || undefined,
    embeddedDataDirectory: path.resolve(projectRoot, process.env.REPBASE_DATA_DIR || '.data/postgres'),
    embeddedPort: integer('REPBASE_EMBEDDED_PG_PORT', 54329),
    authSecret: process.env.AUTH_SECRET || undefined,
    tokenLifetimeSeconds: integer('AUTH_TOKEN_TTL_SECONDS', 12 * 60 * 60),
    bodyLimit: process.env.BODY_LIMIT || '4mb',
    importBodyLimit: process.env.IMPORT_BODY_LIMIT || '64mb',
    jsonDepthLimit: integer('JSON_DEPTH_LIMIT', 64),
    introspection: introspectionAccess(process.env.GRAPHQL_INTROSPECTION, environment),
    databaseRetryAfterSeconds: integer('DATABASE_RETRY_AFTER_SECONDS', 5),
    adminBuildDirectory: path.resolve(projectRoot, 'admin/dist'),
    logLevel: process.env.LOG_LEVEL || (environment === 'test' ? 'silent' : 'info'),
    // Off in the in-process tests, whose statement counts include the caller lookup; on everywhere else.
    callerCacheSeconds: integer('CALLER_CACHE_SECONDS', environment === 'test' ? 0 : 5),
    webhookPollMs: integer('REPBASE_WEBHOOK_POLL_MS', 1000) || 1000,
  };
}

export const config = loadConfig();

/**
 * REPBASE_WEBHOOKS_ALLOW_PRIVATE=1 lets webhooks reach loopback and private addresses (tests, a
 * closed network). Read at each use, unlike the settings above, so a test can switch it.
 */
export function webhooksMayReachPrivateAddresses(): boolean {
  return process.env.REPBASE_WEBHOOKS_ALLOW_PRIVATE === '1';
}
export { projectRoot };
