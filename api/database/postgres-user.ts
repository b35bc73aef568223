import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * PostgreSQL refuses to run as root, so as root the embedded server runs as the `postgres` system user.
 * That user must reach the binaries and own the data folder; a checkout under /root or `mktemp -d`
 * (mode 0700) is closed to it. This module finds or makes places it can reach.
 */
export interface RunAs {
  uid: number;
  gid: number;
}

/** Where copies live when the user's own folder is closed to `postgres`: root-owned, world-readable. */
export const RELOCATION_ROOT = process.env.REPBASE_POSTGRES_HOME || '/var/lib/repbase';

/** One sentence a person can act on, with no stack trace: the start-up prints it as is. */
export class EmbeddedPostgresSetupError extends Error {
  override name = 'EmbeddedPostgresSetupError';
}

function idOf(flag: '-u' | '-g'): number {
  return Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
}

/** undefined when not root: then the server runs as the current user and every folder is its own. */
export function postgresUser(): RunAs | undefined {
  if (os.userInfo().uid !== 0) return undefined;
  try {
    return { uid: idOf('-u'), gid: idOf('-g') };
  } catch {
    try {
      execFileSync('groupadd', ['--system', 'postgres'], { stdio: 'ignore' });
      execFileSync('useradd', ['--system', '--gid', 'postgres', '--no-create-home', 'postgres'], { stdio: 'ignore' });
      return { uid: idOf('-u'), gid: idOf('-g') };
    } catch (error) {
      throw new EmbeddedPostgresSetupError(
        'Running as root, the embedded PostgreSQL needs a `postgres` system user and none could be created: create one (useradd --system postgres) or set DATABASE_URL.',
        { cause: error },
      );
    }
  }
}

/** Asks the system, as that user, whether it may do this to the path (follows ACLs and every parent). */
export function userCan(user: RunAs | undefined, test: '-x' | '-w', target: string): boolean {
  if (!user) return true;
  const result = spawnSync('test', [test, target], { ...user, cwd: '/', stdio: 'ignore' });
  return result.status === 0;
}

async function isSafeRootOwned(folder: string): Promise<boolean> {
  const stat = await fs.lstat(folder).catch(() => undefined);
  return !!stat && stat.isDirectory() && stat.uid === 0 && (stat.mode & 0o022) === 0;
}

/** Links (or copies, across file systems) a tree, keeping relative symlinks as they are. */
async function linkTree(source: string, target: string): Promise<void> {
  await fs.mkdir(target, { mode: 0o755 });
  for (const entry of await fs.readdir(source, { withFileTypes: true })) {
    const from = path.join(source, entry.name);
    const to = path.join(target, entry.name);
    if (entry.isSymbolicLink()) await fs.symlink(await fs.readlink(from), to);
    else if (entry.isDirectory()) await linkTree(from, to);
    else await fs.link(from, to).catch(() => fs.copyFile(from, to));
  }
}

async function makeRelocationRoot(): Promise<void> {
  await fs.mkdir(RELOCATION_ROOT, { recursive: true, mode: 0o755 });
  if (!(await isSafeRootOwned(RELOCATION_ROOT))) {
    throw new EmbeddedPostgresSetupError(
      `${RELOCATION_ROOT} must be a folder owned by root and writable by no one else, to keep the embedded PostgreSQL's binaries and data there; fix it or set REPBASE_POSTGRES_HOME.`,
    );
  }
}

/**
 * The folder of the PostgreSQL binaries the server user can run: the npm package's own when reachable,
 * else a linked copy under RELOCATION_ROOT shared by every checkout of the same package version.
 */
export async function reachableBinaries(nativeFolder: string, version: string, user: RunAs | undefined): Promise<string> {
  if (userCan(user, '-x', path.join(nativeFolder, 'bin', 'postgres'))) return nativeFolder;
  await makeRelocationRoot();
  const target = path.join(RELOCATION_ROOT, `postgres-${version.replace(/[^\w.-]/g, '_')}`);
  if (!(await isSafeRootOwned(target))) {
    await fs.rm(target, { recursive: true, force: true });
    // Built beside and renamed into place, so that parallel starts never see half a tree.
    const building = `${target}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
    await linkTree(nativeFolder, building);
    await fs.rename(building, target).catch(() => fs.rm(building, { recursive: true, force: true }));
  }
  if (!userCan(user, '-x', path.join(target, 'bin', 'postgres'))) {
    throw new EmbeddedPostgresSetupError(
      `The postgres system user cannot run the PostgreSQL binaries in ${nativeFolder} nor in ${target}; let it traverse one of those folders (chmod o+x) or set DATABASE_URL.`,
    );
  }
  return target;
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/**
 * The real folder of the cluster for the configured data folder. As root, when `postgres` cannot work
 * in the configured folder, the cluster lives under RELOCATION_ROOT and the configured path becomes a
 * link to it: REPBASE_DATA_DIR keeps naming the data, and deleting it still starts afresh.
 */
export async function reachableDataFolder(configured: string, user: RunAs | undefined, stopStale: (folder: string) => Promise<void>): Promise<string> {
  if (!user) return configured;
  const real = await fs.realpath(configured).catch(() => undefined);
  if (real && (await exists(path.join(real, 'PG_VERSION')))) {
    const stat = await fs.stat(real);
    if (stat.uid !== user.uid) execFileSync('chown', ['-R', `${user.uid}:${user.gid}`, real]);
    if (!userCan(user, '-w', real) || !userCan(user, '-x', real)) {
      throw new EmbeddedPostgresSetupError(
        `The postgres system user cannot reach the data folder ${real}; move it (or point REPBASE_DATA_DIR) to a folder that user can traverse, such as one under /var/lib, or set DATABASE_URL.`,
      );
    }
    return real;
  }
  if (!real && (await fs.lstat(configured).catch(() => undefined))?.isSymbolicLink()) await fs.unlink(configured);
  await fs.mkdir(configured, { recursive: true, mode: 0o700 });
  await fs.chown(configured, user.uid, user.gid);
  if (userCan(user, '-w', configured) && userCan(user, '-x', configured)) return fs.realpath(configured);

  await makeRelocationRoot();
  const digest = crypto.createHash('sha256').update(path.resolve(configured)).digest('hex').slice(0, 12);
  const relocated = path.join(RELOCATION_ROOT, `data-${digest}`);
  // The link was gone, so whatever is left there belongs to a data folder someone deleted.
  await stopStale(relocated);
  await fs.rm(relocated, { recursive: true, force: true });
  await fs.mkdir(relocated, { mode: 0o700 });
  await fs.chown(relocated, user.uid, user.gid);
  await fs.rmdir(configured);
  await fs.symlink(relocated, configured);
  return relocated;
}
