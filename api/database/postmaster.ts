import fs from 'node:fs';
import path from 'node:path';

/**
 * A running PostgreSQL is known by its data folder's postmaster.pid, whoever started it: this process,
 * an earlier one killed with -9, or an operator restarting the database. Stopping by that file works
 * in every case, where a child-process handle only knows the server this process spawned.
 */
export interface RunningPostmaster {
  pid: number;
  port: number;
}

const OWNER_FILE = 'repbase-owner.pid';

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The postmaster serving this data folder, if one runs (a pid file left by a crash does not count). */
export function runningPostmaster(dataFolder: string): RunningPostmaster | undefined {
  let lines: string[];
  try {
    lines = fs.readFileSync(path.join(dataFolder, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
  // A recycled pid belongs to some other program; on Linux /proc says which.
  const command = readCommand(pid);
  if (command !== undefined && !command.includes('postgres')) return undefined;
  return { pid, port };
}

function readCommand(pid: number): string | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return undefined;
  }
}

/** Asks the postmaster for a fast shutdown without waiting: for the process's last synchronous moment. */
export function signalStop(dataFolder: string): void {
  const running = runningPostmaster(dataFolder);
  if (running) process.kill(running.pid, 'SIGINT');
}

/**
 * Fast shutdown (SIGINT: sessions are ended, nothing committed is lost), escalating to an immediate
 * one if the server has not gone within the grace period. Resolves once the server is gone.
 */
export async function stopPostmaster(dataFolder: string, graceMilliseconds = 30_000): Promise<void> {
  const running = runningPostmaster(dataFolder);
  if (!running) return;
  const steps: [NodeJS.Signals, number][] = [
    ['SIGINT', graceMilliseconds],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ];
  for (const [signal, wait] of steps) {
    try {
      process.kill(running.pid, signal);
    } catch {
      return;
    }
    const deadline = Date.now() + wait;
    while (Date.now() < deadline) {
      if (!isAlive(running.pid) || !fs.existsSync(path.join(dataFolder, 'postmaster.pid'))) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** The process that will stop this folder's server when it exits, if it still lives. */
export function liveOwner(dataFolder: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(path.join(dataFolder, OWNER_FILE), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function claimOwnership(dataFolder: string): void {
  fs.writeFileSync(path.join(dataFolder, OWNER_FILE), `${process.pid}\n`);
}

export function releaseOwnership(dataFolder: string): void {
  if (liveOwner(dataFolder) === process.pid) fs.rmSync(path.join(dataFolder, OWNER_FILE), { force: true });
}
